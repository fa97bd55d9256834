import type { StoreTicketQuery, TicketVisibility } from "../../ports/ticket-store.ts"
import { expect } from "../runner.ts"
import { worldArea } from "./area.ts"
import { worldQuery } from "./world-query.ts"

/** `countTickets` on the list world, by status and by category. */
export const countTests = worldArea("counts", "countTickets", (store, world) => {
  const count = (overrides: Partial<StoreTicketQuery> = {}) => {
    const { tenantId, visibility, filter, searchInternal } = worldQuery(world(), overrides)
    return store().countTickets({ tenantId, visibility, filter, searchInternal })
  }

  return {
    "counts every ticket by status and by category; every category is present": async () => {
      expect(await count()).toEqual({
        total: 7,
        byStatus: { new: 2, in_queue: 2, in_progress: 1, needs_clarification: 1, closed: 1 },
        byCategory: { new: 2, open: 3, pending: 1, closed: 1 },
      })
    },

    "counts under the same filters and visibility as the list": async () => {
      expect(await count({ filter: { department: ["technical-support"] } })).toEqual({
        total: 3,
        byStatus: { in_progress: 1, closed: 1, in_queue: 1 },
        byCategory: { new: 0, open: 2, pending: 0, closed: 1 },
      })
      const w = world()
      const alice: TicketVisibility = { kind: "customer", userId: w.users.alice.id, organisationId: w.organisations.acme.id, hiddenTypeKeys: ["incentive"] }
      expect(await count({ visibility: alice, searchInternal: false })).toEqual({
        total: 4,
        byStatus: { new: 2, in_queue: 2 },
        byCategory: { new: 2, open: 2, pending: 0, closed: 0 },
      })
    },

    "counts under q, internal notes only when searchInternal": async () => {
      expect(await count({ filter: { q: "zeppelin" }, searchInternal: false })).toEqual({
        total: 0,
        byStatus: {},
        byCategory: { new: 0, open: 0, pending: 0, closed: 0 },
      })
      expect(await count({ filter: { q: "zeppelin" }, searchInternal: true })).toEqual({
        total: 1,
        byStatus: { in_progress: 1 },
        byCategory: { new: 0, open: 1, pending: 0, closed: 0 },
      })
    },

    "counts one tenant only": async () => {
      expect(await count({ tenantId: world().otherTenant.id })).toEqual({
        total: 1,
        byStatus: { new: 1 },
        byCategory: { new: 1, open: 0, pending: 0, closed: 0 },
      })
    },
  }
})
