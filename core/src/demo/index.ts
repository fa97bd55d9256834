/**
 * @module
 * The demo tenant of DESIGN's "Quickstart and demo data": departments, types, priorities, a
 * catalog, business hours, SLA policies and six users — for quickstarts, examples and tests.
 */
export { demoUsers, installDemo } from "./demo-tenant.ts"
export type { DemoActors } from "./demo-tenant.ts"
