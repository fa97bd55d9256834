import { commitNewTicket, commitTicketUpdate, creationOf, makeAttachment, makeEvent, makeMessage, makeTicket, makeTimer, minutesAfterEpoch, sampleConfig, seedTenant, updateOf } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"
import { byId } from "./support.ts"

/** What an accepted commit writes: the ticket, its events, messages, attachment links and timers. */
export const commitTests = contractArea("commit", "commit", (store) => ({
  "creates a ticket (expectedVersion null), readable by id and by number": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: await store().nextTicketNumber(tenant.id) })
    const change = creationOf(ticket)
    await store().commit(change)
    expect(await store().getTicket(tenant.id, { id: ticket.id })).toEqual(ticket)
    expect(await store().getTicket(tenant.id, { number: ticket.number })).toEqual(ticket)
    expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).toEqual(change.events)
  },

  "round-trips a ticket with every optional field set": async () => {
    const { tenant, customer, agent } = await seedTenant(store())
    const [organisation] = sampleConfig(tenant.id).organisation
    await store().putConfig(tenant.id, "organisation", organisation)
    const full = makeTicket({
      tenantId: tenant.id,
      requesterId: customer.id,
      number: await store().nextTicketNumber(tenant.id),
      subject: "Invoices module crashes — «Счёт» 請求書",
      description: "Steps:\n1. Open *Invoices*\n2. Click **Export**\n\n`TypeError` in the console.",
      status: "in_progress",
      statusCategory: "open",
      typeKey: "bug",
      priorityKey: "urgent",
      departmentKey: "technical-support",
      catalog: { application: "crm", module: "crm-invoices" },
      organisationId: organisation.id,
      contact: { name: "Casey Customer", email: "casey@acme.test", phone: "+39 06 1234 5678" },
      desiredDueDate: "2026-02-01",
      dueAt: "2026-01-30T16:00:00.000Z",
      assigneeId: agent.id,
      reopenCount: 2,
      resolution: "fixed",
      previousStatus: "in_queue",
      statusVersion: 3,
      descriptionLocked: true,
      createdAt: "2026-01-05T10:00:00.000Z",
      updatedAt: "2026-01-06T11:30:00.123Z",
      statusChangedAt: "2026-01-06T11:30:00.123Z",
      firstResponseAt: "2026-01-05T10:15:00.000Z",
      resolvedAt: "2026-01-06T09:00:00.000Z",
      closedAt: "2026-01-06T09:30:00.000Z",
      sla: {
        policyKey: "urgent-sla",
        calendarKey: "business-hours",
        state: "running",
        firstResponseTarget: "PT1H",
        resolutionTarget: "P1DT8H",
        firstResponseDueAt: "2026-01-05T11:00:00.000Z",
        resolutionDueAt: "2026-01-06T18:00:00.000Z",
        firstResponseRemainingMs: 3_600_000,
        resolutionRemainingMs: 28_800_000,
        firstResponseBreachedAt: "2026-01-05T11:00:00.000Z",
        resolutionBreachedAt: null,
      },
      workflowKey: "default",
      workflowVersion: 1,
      version: 1,
    })
    await store().commit(creationOf(full))
    expect(await store().getTicket(tenant.id, { id: full.id })).toEqual(full)
  },

  "replaces the row on an update with the expected version": async () => {
    const { tenant, customer, agent } = await seedTenant(store())
    const created = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
    const updated = await commitTicketUpdate(store(), created, {
      status: "in_progress",
      statusCategory: "open",
      assigneeId: agent.id,
      updatedAt: minutesAfterEpoch(30),
    })
    expect(updated.version).toBe(2)
    expect(await store().getTicket(tenant.id, { id: created.id })).toEqual(updated)
    expect(await store().getTicket(tenant.id, { number: created.number })).toEqual(updated)
    const again = await commitTicketUpdate(store(), updated, { assigneeId: null, updatedAt: minutesAfterEpoch(40) })
    expect(await store().getTicket(tenant.id, { id: created.id })).toEqual(again)
  },

  "appends the events of successive commits; they list in (version, seq) order": async () => {
    const { tenant, customer, agent } = await seedTenant(store())
    const created = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
    const create = creationOf(created)
    await store().commit(create)
    const second = updateOf(created, { status: "in_queue", statusCategory: "open" })
    const v2 = second.ticket
    const secondEvents = [
      makeEvent(v2, { seq: 0, type: "StatusChanged", actorId: agent.id, payload: { from: "new", to: "in_queue" }, changes: { status: "in_queue" } }),
      makeEvent(v2, { seq: 1, type: "NoteAdded", actorId: agent.id, visibility: "internal", payload: { messageId: "n1" } }),
    ]
    await store().commit({ ...second, events: secondEvents })
    const third = updateOf(v2, { assigneeId: agent.id })
    const v3 = third.ticket
    const seq0 = makeEvent(v3, { seq: 0, type: "Assigned", actorId: agent.id, payload: { to: agent.id }, changes: { assigneeId: agent.id } })
    const seq1 = makeEvent(v3, { seq: 1, type: "DueDateChanged", actorId: agent.id, payload: { dueAt: null } })
    // Written out of order: the order is (version, seq), not arrival.
    await store().commit({ ...third, events: [seq1, seq0] })
    expect(await store().listEvents(tenant.id, created.id, { includeInternal: true })).toEqual([
      ...create.events,
      ...secondEvents,
      seq0,
      seq1,
    ])
  },

  "stores new messages and replaces edited ones in place": async () => {
    const { tenant, customer, agent } = await seedTenant(store())
    const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
    const description = makeMessage(ticket, { authorId: customer.id, body: ticket.description, isDescription: true })
    await store().commit(creationOf(ticket, { newMessages: [description] }))
    const replyChange = updateOf(ticket, { updatedAt: minutesAfterEpoch(10) })
    const reply = makeMessage(replyChange.ticket, { authorId: agent.id, body: "Which printer?", event: "REQUEST_CLARIFICATION" })
    await store().commit({ ...replyChange, newMessages: [reply] })
    const edited = { ...description, body: "The printer in room B is out of toner.", editedAt: minutesAfterEpoch(20) }
    const editChange = updateOf(replyChange.ticket, { description: edited.body, updatedAt: minutesAfterEpoch(20) })
    await store().commit({ ...editChange, editedMessages: [edited] })
    expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual([edited, reply])
    expect(await store().getMessage(tenant.id, description.id)).toEqual(edited)
  },

  "links uploaded attachments to the ticket and message, leaving others alone": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
    const [shot, log, unrelated] = [
      makeAttachment(tenant.id, customer.id),
      makeAttachment(tenant.id, customer.id, { filename: "error.log", contentType: "text/plain", size: 912 }),
      makeAttachment(tenant.id, customer.id, { filename: "later.png" }),
    ]
    for (const attachment of [shot, log, unrelated]) await store().putAttachment(attachment)
    const change = updateOf(ticket, {})
    const message = makeMessage(change.ticket, { authorId: customer.id, attachmentIds: [shot.id, log.id] })
    await store().commit({
      ...change,
      newMessages: [message],
      linkedAttachments: [
        { attachmentId: shot.id, messageId: message.id },
        { attachmentId: log.id, messageId: message.id },
      ],
    })
    expect(byId(await store().getAttachments(tenant.id, [shot.id, log.id, unrelated.id]))).toEqual(
      byId([
        { ...shot, ticketId: ticket.id, messageId: message.id },
        { ...log, ticketId: ticket.id, messageId: message.id },
        unrelated,
      ]),
    )
  },

  "cancels only this ticket's pending timers of the named kinds, before adding the new ones": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
    const autoClose = makeTimer(ticket, { kind: "status", event: "AUTO_CLOSE" })
    const reminder = makeTimer(ticket, { kind: "status", event: "REMIND", dueAt: minutesAfterEpoch(60) })
    const slaCheck = makeTimer(ticket, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(120), ticketVersion: 1 })
    await store().commit(creationOf(ticket, { addTimers: [autoClose, reminder, slaCheck] }))
    const neighbour = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 2 })
    const neighbourTimer = makeTimer(neighbour)
    await store().commit(creationOf(neighbour, { addTimers: [neighbourTimer] }))
    expect(byId(await store().listTimers(tenant.id, ticket.id))).toEqual(byId([autoClose, reminder, slaCheck]))

    const change = updateOf(ticket, { status: "in_queue", statusCategory: "open", statusVersion: 2 })
    const nextAutoClose = makeTimer(change.ticket, { kind: "status", event: "AUTO_CLOSE", dueAt: minutesAfterEpoch(9000) })
    await store().commit({ ...change, cancelTimers: ["status"], addTimers: [nextAutoClose] })
    expect(byId(await store().listTimers(tenant.id, ticket.id))).toEqual(byId([slaCheck, nextAutoClose]))
    expect(await store().listTimers(tenant.id, neighbour.id)).toEqual([neighbourTimer])

    await store().commit({ ...updateOf(change.ticket, {}), cancelTimers: ["status", "sla"] })
    expect(await store().listTimers(tenant.id, ticket.id)).toEqual([])
    expect(await store().listTimers(tenant.id, neighbour.id)).toEqual([neighbourTimer])
  },

  "removes the timer the change completed": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
    const first = makeTimer(ticket, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(60) })
    const other = makeTimer(ticket, { kind: "status", event: "AUTO_CLOSE" })
    await store().commit(creationOf(ticket, { addTimers: [first, other] }))
    const change = updateOf(ticket, {})
    const next = makeTimer(change.ticket, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(240) })
    await store().commit({ ...change, completedTimerId: first.id, addTimers: [next] })
    expect(byId(await store().listTimers(tenant.id, ticket.id))).toEqual(byId([other, next]))
  },
}))
