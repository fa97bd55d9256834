import type { TicketStore } from "../../ports/ticket-store.ts"
import type { TicketWorld } from "../fixtures/index.ts"

/** Reads the store of the running test (a fresh one per test). */
export type StoreAccess = () => TicketStore
/** Reads the list world seeded for the running test, in areas that seed one. */
export type WorldAccess = () => TicketWorld
/** The body of one contract test. */
export type ContractTest = () => Promise<void>

/**
 * One area of the store contract: its id (the first half of its tests' ids), the title of its
 * `describe` block, whether each of its tests starts from a freshly seeded list world, and its
 * tests by title, made from the accessors of the running test.
 */
export interface ContractArea<Id extends string, Title extends string> {
  readonly id: Id
  readonly title: string
  readonly seedsWorld: boolean
  readonly tests: (store: StoreAccess, world: WorldAccess) => Readonly<Record<Title, ContractTest>>
}

/** The ids of an area's tests, `"<area>/<test title>"`, as `skip` names them. */
export type TestIdOf<Area> = Area extends ContractArea<infer Id, infer Title> ? `${Id}/${Title}` : never

/** An area whose tests start from an empty store. */
export function contractArea<const Id extends string, Title extends string>(
  id: Id,
  title: string,
  tests: (store: StoreAccess) => Record<Title, ContractTest>,
): ContractArea<Id, Title> {
  return { id, title, seedsWorld: false, tests: (store) => tests(store) }
}

/** An area whose tests each start from a store holding `seedTicketWorld` (its doc has the table of tickets). */
export function worldArea<const Id extends string, Title extends string>(
  id: Id,
  title: string,
  tests: (store: StoreAccess, world: WorldAccess) => Record<Title, ContractTest>,
): ContractArea<Id, Title> {
  return { id, title, seedsWorld: true, tests }
}
