import type { StoreTicketQuery, TicketStore, TicketVisibility } from "../../ports/ticket-store.ts"
import type { TicketWorld } from "../fixtures/index.ts"
import { expect } from "../runner.ts"

// Lists. These tests read the world of `seedTicketWorld` (its doc has the table of tickets).

/** The visibility that sees every ticket of the tenant. */
export const all: TicketVisibility = { kind: "all" }

/** A list query of the world's tenant: everything visible, by number, one big page. */
export function worldQuery(world: TicketWorld, overrides: Partial<StoreTicketQuery> = {}): StoreTicketQuery {
  return {
    tenantId: world.tenant.id,
    visibility: all,
    filter: {},
    searchInternal: true,
    sort: { field: "number", direction: "asc" },
    limit: 100,
    cursor: null,
    ...overrides,
  }
}

/** The world names of the tickets a query finds, sorted by name (order is the sort tests' business). */
export async function found(store: TicketStore, world: TicketWorld, overrides: Partial<StoreTicketQuery> = {}): Promise<string[]> {
  const page = await store.listTickets(worldQuery(world, overrides))
  expect(page.nextCursor).toBeNull()
  return page.items.map((t) => world.nameOf(t)).sort()
}
