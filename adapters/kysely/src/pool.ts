import pg from "pg"
import { quoteIdentifier, type KyselyOptions } from "./database.ts"

/** How to reach a Postgres server. */
export interface PostgresOptions extends KyselyOptions {
  readonly connectionString: string
  /** Pool size (10 by default). */
  readonly max?: number | undefined
  /** A schema to work in, first on the search path (with `public` after it for extensions). */
  readonly schema?: string | undefined
}

/**
 * A `pg` pool to Postgres 15+, its connections working in `schema` when one is given. An idle
 * connection that drops (a server restart) does not crash the process: the next query reports it.
 */
export function createPool(options: Omit<PostgresOptions, "log">): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${quoteIdentifier(options.schema)},public` }),
  })
  pool.on("error", () => {})
  // The same for a checked-out connection (graphile-worker holds one to LISTEN, the event feed another).
  pool.on("connect", (client) => client.on("error", () => {}))
  return pool
}
