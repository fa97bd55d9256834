/**
 * @module
 * Test helpers for ticketflow stores and embeddings: the demo tenant and the store contract
 * suite every `TicketStore` adapter runs.
 */
export { demoUsers, installDemo } from "./demo.ts"
export type { DemoActors } from "./demo.ts"
