/**
 * @module
 * ticketflow's Postgres storage: the schema as Kysely migrations and a `TicketStore` that runs
 * on a Postgres server (pg) or embedded Postgres (PGlite).
 */
export { createKyselyStore } from "./store.ts"
export { migrate, openPglite, openPostgres, quoteIdentifier, usePglite } from "./database.ts"
export type { DatabaseHandle, KyselyOptions, MigrateOptions, PgliteHandle, PgliteOptions, PostgresOptions } from "./database.ts"
export { migrationProvider, migrations } from "./migrations/index.ts"
export { countTicketsSql, listTicketsSql } from "./ticket-query.ts"
export type { Database } from "./schema.ts"
