import type { TestIdOf } from "./area.ts"
import { attachmentTests, unlinkedUploadTests } from "./attachments.ts"
import { commitConflictTests } from "./commit-conflicts.ts"
import { commitTests } from "./commit.ts"
import { configTests } from "./config.ts"
import { countTests } from "./counts.ts"
import { filterTests } from "./filters.ts"
import { getTicketTests } from "./get-ticket.ts"
import { idempotencyTests } from "./idempotency.ts"
import { conversationTests } from "./messages-and-events.ts"
import { searchTests } from "./search.ts"
import { sortAndPageTests } from "./sort-and-page.ts"
import { tenantTests } from "./tenants.ts"
import { ticketNumberTests } from "./ticket-numbers.ts"
import { timerTests } from "./timers.ts"
import { userTests } from "./users.ts"
import { visibilityTests } from "./visibility.ts"
import { workflowTests } from "./workflows.ts"

/** Every area of the store contract, in the order the suite declares them. */
export const storeContractAreas = [
  tenantTests,
  userTests,
  configTests,
  workflowTests,
  ticketNumberTests,
  commitTests,
  commitConflictTests,
  idempotencyTests,
  getTicketTests,
  filterTests,
  searchTests,
  visibilityTests,
  sortAndPageTests,
  countTests,
  conversationTests,
  attachmentTests,
  unlinkedUploadTests,
  timerTests,
] as const

/** The id of one contract test, `"<area>/<test title>"`: what `StoreContractOptions.skip` names. */
export type StoreContractTestId = TestIdOf<(typeof storeContractAreas)[number]>

/**
 * The tests that race commits and number draws (`Promise.all`, `Promise.allSettled`): a store
 * that serialises everything on one connection may skip them, e.g.
 * `skip: Object.fromEntries(concurrentTestIds.map((id) => [id, "one connection"]))`.
 */
export const concurrentTestIds: ReadonlyArray<StoreContractTestId> = [
  "ticket-numbers/hands 50 concurrent draws 50 distinct numbers, 1 to 50",
  "commit/lets exactly one of two concurrent updates from the same version win",
  "commit/lets exactly one of two concurrent creations of the same id win",
  "commit/commits concurrent changes of different tickets without conflict",
  "idempotency/lets exactly one of two concurrent creations with the same key win",
]
