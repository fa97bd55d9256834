/**
 * @module
 * Test helpers for ticketflow stores: the contract suites every `TicketStore` and `AuthStore`
 * adapter runs (under vitest, an optional peer: this module loads without it), the fixtures
 * they are built from, and the path suite that walks a workflow's statuses. The demo tenant
 * is `@ticketflow/core/demo`.
 */
export { concurrentTestIds, storeContract } from "./store-contract/index.ts"
export type { StoreContractOptions, StoreContractTestId, StoreUnderTest } from "./store-contract/index.ts"
export {
  commitNewTicket,
  commitTicketUpdate,
  creationOf,
  fixtureEpoch,
  makeAttachment,
  makeEvent,
  makeMessage,
  makeTenant,
  makeTicket,
  makeTimer,
  makeUser,
  minutesAfterEpoch,
  sampleConfig,
  seedTenant,
  seedTicketWorld,
  updateOf,
  worldTicketNames,
} from "./fixtures/index.ts"
export type { TicketWorld, WorldTicketName, WorldUsers } from "./fixtures/index.ts"
export { authStoreContract } from "./auth-store-contract.ts"
export type { AuthStoreUnderTest } from "./auth-store-contract.ts"
export { workflowPathSuite } from "./workflow-paths.ts"
