import type { StoreTicketQuery, TicketVisibility } from "../../ports/ticket-store.ts"
import { minutesAfterEpoch, updateOf } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { worldArea } from "./area.ts"
import { found } from "./world-query.ts"

/** `listTickets` search (`q`) on the list world: words, numbers, internal notes, edits. */
export const searchTests = worldArea("search", "listTickets search (q)", (store, world) => {
  const search = (q: string, overrides: Partial<StoreTicketQuery> = {}) =>
    found(store(), world(), { ...overrides, filter: { ...overrides.filter, q } })

  return {
    "matches words of the subject, ignoring case": async () => {
      expect(await search("printer")).toEqual(["printer"])
      expect(await search("PRINTER")).toEqual(["printer"])
    },

    "matches words of the description": async () => {
      expect(await search("monday")).toEqual(["login"])
    },

    "matches words of public messages": async () => {
      expect(await search("accounting", { searchInternal: false })).toEqual(["invoice"])
      expect(await search("rollback", { searchInternal: false })).toEqual(["login"])
    },

    "matches internal notes only when searchInternal": async () => {
      expect(await search("zeppelin", { searchInternal: false })).toEqual([])
      expect(await search("zeppelin", { searchInternal: true })).toEqual(["login"])
    },

    "needs every word, wherever each occurs": async () => {
      expect(await search("invoice accounting")).toEqual(["invoice"])
      expect(await search("quarterly bonus")).toEqual(["bonus"])
      expect(await search("invoice printer")).toEqual([])
      expect(await search("kangaroo")).toEqual([])
    },

    "matches a number, bare or with #, to the ticket number": async () => {
      const { export: exportTicket } = world().tickets
      expect(await search(String(exportTicket.number))).toEqual(["export"])
      expect(await search(`#${exportTicket.number}`)).toEqual(["export"])
      expect(await search("4242")).toEqual([])
    },

    "combines with filters and visibility": async () => {
      const w = world()
      expect(await search("printer", { filter: { status: ["closed"] } })).toEqual([])
      const bob: TicketVisibility = { kind: "customer", userId: w.users.bob.id, organisationId: null, hiddenTypeKeys: [] }
      expect(await search("monday", { visibility: bob, searchInternal: false })).toEqual([])
      expect(await search(String(w.tickets.login.number), { visibility: bob, searchInternal: false })).toEqual([])
      expect(await search("quarterly", { visibility: bob, searchInternal: false })).toEqual(["bonus"])
    },

    "never finds another tenant's words": async () => {
      expect(await search("scanner")).toEqual([])
      expect(await search("bookkeeping")).toEqual([])
    },

    "follows an edited message: its old words stop matching, its new ones match": async () => {
      const w = world()
      const { invoice } = w.tickets
      const edited = { ...w.messages.accounting, body: "I attached the figures from our bookkeeping team", editedAt: minutesAfterEpoch(9 * 24 * 60) }
      await store().commit(updateOf(invoice, {}, { editedMessages: [edited] }))
      expect(await search("accounting")).toEqual([])
      expect(await search("bookkeeping")).toEqual(["invoice"])
    },

    "follows a changed subject and description": async () => {
      const w = world()
      await store().commit(updateOf(w.tickets.login, { subject: "Portal page times out", description: "Customers cannot sign in" }))
      expect(await search("login")).toEqual([])
      expect(await search("monday")).toEqual([])
      expect(await search("portal")).toEqual(["login"])
    },
  }
})
