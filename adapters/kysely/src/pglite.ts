/**
 * @module
 * ticketflow's store on embedded Postgres: PGlite (an optional peer, `@electric-sql/pglite`)
 * with `pg_trgm`, in memory or in a data directory.
 */
import { PGlite } from "@electric-sql/pglite"
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm"
import { Kysely, PGliteDialect } from "kysely"
import type { DatabaseHandle, KyselyOptions } from "./database.ts"
import type { Database } from "./schema.ts"

/** An open PGlite database; `pglite` is there for `clone()` and for direct use. */
export interface PgliteHandle extends DatabaseHandle {
  readonly pglite: PGlite
}

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
