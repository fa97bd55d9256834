import { VersionConflict } from "../../errors.ts"
import type { TicketChange } from "../../ports/ticket-store.ts"
import { commitNewTicket, commitTicketUpdate, creationOf, makeAttachment, makeMessage, makeTicket, makeTimer, minutesAfterEpoch, seedTenant, updateOf } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"
import { rejectsWith, writtenFor } from "./support.ts"

/** Refused commits (stale, missing or duplicate versions) that write nothing, and commits that race. */
export const commitConflictTests = contractArea("commit", "commit", (store) => ({
  "refuses a stale or future expectedVersion with VersionConflict and writes nothing": async () => {
    const { tenant, customer, agent } = await seedTenant(store())
    const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
    const description = makeMessage(ticket, { authorId: customer.id, body: ticket.description, isDescription: true })
    const timer = makeTimer(ticket)
    await store().commit(creationOf(ticket, { newMessages: [description], addTimers: [timer] }))
    const current = await commitTicketUpdate(store(), ticket, { updatedAt: minutesAfterEpoch(5) })
    const attachment = makeAttachment(tenant.id, agent.id)
    await store().putAttachment(attachment)
    const idempotency = { actorId: agent.id, scope: `postMessage:${ticket.id}`, key: "retry-1" }
    const before = await writtenFor(store(), tenant.id, ticket.id, [attachment.id], idempotency)

    for (const expectedVersion of [1, 3]) {
      const change = updateOf({ ...current, version: expectedVersion }, { status: "closed", statusCategory: "closed" })
      const note = makeMessage(change.ticket, { authorId: agent.id, visibility: "internal", attachmentIds: [attachment.id] })
      const refused: TicketChange = {
        ...change,
        newMessages: [note],
        editedMessages: [{ ...description, body: "Edited while stale", editedAt: minutesAfterEpoch(6) }],
        linkedAttachments: [{ attachmentId: attachment.id, messageId: note.id }],
        cancelTimers: ["status", "sla"],
        addTimers: [makeTimer(change.ticket, { dueAt: minutesAfterEpoch(99) })],
        completedTimerId: timer.id,
        idempotency: { tenantId: tenant.id, ...idempotency, requestHash: "h", ticketId: ticket.id, messageId: note.id, createdAt: minutesAfterEpoch(6) },
      }
      await rejectsWith(store().commit(refused), VersionConflict, { _tag: "VersionConflict", ticketId: ticket.id })
      expect(await writtenFor(store(), tenant.id, ticket.id, [attachment.id], idempotency)).toEqual(before)
      expect(await store().getMessage(tenant.id, note.id)).toBeNull()
    }
  },

  "refuses an update of a ticket that does not exist with VersionConflict": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ghost = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
    await rejectsWith(store().commit(updateOf(ghost, {})), VersionConflict, { _tag: "VersionConflict", ticketId: ghost.id })
    expect(await store().getTicket(tenant.id, { id: ghost.id })).toBeNull()
    expect(await store().listEvents(tenant.id, ghost.id, { includeInternal: true })).toEqual([])
  },

  "refuses to create a ticket whose id exists with VersionConflict and writes nothing": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
    const before = await writtenFor(store(), tenant.id, ticket.id)
    const twin = { ...ticket, subject: "Twin", number: await store().nextTicketNumber(tenant.id) }
    await rejectsWith(
      store().commit(creationOf(twin, { newMessages: [makeMessage(twin)], addTimers: [makeTimer(twin)] })),
      VersionConflict,
      { _tag: "VersionConflict", ticketId: ticket.id },
    )
    expect(await writtenFor(store(), tenant.id, ticket.id)).toEqual(before)
    expect(await store().getTicket(tenant.id, { number: twin.number })).toBeNull()
  },

  "lets exactly one of two concurrent updates from the same version win": async () => {
    const { tenant, customer, agent } = await seedTenant(store())
    const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
    const mine = updateOf(ticket, { assigneeId: agent.id, subject: "Mine" })
    const theirs = updateOf(ticket, { assigneeId: customer.id, subject: "Theirs" })
    const mineMessage = makeMessage(mine.ticket, { body: "mine" })
    const theirsMessage = makeMessage(theirs.ticket, { body: "theirs" })
    const results = await Promise.allSettled([
      store().commit({ ...mine, newMessages: [mineMessage] }),
      store().commit({ ...theirs, newMessages: [theirsMessage] }),
    ])
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []))
    expect(won).toHaveLength(1)
    const lost = results.find((r) => r.status === "rejected")
    expect(lost?.status === "rejected" ? lost.reason : null).toBeInstanceOf(VersionConflict)
    const [winner, winnerMessage] = won[0] === 0 ? [mine, mineMessage] : [theirs, theirsMessage]
    expect(await store().getTicket(tenant.id, { id: ticket.id })).toEqual(winner.ticket)
    expect((await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).slice(1)).toEqual(winner.events)
    expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual([winnerMessage])
  },

  "lets exactly one of two concurrent creations of the same id win": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: await store().nextTicketNumber(tenant.id) })
    const twin = { ...ticket, subject: "Twin" }
    const results = await Promise.allSettled([store().commit(creationOf(ticket)), store().commit(creationOf(twin))])
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
    const lost = results.find((r) => r.status === "rejected")
    expect(lost?.status === "rejected" ? lost.reason : null).toBeInstanceOf(VersionConflict)
    expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).toHaveLength(1)
  },

  "commits concurrent changes of different tickets without conflict": async () => {
    const { tenant, customer } = await seedTenant(store())
    const tickets = await Promise.all(
      Array.from({ length: 10 }, async () =>
        makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: await store().nextTicketNumber(tenant.id) }),
      ),
    )
    await Promise.all(tickets.map((t) => store().commit(creationOf(t, { addTimers: [makeTimer(t)] }))))
    const updates = tickets.map((t) => updateOf(t, { subject: "Updated in parallel" }))
    await Promise.all(updates.map((u) => store().commit({ ...u, cancelTimers: ["status"] })))
    for (const update of updates) {
      expect(await store().getTicket(tenant.id, { id: update.ticket.id })).toEqual(update.ticket)
      expect(await store().listTimers(tenant.id, update.ticket.id)).toEqual([])
    }
  },
}))
