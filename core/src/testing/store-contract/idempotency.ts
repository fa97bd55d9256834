import type { Ticket } from "../../domain/ticket.ts"
import { Conflict } from "../../errors.ts"
import type { IdempotencyRecord } from "../../ports/ticket-store.ts"
import { commitNewTicket, creationOf, makeMessage, makeTicket, makeTimer, makeUser, minutesAfterEpoch, seedTenant, updateOf } from "../fixtures/index.ts"
import { expect, it } from "../runner.ts"
import { contractArea } from "./area.ts"
import { rejectsWith, writtenFor } from "./support.ts"
import { found } from "./world-query.ts"

/** Idempotency records: written with their commit, found by (tenant, actor, scope, key), never reused. */
export const idempotencyTests = contractArea("idempotency", "idempotency", (store) => {
  const recordFor = (ticket: Ticket, actorId: string, scope: string, key: string, messageId: string | null = null): IdempotencyRecord => ({
    tenantId: ticket.tenantId,
    actorId,
    scope,
    key,
    requestHash: "5f2b9c0e3d1a",
    ticketId: ticket.id,
    messageId,
    createdAt: ticket.updatedAt,
  })

  return {
    "writes the record with the commit; it is found by (tenant, actor, scope, key) only": async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const record = recordFor(ticket, customer.id, "createTicket", "key-1")
      await store().commit(creationOf(ticket, { idempotency: record }))
      expect(await store().findIdempotency(tenant.id, customer.id, "createTicket", "key-1")).toEqual(record)
      expect(await store().findIdempotency(tenant.id, customer.id, "createTicket", "key-2")).toBeNull()
      expect(await store().findIdempotency(tenant.id, customer.id, `postMessage:${ticket.id}`, "key-1")).toBeNull()
      expect(await store().findIdempotency(tenant.id, makeUser(tenant.id).id, "createTicket", "key-1")).toBeNull()
      const other = await seedTenant(store())
      expect(await store().findIdempotency(other.tenant.id, customer.id, "createTicket", "key-1")).toBeNull()
    },

    "refuses a second creation with the same (actor, scope, key): Conflict idempotency_key_reused, nothing written": async () => {
      const { tenant, customer } = await seedTenant(store())
      const first = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
      const record = recordFor(first, customer.id, "createTicket", "same")
      await store().commit(creationOf(first, { idempotency: record }))
      const second = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 2 })
      const attempt = store().commit(
        creationOf(second, {
          idempotency: { ...recordFor(second, customer.id, "createTicket", "same"), requestHash: "different" },
          newMessages: [makeMessage(second)],
          addTimers: [makeTimer(second)],
        }),
      )
      await rejectsWith(attempt, Conflict, { _tag: "Conflict", reason: "idempotency_key_reused" })
      expect(await writtenFor(store(), tenant.id, second.id)).toEqual({
        ticket: null,
        events: [],
        messages: [],
        timers: [],
        attachments: [],
        idempotency: null,
      })
      expect(await store().getTicket(tenant.id, { number: 2 })).toBeNull()
      expect(await store().findIdempotency(tenant.id, customer.id, "createTicket", "same")).toEqual(record)
    },

    "records a key on an update; reusing it refuses the next update and writes nothing": async () => {
      const { tenant, customer } = await seedTenant(store())
      const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
      const scope = `postMessage:${ticket.id}`
      const change = updateOf(ticket, { updatedAt: minutesAfterEpoch(10) })
      const message = makeMessage(change.ticket, { authorId: customer.id, body: "Any news?" })
      const record = recordFor(change.ticket, customer.id, scope, "post-1", message.id)
      await store().commit({ ...change, newMessages: [message], idempotency: record })
      expect(await store().findIdempotency(tenant.id, customer.id, scope, "post-1")).toEqual(record)

      const before = await writtenFor(store(), tenant.id, ticket.id)
      const replay = updateOf(change.ticket, { updatedAt: minutesAfterEpoch(20) })
      const duplicate = makeMessage(replay.ticket, { authorId: customer.id, body: "Any news?" })
      await rejectsWith(
        store().commit({ ...replay, newMessages: [duplicate], idempotency: recordFor(replay.ticket, customer.id, scope, "post-1", duplicate.id) }),
        Conflict,
        { _tag: "Conflict", reason: "idempotency_key_reused" },
      )
      expect(await writtenFor(store(), tenant.id, ticket.id)).toEqual(before)
    },

    "accepts the same key from another actor, in another scope or in another tenant": async () => {
      const { tenant, customer, agent } = await seedTenant(store())
      const other = await seedTenant(store())
      const tickets = [
        makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 }),
        makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 2 }),
        makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 3 }),
        makeTicket({ tenantId: other.tenant.id, requesterId: other.customer.id, number: 1 }),
      ] as const
      const records = [
        recordFor(tickets[0], customer.id, "createTicket", "k"),
        recordFor(tickets[1], agent.id, "createTicket", "k"),
        recordFor(tickets[2], customer.id, "importTicket", "k"),
        recordFor(tickets[3], customer.id, "createTicket", "k"),
      ]
      for (const [i, ticket] of tickets.entries()) await store().commit(creationOf(ticket, { idempotency: records[i] }))
      for (const record of records) {
        expect(await store().findIdempotency(record.tenantId, record.actorId, record.scope, record.key)).toEqual(record)
      }
    },

    "lets exactly one of two concurrent creations with the same key win": async () => {
      const { tenant, customer } = await seedTenant(store())
      const [a, b] = [1, 2].map((number) => makeTicket({ tenantId: tenant.id, requesterId: customer.id, number }))
      if (a === undefined || b === undefined) throw new Error("two tickets")
      const results = await Promise.allSettled([
        store().commit(creationOf(a, { idempotency: recordFor(a, customer.id, "createTicket", "race") })),
        store().commit(creationOf(b, { idempotency: recordFor(b, customer.id, "createTicket", "race") })),
      ])
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      const lost = results.find((r) => r.status === "rejected")
      expect(lost?.status === "rejected" ? lost.reason : null).toMatchObject({ _tag: "Conflict", reason: "idempotency_key_reused" })
      const stored = [await store().getTicket(tenant.id, { id: a.id }), await store().getTicket(tenant.id, { id: b.id })]
      expect(stored.filter((t) => t !== null)).toHaveLength(1)
    },
  }
})
