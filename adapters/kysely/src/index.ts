/**
 * @module
 * ticketflow's Postgres storage: the schema as Kysely migrations and a `TicketStore` that runs
 * on a Postgres server (pg) or embedded Postgres (PGlite); the built-in login's `AuthStore`;
 * timers run by graphile-worker on Postgres or an in-process loop on PGlite; live updates across
 * processes over LISTEN/NOTIFY.
 */
export { createKyselyStore } from "./store.ts"
export { createKyselyAuthStore } from "./auth-store.ts"
export { createPool, dumpPglite, migrate, openPglite, openPostgres, quoteIdentifier, usePglite } from "./database.ts"
export type { DatabaseHandle, KyselyOptions, MigrateOptions, PgliteHandle, PgliteOptions, PostgresHandle, PostgresOptions } from "./database.ts"
export { migrationProvider, migrations } from "./migrations/index.ts"
export { countTicketsSql, listTicketsSql } from "./ticket-query.ts"
export { startTimerLoop } from "./timer-loop.ts"
export type { TimerLoop, TimerLoopOptions } from "./timer-loop.ts"
export { startTimerWorker } from "./timer-worker.ts"
export type { TimerOutcome, TimerWorker, TimerWorkerOptions } from "./timer-worker.ts"
export { installTimerJobs, timerJobKey, timerTask, uninstallTimerJobs } from "./timer-jobs.ts"
export { createPostgresEventFeed } from "./event-feed.ts"
export type { PostgresEventFeed, PostgresEventFeedOptions } from "./event-feed.ts"
export type { Database } from "./schema.ts"
