import pg from "pg"
import { quoteIdentifier, type KyselyOptions } from "./database.ts"

/** How to reach a Postgres server. */
export interface PostgresOptions extends KyselyOptions {
  readonly connectionString: string
  /** Pool size (10 by default). */
  readonly max?: number | undefined
  /** A schema to work in, first on the search path (with `public` after it for extensions). */
  readonly schema?: string | undefined
  /**
   * How long one statement may run, ms (5 000; 0 for no bound): Postgres' `statement_timeout` on
   * every connection. Past it the server cancels the statement (SQLSTATE 57014).
   */
  readonly statementTimeoutMs?: number | undefined
  /** The `application_name` of every connection, as `pg_stat_activity` shows it ("ticketflow"). */
  readonly applicationName?: string | undefined
}

/**
 * A `pg` pool to Postgres 15+, its connections working in `schema` when one is given, each
 * statement bounded by `statementTimeoutMs`. An idle
 * connection that drops (a server restart) does not crash the process: the next query reports it.
 */
export function createPool(options: Omit<PostgresOptions, "log">): pg.Pool {
  const settings = [`-c statement_timeout=${Math.max(0, Math.round(options.statementTimeoutMs ?? 5_000))}`]
  if (options.schema !== undefined) settings.push(`-c search_path=${quoteIdentifier(options.schema)},public`)
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: settings.join(" "),
    application_name: options.applicationName ?? "ticketflow",
  })
  pool.on("error", () => {})
  // The same for a checked-out connection (graphile-worker holds one to LISTEN, the event feed another).
  pool.on("connect", (client) => client.on("error", () => {}))
  return pool
}
