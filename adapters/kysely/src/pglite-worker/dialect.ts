import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely"
import type { PgliteThread } from "./thread-client.ts"

/** PGlite has one connection; the migration lock is holding it. */
class PgliteThreadAdapter extends PostgresAdapter {
  override get supportsMultipleConnections(): boolean {
    return false
  }
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

const maintenance = /^\s*ANALYZE\b/i

class PgliteThreadConnection implements DatabaseConnection {
  readonly #thread: PgliteThread
  readonly #budgetMs: number

  constructor(thread: PgliteThread, budgetMs: number) {
    this.#thread = thread
    this.#budgetMs = budgetMs
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Maintenance (ANALYZE) is not a request: it runs unbounded rather than restart the thread.
    const budget = maintenance.test(query.sql) ? null : this.#budgetMs
    const { rows, affectedRows } = await this.#thread.query(query.sql, query.parameters, budget)
    return { rows: rows as R[], numAffectedRows: affectedRows === undefined ? undefined : BigInt(affectedRows) }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not supported by PGlite")
  }
}

/** One connection, lent to one caller at a time: a transaction has the database to itself. */
class PgliteThreadDriver implements Driver {
  readonly #connection: PgliteThreadConnection
  readonly #thread: PgliteThread
  #queue: Promise<void> = Promise.resolve()
  #release: (() => void) | undefined

  constructor(thread: PgliteThread, budgetMs: number) {
    this.#thread = thread
    this.#connection = new PgliteThreadConnection(thread, budgetMs)
  }

  async init(): Promise<void> {
    await this.#thread.ready
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue
    let release!: () => void
    this.#queue = new Promise<void>((resolve) => (release = resolve))
    await previous
    this.#release = release
    return this.#connection
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release
    this.#release = undefined
    release?.()
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("BEGIN"))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("COMMIT"))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("ROLLBACK"))
  }

  async destroy(): Promise<void> {
    await this.#thread.close()
  }
}

/**
 * Kysely's dialect for PGlite in a worker thread (`PgliteThread`): Postgres' compiler and
 * introspector, one connection, every statement but `ANALYZE` bounded by `budgetMs`.
 */
export class PgliteThreadDialect implements Dialect {
  readonly #thread: PgliteThread
  readonly #budgetMs: number

  constructor(thread: PgliteThread, budgetMs: number) {
    this.#thread = thread
    this.#budgetMs = budgetMs
  }

  createAdapter() {
    return new PgliteThreadAdapter()
  }
  createDriver() {
    return new PgliteThreadDriver(this.#thread, this.#budgetMs)
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db)
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler()
  }
}
