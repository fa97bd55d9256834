/**
 * @module
 * What a store author needs beyond `@ticketflow/core`: the `TicketStore` port the engine
 * persists through, the types of what it is handed (a commit's `TicketChange`, a list's
 * `StoreTicketQuery` with the visibility the engine decided), and the helpers the memory store
 * is built from, for an adapter that wants its semantics (visibility, filters, search words,
 * sort keys and cursors). What the engine also hands an embedder stays in `@ticketflow/core`:
 * the domain types (`Ticket`, `Tenant`, …), the errors a store rejects with (`VersionConflict`,
 * `Conflict`), the results a store returns (`TicketPage`, `TicketCounts`, `ActorProfile`,
 * `ConfigEntities` by `ConfigKind`, `Timer`) and `createMemoryStore`. The contract suite every
 * store runs is `storeContract` in `@ticketflow/core/testing`.
 *
 * @example
 * import type { TicketPage } from "@ticketflow/core"
 * import { isVisible, matchesFilter, type StoreTicketQuery, type TicketStore } from "@ticketflow/core/store"
 */

// The port
export { configKinds, ticketSortFields } from "./ports/ticket-store.ts"
export type {
  IdempotencyRecord,
  StoreTicketQuery,
  TicketChange,
  TicketFilter,
  TicketSort,
  TicketSortField,
  TicketStore,
  TicketVisibility,
} from "./ports/ticket-store.ts"

// Helpers with the memory store's semantics
export { isVisible } from "./policy/visibility.ts"
export { matchesFilter, parseSearch } from "./ports/ticket-match.ts"
export { compareSortKeys, decodeCursor, encodeCursor, sortKeyOf } from "./ports/ticket-order.ts"
export type { SortKey } from "./ports/ticket-order.ts"
