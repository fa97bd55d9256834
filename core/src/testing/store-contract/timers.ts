import { creationOf, makeTicket, makeTimer, minutesAfterEpoch, seedTenant } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"
import { byId } from "./support.ts"

/** Timers: due ones across tenants, dropping, and a ticket's pending ones. */
export const timerTests = contractArea("timers", "timers", (store) => {
  /** Timers on a ticket in each of two tenants; `now` is the epoch plus three hours. */
  async function timersAcrossTenants() {
    const a = await seedTenant(store())
    const b = await seedTenant(store())
    const ticketA = makeTicket({ tenantId: a.tenant.id, requesterId: a.customer.id, number: 1 })
    const ticketB = makeTicket({ tenantId: b.tenant.id, requesterId: b.customer.id, number: 1 })
    const now = new Date(minutesAfterEpoch(180))
    const timers = {
      a1: makeTimer(ticketA, { dueAt: minutesAfterEpoch(0) }),
      b1: makeTimer(ticketB, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(60) }),
      a2: makeTimer(ticketA, { kind: "sla", event: "SLA_CHECK", dueAt: minutesAfterEpoch(120) }),
      // Due exactly now: due.
      b2: makeTimer(ticketB, { dueAt: now.toISOString() }),
      // A millisecond too late.
      a3: makeTimer(ticketA, { event: "REMIND", dueAt: new Date(now.getTime() + 1).toISOString() }),
    }
    await store().commit(creationOf(ticketA, { addTimers: [timers.a3, timers.a1, timers.a2] }))
    await store().commit(creationOf(ticketB, { addTimers: [timers.b2, timers.b1] }))
    return { a, b, ticketA, ticketB, now, timers }
  }

  return {
    "lists the timers due at now across tenants, oldest first": async () => {
      const { now, timers: t } = await timersAcrossTenants()
      expect(await store().dueTimers(now, 10)).toEqual([t.a1, t.b1, t.a2, t.b2])
      expect(await store().dueTimers(new Date(minutesAfterEpoch(-1)), 10)).toEqual([])
    },

    "respects the limit, oldest first": async () => {
      const { now, timers: t } = await timersAcrossTenants()
      expect(await store().dueTimers(now, 2)).toEqual([t.a1, t.b1])
      expect(await store().dueTimers(now, 1)).toEqual([t.a1])
    },

    "drops a timer; dropping an unknown one is harmless": async () => {
      const { a, ticketA, now, timers: t } = await timersAcrossTenants()
      await store().dropTimer(t.a1.id)
      await store().dropTimer(t.a1.id)
      await store().dropTimer(makeTimer(ticketA).id)
      expect(await store().dueTimers(now, 10)).toEqual([t.b1, t.a2, t.b2])
      expect(byId(await store().listTimers(a.tenant.id, ticketA.id))).toEqual(byId([t.a2, t.a3]))
    },

    "lists a ticket's pending timers within its tenant": async () => {
      const { a, b, ticketA, ticketB, timers: t } = await timersAcrossTenants()
      expect(byId(await store().listTimers(a.tenant.id, ticketA.id))).toEqual(byId([t.a1, t.a2, t.a3]))
      expect(byId(await store().listTimers(b.tenant.id, ticketB.id))).toEqual(byId([t.b1, t.b2]))
      expect(await store().listTimers(b.tenant.id, ticketA.id)).toEqual([])
    },
  }
})
