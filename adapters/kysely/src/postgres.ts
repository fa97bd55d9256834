/**
 * @module
 * ticketflow's store on a Postgres server through `pg` (an optional peer): the pool, and live
 * updates across processes over LISTEN/NOTIFY.
 */
import { Kysely, PostgresDialect } from "kysely"
import type pg from "pg"
import type { DatabaseHandle } from "./database.ts"
import { createPool, type PostgresOptions } from "./pool.ts"
import type { Database } from "./schema.ts"

export { createPool } from "./pool.ts"
export type { PostgresOptions } from "./pool.ts"
export { createPostgresEventFeed } from "./event-feed.ts"
export type { PostgresEventFeed, PostgresEventFeedOptions } from "./event-feed.ts"

/** An open Postgres database; `pool` is there to share with the timer worker and the event feed. */
export interface PostgresHandle extends DatabaseHandle {
  readonly pool: pg.Pool
}

/**
 * Opens a pool of connections to Postgres 15+.
 *
 * @example
 * const { db, pool, close } = await openPostgres({ connectionString: process.env.DATABASE_URL ?? "" })
 */
export async function openPostgres(options: PostgresOptions): Promise<PostgresHandle> {
  const pool = createPool(options)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: options.log })
  return { db, pool, close: () => db.destroy() }
}
