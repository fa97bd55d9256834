import { afterEach, beforeEach, describe, it } from "../runner.ts"
import type { TicketStore } from "../../ports/ticket-store.ts"
import { seedTicketWorld, type TicketWorld } from "../fixtures/index.ts"
import type { ContractTest } from "./area.ts"
import { storeContractAreas, type StoreContractTestId } from "./areas.ts"
import { resolveSkips } from "./skips.ts"

export { concurrentTestIds, type StoreContractTestId } from "./areas.ts"

/*
 * The contract every `TicketStore` adapter passes. It checks behaviour through the port only, on
 * a fresh store per test. Where the port's doc comments leave room, the suite pins the reading a
 * Postgres adapter serves cheaply; these are the points an adapter author should know:
 *
 * - Round trips are exact: what was put is what is read (deep equality), instants included in
 *   their `toISOString()` form (`2026-01-05T10:00:00.000Z`) and calendar dates as `YYYY-MM-DD`.
 * - Lists of tenants, users, config, workflows, timers and attachments have no pinned order; the
 *   suite compares them sorted. Tickets, messages, events and due timers do have one (below).
 * - Emails are unique per tenant ignoring case (an index on `lower(email)`); external ids are
 *   unique per tenant exactly; null external ids never conflict.
 * - `nextTicketNumber` is a per-tenant counter: 1, 2, 3… with no gaps, also under concurrency.
 * - A failed `commit` (VersionConflict or Conflict) writes nothing: one transaction.
 * - `listEvents` orders by (version, seq); `listMessages` by createdAt, messages of the same
 *   instant in the order they were committed (a serial column breaks the tie).
 * - Ticket lists: every `TicketFilter` list field is "any of"; an empty list matches nothing
 *   (mind `IN ()`); filters, visibility and `q` combine with AND. `createdFrom` is inclusive,
 *   `createdTo` exclusive.
 * - `q`: every word must occur (AND), case-insensitively, in the subject, the description or a
 *   message body (internal notes only with `searchInternal`); a number (`42`, `#42`) also matches
 *   the ticket with that number. Search words here are whole words distinct from every other word
 *   of the data, so full-text search with trigram similarity passes as well as substring search;
 *   the suite pins no stemming, prefix or fuzzy behaviour.
 * - Sorting: `priority` sorts by the priority config's `rank` as it is when the list is read;
 *   tickets without a value (no due date, no or unknown priority) come last in both directions.
 *   Ties are broken by a stable, total tiebreaker (the id, in the sort's direction, is the
 *   natural one), so pages never overlap.
 * - Pagination is keyset: the cursor is opaque, pages have exactly `limit` items but the last,
 *   the last page is never empty and its `nextCursor` is null, and a ticket created before the
 *   cursor's position does not shift later pages.
 * - `countTickets.byCategory` always has the four categories; `byStatus` only statuses with tickets.
 * - `dueTimers(now)` includes timers due exactly at `now`.
 *
 * The data is referentially sound (requesters, assignees, authors, organisations and workflows
 * exist), so an adapter may use foreign keys between those rows; tickets name config by key and a
 * config entity may be deleted while tickets still name it. Tests that race (`Promise.all`,
 * `Promise.allSettled`) are listed in `concurrentTestIds`, for a store that cannot run them to
 * skip by name.
 */
/** What `makeStore` hands the suite: a fresh, empty store, and how to release it. */
export interface StoreUnderTest {
  readonly store: TicketStore
  readonly close?: (() => Promise<void>) | undefined
}

/** Options of the store contract suite. */
export interface StoreContractOptions {
  /**
   * Tests this store does not run, by id (`"<area>/<test title>"`), each with the reason its
   * skipped title states. An unknown id or an empty reason throws when the suite is declared.
   */
  readonly skip?: Readonly<Partial<Record<StoreContractTestId, string>>> | undefined
}

/**
 * Declares the `TicketStore` contract suite for one adapter; each test gets a fresh store from
 * `makeStore` and closes it afterwards.
 * @example
 * storeContract("memory", async () => ({ store: createMemoryStore() }))
 * storeContract("one connection", open, { skip: { "ticket-numbers/hands 50 concurrent draws 50 distinct numbers, 1 to 50": "one connection" } })
 */
export function storeContract(name: string, makeStore: () => Promise<StoreUnderTest>, options: StoreContractOptions = {}): void {
  let current: StoreUnderTest | null = null
  let seeded: TicketWorld | null = null
  const store = (): TicketStore => {
    if (current === null) throw new Error("The store is only available inside a test")
    return current.store
  }
  const world = (): TicketWorld => {
    if (seeded === null) throw new Error("The world is only seeded inside a test of an area that seeds it")
    return seeded
  }
  const areas = storeContractAreas.map((area) => ({
    area,
    tests: Object.entries<ContractTest>(area.tests(store, world)).map(([title, body]) => ({ id: `${area.id}/${title}`, title, body })),
  }))
  const skips = resolveSkips(new Set(areas.flatMap(({ tests }) => tests.map((test) => test.id))), options.skip ?? {})

  describe(`TicketStore contract: ${name}`, () => {
    beforeEach(async () => {
      current = await makeStore()
    })
    afterEach(async () => {
      const closing = current
      current = null
      seeded = null
      await closing?.close?.()
    })

    for (const { area, tests } of areas) {
      describe(area.title, () => {
        if (area.seedsWorld) {
          beforeEach(async () => {
            seeded = await seedTicketWorld(store())
          })
        }
        for (const test of tests) {
          const reason = skips.get(test.id)
          if (reason === undefined) it(test.title, test.body)
          else it.skip(`${test.title} (skipped: ${reason})`, test.body)
        }
      })
    }
  })
}
