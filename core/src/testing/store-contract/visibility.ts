import type { TicketVisibility } from "../../ports/ticket-store.ts"
import { updateOf } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { worldArea } from "./area.ts"
import { all, found } from "./world-query.ts"

/** `listTickets` visibility on the list world: all, departments, customer. */
export const visibilityTests = worldArea("visibility", "listTickets visibility", (store, world) => {
  const visible = (visibility: TicketVisibility) => found(store(), world(), { visibility, searchInternal: false })

  return {
    "all: every ticket of the tenant": async () => {
      expect(await visible(all)).toEqual(["bonus", "export", "incentive", "invoice", "login", "password", "printer"])
    },

    "departments: their departments' tickets, unrouted ones, and those assigned to the user": async () => {
      const { agentTech, agentBilling } = world().users
      expect(await visible({ kind: "departments", departmentKeys: ["technical-support"], userId: agentTech.id })).toEqual([
        "export",
        "incentive",
        "login",
        "password",
        "printer",
      ])
      // agentBilling is assigned `password` of technical-support.
      expect(await visible({ kind: "departments", departmentKeys: ["billing"], userId: agentBilling.id })).toEqual([
        "bonus",
        "incentive",
        "invoice",
        "password",
        "printer",
      ])
      expect(await visible({ kind: "departments", departmentKeys: [], userId: agentBilling.id })).toEqual([
        "bonus",
        "incentive",
        "password",
        "printer",
      ])
    },

    "customer: their own tickets only, without an organisation": async () => {
      const { bob, carol, dave } = world().users
      const own = (userId: string): TicketVisibility => ({ kind: "customer", userId, organisationId: null, hiddenTypeKeys: ["incentive"] })
      // Their own tickets of a hidden type included.
      expect(await visible(own(bob.id))).toEqual(["bonus", "printer"])
      expect(await visible(own(carol.id))).toEqual(["login"])
      expect(await visible(own(dave.id))).toEqual(["export"])
    },

    "customer support admin: their own, plus their organisation's except hidden types": async () => {
      const w = world()
      const alice = (hiddenTypeKeys: string[]): TicketVisibility => ({
        kind: "customer",
        userId: w.users.alice.id,
        organisationId: w.organisations.acme.id,
        hiddenTypeKeys,
      })
      // bob's `bonus` is an incentive: hidden. alice's own `incentive` stays visible.
      expect(await visible(alice(["incentive"]))).toEqual(["incentive", "invoice", "password", "printer"])
      expect(await visible(alice([]))).toEqual(["bonus", "incentive", "invoice", "password", "printer"])
      // A colleague's ticket without a type is never hidden (mind `NOT (NULL = ANY(…))`).
      await store().commit(updateOf(w.tickets.printer, { typeKey: null }))
      expect(await visible(alice(["incentive"]))).toEqual(["incentive", "invoice", "password", "printer"])
      expect(
        await visible({ kind: "customer", userId: w.users.carol.id, organisationId: w.organisations.globex.id, hiddenTypeKeys: ["incentive"] }),
      ).toEqual(["login"])
    },

    "combines with filters": async () => {
      const { agentBilling } = world().users
      expect(
        await found(store(), world(), {
          visibility: { kind: "departments", departmentKeys: ["billing"], userId: agentBilling.id },
          filter: { category: ["new", "open"] },
        }),
      ).toEqual(["incentive", "invoice", "password", "printer"])
    },
  }
})
