import type { TicketFilter } from "../../ports/ticket-store.ts"
import type { TicketWorld } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { worldArea } from "./area.ts"
import { found, worldQuery } from "./world-query.ts"

/** `listTickets` filters on the list world: every `TicketFilter` field, empty lists, AND. */
export const filterTests = worldArea("filters", "listTickets filters", (store, world) => {
  const cases: ReadonlyArray<readonly [string, (w: TicketWorld) => TicketFilter, ReadonlyArray<string>]> = [
    ["no filter: every ticket of the tenant", () => ({}), ["bonus", "export", "incentive", "invoice", "login", "password", "printer"]],
    ["status", () => ({ status: ["in_queue"] }), ["invoice", "password"]],
    ["status, several", () => ({ status: ["new", "closed"] }), ["export", "incentive", "printer"]],
    ["category", () => ({ category: ["open"] }), ["invoice", "login", "password"]],
    ["category, several", () => ({ category: ["pending", "closed"] }), ["bonus", "export"]],
    ["type", () => ({ type: ["bug", "billing"] }), ["invoice", "login"]],
    ["priority", () => ({ priority: ["urgent", "low"] }), ["bonus", "login"]],
    ["department", () => ({ department: ["billing"] }), ["bonus", "invoice"]],
    ["department null: unrouted", () => ({ department: [null] }), ["incentive", "printer"]],
    ["department or unrouted", () => ({ department: ["technical-support", null] }), ["export", "incentive", "login", "password", "printer"]],
    ["assignee", (w) => ({ assignee: [w.users.agentBilling.id] }), ["bonus", "password"]],
    ["assignee null: unassigned", () => ({ assignee: [null] }), ["export", "incentive", "invoice", "printer"]],
    ["assignee or unassigned", (w) => ({ assignee: [w.users.agentTech.id, null] }), ["export", "incentive", "invoice", "login", "printer"]],
    ["requester", (w) => ({ requester: [w.users.bob.id] }), ["bonus", "printer"]],
    ["requester, several", (w) => ({ requester: [w.users.alice.id, w.users.dave.id] }), ["export", "incentive", "invoice", "password"]],
    ["organisation", (w) => ({ organisation: [w.organisations.globex.id] }), ["login"]],
    ["organisation, several", (w) => ({ organisation: [w.organisations.acme.id, w.organisations.globex.id] }), ["bonus", "incentive", "invoice", "login", "password", "printer"]],
    ["createdFrom is inclusive", (w) => ({ createdFrom: w.tickets.invoice.createdAt }), ["bonus", "export", "incentive", "invoice", "login", "password"]],
    ["createdTo is exclusive", (w) => ({ createdTo: w.tickets.bonus.createdAt }), ["invoice", "login", "printer"]],
    ["createdFrom and createdTo", (w) => ({ createdFrom: w.tickets.invoice.createdAt, createdTo: w.tickets.bonus.createdAt }), ["invoice", "login"]],
    ["an empty date range", (w) => ({ createdFrom: w.tickets.login.createdAt, createdTo: w.tickets.login.createdAt }), []],
    ["workflow key", () => ({ workflow: { key: "default" } }), ["bonus", "incentive", "invoice", "login", "password", "printer"]],
    ["workflow key and version", () => ({ workflow: { key: "default", version: 2 } }), ["login"]],
    ["another workflow", () => ({ workflow: { key: "custom" } }), ["export"]],
    ["several filters combine with AND", () => ({ category: ["open"], department: ["technical-support"] }), ["login", "password"]],
    ["AND across lists", (w) => ({ requester: [w.users.alice.id], priority: ["high"], type: ["incentive"] }), ["incentive"]],
    // Empty lists match nothing (a SQL adapter must not emit `IN ()`).
    ["an empty status list matches nothing", () => ({ status: [] }), []],
    ["an empty department list matches nothing", () => ({ department: [] }), []],
    ["an empty assignee list matches nothing", () => ({ assignee: [] }), []],
  ]

  return {
    // One test for the table (a fresh world per test is the slow part on a database); each case
    // is a soft assertion labelled with its title, so every failing case is reported.
    "applies every filter of TicketFilter": async () => {
      for (const [title, filter, expected] of cases) {
        expect.soft(await found(store(), world(), { filter: filter(world()) }), title).toEqual(expected)
      }
    },

    "never lists another tenant's tickets": async () => {
      const w = world()
      const page = await store().listTickets(worldQuery(w, { tenantId: w.otherTenant.id }))
      expect(page.items).toEqual([w.otherTicket])
    },
  }
})
