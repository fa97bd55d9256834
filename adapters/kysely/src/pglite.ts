/**
 * @module
 * ticketflow's store on embedded Postgres: PGlite (an optional peer, `@electric-sql/pglite`)
 * with `pg_trgm`, in memory or in a data directory, in this thread (`openPglite`) or in a worker
 * thread with a budget per statement (`openPgliteWorker`).
 */
import { access, mkdir } from "node:fs/promises"
import { PGlite } from "@electric-sql/pglite"
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm"
import { Kysely, PGliteDialect } from "kysely"
import type { DatabaseHandle, KyselyOptions } from "./database.ts"
import { PgliteThreadDialect } from "./pglite-worker/dialect.ts"
import { PgliteThread } from "./pglite-worker/thread-client.ts"
import type { Database } from "./schema.ts"
import { analyzeStaleTables } from "./statistics.ts"

export { StatementTimeout } from "./pglite-worker/statement-timeout.ts"

/** An open PGlite database; `pglite` is there for `clone()` and for direct use. */
export interface PgliteHandle extends DatabaseHandle {
  readonly pglite: PGlite
}

/** Where PGlite keeps its data: a directory, or memory when absent. */
export interface PgliteOptions extends KyselyOptions {
  /** A directory (made, parents included, when missing), or a PGlite URL (`memory://`, `idb://…`). */
  readonly dataDir?: string | undefined
  /**
   * A data directory dumped by `dumpPglite` to start a new database from: restoring one skips
   * initdb, several times faster than creating a cluster.
   */
  readonly template?: Blob | undefined
  /**
   * Where `pg_trgm.tar.gz` (PGlite's `pg_trgm` extension) is, as a `file:` URL. Leave it out
   * when PGlite runs from `node_modules`, where PGlite finds the file itself. Give it when your app
   * is bundled (esbuild, or Vite with `ssr.noExternal`): PGlite looks for `../pg_trgm.tar.gz` from
   * the module holding its code, which is then the bundle, so it would look in the bundle's parent
   * folder. `pglite.wasm`, `initdb.wasm` and `pglite.data` need no option: PGlite looks for them
   * beside that module, where you copy them. See docs/storage.md, "Bundling".
   *
   * @example
   * // in code you bundle, with the file copied beside the bundle
   * await openPglite({ pgTrgmBundle: new URL("./pg_trgm.tar.gz", import.meta.url) })
   */
  readonly pgTrgmBundle?: URL | undefined
}

/**
 * Opens embedded Postgres (PGlite) with `pg_trgm` loaded, in memory or in `dataDir`.
 *
 * @example
 * const { db, close } = await openPglite({ dataDir: "./.ticketflow/db" })
 * await migrate(db)
 */
export async function openPglite(options: PgliteOptions = {}): Promise<PgliteHandle> {
  // PGlite reports a missing bundle as an unhandled rejection that ends the process: check first.
  if (options.pgTrgmBundle !== undefined) {
    await access(options.pgTrgmBundle).catch(() => {
      throw new Error(`pg_trgm.tar.gz is not at ${options.pgTrgmBundle}: copy it from @electric-sql/pglite/dist (docs/storage.md, "Bundling")`)
    })
  }
  // PGlite makes the data directory but not its parents.
  if (options.dataDir !== undefined && !options.dataDir.includes("://")) await mkdir(options.dataDir, { recursive: true })
  // PGlite takes a URL in place of an extension and loads that bundle, as pg_trgm's setup would.
  const extensions = { pg_trgm: options.pgTrgmBundle ?? pg_trgm }
  const pglite = await PGlite.create({ dataDir: options.dataDir, extensions, loadDataDir: options.template })
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

/** Where PGlite keeps its data, and the bounds of its work when it runs in a worker thread. */
export interface PgliteWorkerOptions extends Omit<PgliteOptions, "template"> {
  /** A dumped data directory (`dumpPglite`, or its bytes) to start a new database from. */
  readonly template?: Blob | ArrayBuffer | undefined
  /**
   * How long one statement may run, ms (5 000). Past it the statement's caller gets
   * `StatementTimeout` (SQLSTATE 57014); the thread running it is terminated and a new one reopens
   * the data directory. In memory the statement runs on instead: terminating would lose the database.
   */
  readonly statementTimeoutMs?: number | undefined
  /** How often tables whose statistics went stale are analysed, ms (60 000; 0 for never). */
  readonly analyzeEveryMs?: number | undefined
}

/** PGlite in a worker thread: `db` never blocks the event loop, whatever a statement costs. */
export interface PgliteWorkerHandle extends DatabaseHandle {
  /** Analyses the tables whose statistics are stale now; resolves with their names. */
  analyze(): Promise<string[]>
  /** How many times a statement ran past its budget and the thread was replaced. */
  readonly restarts: number
}

/**
 * Opens PGlite (with `pg_trgm`) in a worker thread behind Kysely: the HTTP server keeps answering
 * while a statement runs, each statement is bounded by `statementTimeoutMs`, and stale statistics
 * are refreshed every `analyzeEveryMs`. Statements run one at a time; a transaction holds the
 * only connection until it ends.
 *
 * @example
 * const { db, close } = await openPgliteWorker({ dataDir: "./.ticketflow/db", statementTimeoutMs: 5_000 })
 * await migrate(db)
 */
export async function openPgliteWorker(options: PgliteWorkerOptions = {}): Promise<PgliteWorkerHandle> {
  if (options.pgTrgmBundle !== undefined) {
    await access(options.pgTrgmBundle).catch(() => {
      throw new Error(`pg_trgm.tar.gz is not at ${options.pgTrgmBundle}: copy it from @electric-sql/pglite/dist (docs/storage.md, "Bundling")`)
    })
  }
  if (options.dataDir !== undefined && !options.dataDir.includes("://")) await mkdir(options.dataDir, { recursive: true })
  const template = options.template instanceof Blob ? await options.template.arrayBuffer() : options.template
  const thread = new PgliteThread({ dataDir: options.dataDir, template, pgTrgmBundle: options.pgTrgmBundle?.href })
  try {
    await thread.ready
  } catch (error) {
    await thread.close()
    throw error
  }
  const db = new Kysely<Database>({ dialect: new PgliteThreadDialect(thread, options.statementTimeoutMs ?? 5_000), log: options.log })
  const every = options.analyzeEveryMs ?? 60_000
  let analysing: Promise<unknown> = Promise.resolve()
  const analyze = () => {
    const run = analyzeStaleTables(db)
    analysing = run.catch(() => {})
    return run
  }
  // A failed run (the database closing, say) is retried at the next tick.
  const keeper = every > 0 ? setInterval(() => void analyze().catch(() => {}), every) : undefined
  keeper?.unref()
  return {
    db,
    analyze,
    get restarts() {
      return thread.restarts
    },
    async close() {
      clearInterval(keeper)
      await analysing
      await db.destroy()
      await thread.close()
    },
  }
}
