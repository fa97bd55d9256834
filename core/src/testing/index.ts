/**
 * @module
 * Test helpers for ticketflow stores and embeddings: the demo tenant and the store contract
 * suite every `TicketStore` adapter runs.
 */
export { demoUsers, installDemo } from "../demo/demo-tenant.ts"
export type { DemoActors } from "../demo/demo-tenant.ts"
export { storeContract } from "./store-contract.ts"
export type { StoreContractOptions, StoreUnderTest } from "./store-contract.ts"
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
} from "./store-fixtures.ts"
export type { TicketWorld, WorldTicketName, WorldUsers } from "./store-fixtures.ts"
export { authStoreContract } from "./auth-store-contract.ts"
export type { AuthStoreUnderTest } from "./auth-store-contract.ts"
export { arbitraryWorkflow, propertyRuns } from "./arbitraries.ts"
export type { WorkflowArbitraryOptions } from "./arbitraries.ts"
export { workflowPathSuite } from "./workflow-paths.ts"
