/**
 * @module
 * ticketflow's Postgres storage: the schema as Kysely migrations and a `TicketStore` over any
 * `Kysely<Database>`; the built-in login's `AuthStore`; the in-process timer loop. The drivers
 * are optional peers, each behind its own entry point: `@ticketflow/kysely/postgres` (pg, with
 * live updates over LISTEN/NOTIFY), `@ticketflow/kysely/pglite` (embedded PGlite) and
 * `@ticketflow/kysely/worker` (timers on graphile-worker).
 */
export { createKyselyStore } from "./store.ts"
export { KyselyStore } from "./store-layer.ts"
export { createKyselyAuthStore } from "./auth-store.ts"
export { quoteIdentifier } from "./database.ts"
export { causedByConnectionFailure, isConnectionFailure } from "./db-errors.ts"
export type { DatabaseHandle, KyselyOptions } from "./database.ts"
export { migrate } from "./migrate.ts"
export { analyzeStaleTables } from "./statistics.ts"
export type { MigrateOptions } from "./migrate.ts"
export { migrationProvider, migrations } from "./migrations/index.ts"
export { startTimerLoop } from "./timer-loop.ts"
export type { TimerLoop, TimerLoopOptions } from "./timer-loop.ts"
export type { Database } from "./schema.ts"
