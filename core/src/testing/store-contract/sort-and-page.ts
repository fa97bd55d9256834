import type { TicketSortField } from "../../ports/ticket-store.ts"
import { commitNewTicket, minutesAfterEpoch } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { worldArea } from "./area.ts"
import { expectedRuns, runsOf, walkPages, worldRanks } from "./sort-expectations.ts"
import { worldQuery } from "./world-query.ts"

/** `listTickets` sorting and keyset pagination on the list world. */
export const sortAndPageTests = worldArea("sort-and-page", "listTickets sorting and keyset pagination", (store, world) => ({
  "sorts by every field both ways, nulls last, and pages through each order with limits 1, 2 and 3": async () => {
    const w = world()
    for (const field of Object.keys(expectedRuns) as TicketSortField[]) {
      for (const direction of ["asc", "desc"] as const) {
        const sort = { field, direction }
        const label = `${field} ${direction}`
        const whole = await store().listTickets(worldQuery(w, { sort }))
        expect.soft(whole.nextCursor, label).toBeNull()
        expect.soft(runsOf(w, whole.items, field, worldRanks), label).toEqual(expectedRuns[field][direction])
        for (const limit of [1, 2, 3]) {
          const pages = await walkPages(store(), worldQuery(w, { sort, limit }))
          const paged = `${label}, limit ${limit}`
          // Every page full but the last, which is not empty; together the whole list, once, in order.
          expect.soft(pages, paged).toHaveLength(Math.ceil(whole.items.length / limit))
          for (const page of pages.slice(0, -1)) expect.soft(page.items, paged).toHaveLength(limit)
          expect.soft(pages[pages.length - 1]?.items.length, paged).toBeGreaterThan(0)
          expect.soft(pages.flatMap((p) => p.items.map((t) => t.id)), paged).toEqual(whole.items.map((t) => t.id))
        }
      }
    }
  },

  "ends without an empty page when the last page is exactly full": async () => {
    const w = world()
    const query = worldQuery(w, { filter: { category: ["new", "open", "pending"] }, sort: { field: "createdAt", direction: "desc" } })
    for (const limit of [2, 3, 6]) {
      const pages = await walkPages(store(), { ...query, limit })
      expect(pages.map((p) => p.items.length)).toEqual(Array.from({ length: 6 / limit }, () => limit))
      expect(pages[pages.length - 1]?.nextCursor).toBeNull()
    }
  },

  "pages through a filtered, restricted list": async () => {
    const w = world()
    const query = worldQuery(w, {
      visibility: { kind: "departments", departmentKeys: ["billing"], userId: w.users.agentBilling.id },
      filter: { category: ["new", "open", "pending"] },
      sort: { field: "priority", direction: "desc" },
    })
    const whole = await store().listTickets(query)
    expect(runsOf(w, whole.items, "priority", worldRanks)).toEqual([["incentive", "invoice"], ["password", "printer"], ["bonus"]])
    const pages = await walkPages(store(), { ...query, limit: 2 })
    expect(pages.flatMap((p) => p.items.map((t) => t.id))).toEqual(whole.items.map((t) => t.id))
  },

  "sorts by the priority's rank as configured when the list is read": async () => {
    const w = world()
    // `low` becomes the most urgent; `urgent` is deleted, so login's key names no priority and
    // sorts with the tickets without one.
    const low = await store().getConfig(w.tenant.id, "priority", "low")
    if (low === null) throw new Error("the world has a low priority")
    await store().putConfig(w.tenant.id, "priority", { ...low, rank: 50 })
    expect(await store().deleteConfig(w.tenant.id, "priority", "urgent")).toBe(true)
    const page = await store().listTickets(worldQuery(w, { sort: { field: "priority", direction: "desc" } }))
    const ranksNow = new Map([...worldRanks, ["low", 50]])
    ranksNow.delete("urgent")
    expect(runsOf(w, page.items, "priority", ranksNow)).toEqual([
      ["bonus"],
      ["incentive", "invoice"],
      ["password", "printer"],
      ["export", "login"],
    ])
  },

  "continues after the cursor's position even when a ticket is created before it": async () => {
    const w = world()
    const query = worldQuery(w, { sort: { field: "createdAt", direction: "asc" }, limit: 3 })
    const first = await store().listTickets(query)
    expect(first.items.map((t) => w.nameOf(t))).toEqual(["printer", "invoice", "login"])
    await commitNewTicket(store(), { tenantId: w.tenant.id, requesterId: w.users.dave.id, createdAt: minutesAfterEpoch(-60) })
    const second = await store().listTickets({ ...query, cursor: first.nextCursor })
    expect(second.items.map((t) => w.nameOf(t))).toEqual(["bonus", "export", expect.stringMatching(/^(password|incentive)$/)])
  },
}))
