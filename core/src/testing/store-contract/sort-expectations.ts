import type { Ticket } from "../../domain/ticket.ts"
import type { StoreTicketQuery, TicketSortField, TicketStore } from "../../ports/ticket-store.ts"
import type { TicketWorld } from "../fixtures/index.ts"

/** A sortable value of a ticket, as the sort tests read it; null sorts last. */
function sortValue(ticket: Ticket, field: TicketSortField, ranks: ReadonlyMap<string, number>): number | null {
  switch (field) {
    case "createdAt":
      return Date.parse(ticket.createdAt)
    case "updatedAt":
      return Date.parse(ticket.updatedAt)
    case "number":
      return ticket.number
    case "dueAt":
      return ticket.dueAt === null ? null : Date.parse(ticket.dueAt)
    case "priority":
      return ticket.priorityKey === null ? null : (ranks.get(ticket.priorityKey) ?? null)
  }
}

/** The runs of equal sort values in a list, each run's names sorted: ties may come in any stable order. */
export function runsOf(world: TicketWorld, items: ReadonlyArray<Ticket>, field: TicketSortField, ranks: ReadonlyMap<string, number>): string[][] {
  const runs: Array<{ value: number | null; names: string[] }> = []
  for (const ticket of items) {
    const value = sortValue(ticket, field, ranks)
    const last = runs[runs.length - 1]
    if (last !== undefined && last.value === value) last.names.push(world.nameOf(ticket))
    else runs.push({ value, names: [world.nameOf(ticket)] })
  }
  return runs.map((run) => run.names.sort())
}

/** Follows `nextCursor` from the first page to the last; fails if it never ends. */
export async function walkPages(store: TicketStore, query: StoreTicketQuery): Promise<Array<{ items: ReadonlyArray<Ticket>; nextCursor: string | null }>> {
  const pages: Array<{ items: ReadonlyArray<Ticket>; nextCursor: string | null }> = []
  let cursor: string | null = null
  for (let i = 0; i < 50; i++) {
    const page = await store.listTickets({ ...query, cursor })
    pages.push(page)
    if (page.nextCursor === null) return pages
    cursor = page.nextCursor
  }
  throw new Error("Pagination did not reach a last page in 50 pages")
}

/** The ranks of the world's priorities, as seeded. */
export const worldRanks: ReadonlyMap<string, number> = new Map([
  ["low", 10],
  ["normal", 20],
  ["high", 30],
  ["urgent", 40],
])

/** The world in each order, as runs of ties; the run of tickets without a value is always last. */
export const expectedRuns: Readonly<Record<TicketSortField, Readonly<Record<"asc" | "desc", string[][]>>>> = {
  number: {
    asc: [["printer"], ["invoice"], ["login"], ["bonus"], ["export"], ["password"], ["incentive"]],
    desc: [["incentive"], ["password"], ["export"], ["bonus"], ["login"], ["invoice"], ["printer"]],
  },
  createdAt: {
    asc: [["printer"], ["invoice"], ["login"], ["bonus"], ["export"], ["incentive", "password"]],
    desc: [["incentive", "password"], ["export"], ["bonus"], ["login"], ["invoice"], ["printer"]],
  },
  updatedAt: {
    asc: [["printer"], ["login"], ["bonus"], ["invoice", "password"], ["export"], ["incentive"]],
    desc: [["incentive"], ["export"], ["invoice", "password"], ["bonus"], ["login"], ["printer"]],
  },
  priority: {
    asc: [["bonus"], ["password", "printer"], ["incentive", "invoice"], ["login"], ["export"]],
    desc: [["login"], ["incentive", "invoice"], ["password", "printer"], ["bonus"], ["export"]],
  },
  dueAt: {
    asc: [["login"], ["export"], ["invoice", "password"], ["bonus", "incentive", "printer"]],
    desc: [["invoice", "password"], ["export"], ["login"], ["bonus", "incentive", "printer"]],
  },
}
