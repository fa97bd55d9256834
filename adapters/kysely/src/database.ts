import { PGlite } from "@electric-sql/pglite"
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm"
import { Kysely, PGliteDialect, PostgresDialect, type KyselyConfig } from "kysely"
import { Migrator } from "kysely/migration"
import pg from "pg"
import { migrationProvider } from "./migrations/index.ts"
import type { Database } from "./schema.ts"

/** An open database and the way to close it (PGlite keeps the process alive until closed). */
export interface DatabaseHandle {
  readonly db: Kysely<Database>
  close(): Promise<void>
}

/** An open PGlite database; `pglite` is there for `clone()` and for direct use. */
export interface PgliteHandle extends DatabaseHandle {
  readonly pglite: PGlite
}

/** Kysely options both openers pass on, such as `log` to count the statements sent. */
export type KyselyOptions = Pick<KyselyConfig, "log">

/** Where PGlite keeps its data: a directory, or memory when absent. */
export interface PgliteOptions extends KyselyOptions {
  readonly dataDir?: string | undefined
  /**
   * A data directory dumped by `dumpPglite` to start a new database from: restoring one skips
   * initdb, several times faster than creating a cluster.
   */
  readonly template?: Blob | undefined
}

/**
 * Opens embedded Postgres (PGlite) with `pg_trgm` loaded, in memory or in `dataDir`.
 *
 * @example
 * const { db, close } = await openPglite({ dataDir: "./.ticketflow/db" })
 * await migrate(db)
 */
export async function openPglite(options: PgliteOptions = {}): Promise<PgliteHandle> {
  const pglite = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm }, loadDataDir: options.template })
  return usePglite(pglite, options)
}

/** The data directory of an open PGlite as a gzipped tarball, to start other databases from (`template`). */
export async function dumpPglite(handle: PgliteHandle): Promise<Blob> {
  return handle.pglite.dumpDataDir("gzip")
}

/** Wraps a PGlite instance that is already open (a `clone()`, say); closing the handle closes it. */
export function usePglite(pglite: PGlite, options: KyselyOptions = {}): PgliteHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), log: options.log })
  return {
    db,
    pglite,
    async close() {
      // Kysely closes PGlite only once it has run a query; close it ourselves otherwise.
      await db.destroy()
      if (!pglite.closed) await pglite.close()
    },
  }
}

/** How to reach a Postgres server. */
export interface PostgresOptions extends KyselyOptions {
  readonly connectionString: string
  /** Pool size (10 by default). */
  readonly max?: number | undefined
  /** A schema to work in, first on the search path (with `public` after it for extensions). */
  readonly schema?: string | undefined
}

/** An open Postgres database; `pool` is there to share with the timer worker and the event feed. */
export interface PostgresHandle extends DatabaseHandle {
  readonly pool: pg.Pool
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

/** Options of `migrate`. */
export interface MigrateOptions {
  /** The schema the migrations' own bookkeeping table lives in, when not the first of the search path. */
  readonly schema?: string | undefined
}

/** Runs every pending migration; throws the first failure (after the Migrator rolled it back). */
export async function migrate(db: Kysely<Database>, options: MigrateOptions = {}): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(options.schema === undefined ? {} : { migrationTableSchema: options.schema }),
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName
    throw new Error(`Migration ${failed ?? "(before any ran)"} failed: ${describe(error)}`, { cause: error })
  }
}

/** Quotes a Postgres identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
