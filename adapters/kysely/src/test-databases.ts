import { randomUUID } from "node:crypto"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { sql, type Kysely } from "kysely"
import pg from "pg"
import { quoteIdentifier, type KyselyOptions } from "./database.ts"
import { migrate } from "./migrate.ts"
import { openPglite } from "./pglite.ts"
import { openPostgres } from "./postgres.ts"
import type { Database } from "./schema.ts"

/** A migrated database for a test file: emptied between tests, dropped at the end. */
export interface TestDatabase {
  /** What it is, for the test output: `PGlite 0.5.16 in memory`, `Postgres 15.20 at …`. */
  readonly label: string
  readonly db: Kysely<Database>
  /** Empties every table (a fresh store, without the cost of a fresh database). */
  reset(): Promise<void>
  close(): Promise<void>
}

/** A test schema on Postgres, with what the timer worker and the event feed need to reach it. */
export interface PostgresTestDatabase extends TestDatabase {
  readonly url: string
  readonly schema: string
  /** The pool under `db`, its connections working in `schema`. */
  readonly pool: pg.Pool
  /** A schema for graphile-worker's tables beside `schema`, dropped on close with it. */
  readonly workerSchema: string
}

/** The Postgres the tests use: `DATABASE_URL`, else the local server's `test` database. */
export const testDatabaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** Whether Postgres is required: in CI an unreachable server fails the run instead of skipping. */
export const postgresRequired = process.env.CI === "true"

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(unparsable DATABASE_URL)"
  }
}

/** Connects once to see whether Postgres answers: its version, or why not. */
export async function probePostgres(url: string = testDatabaseUrl): Promise<{ readonly version: string } | { readonly unreachable: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version")
    return { version: rows[0]?.server_version ?? "?" }
  } catch (error) {
    return { unreachable: error instanceof Error ? error.message || error.name : String(error) }
  } finally {
    await client.end().catch(() => {})
  }
}

const tables = [
  "sessions",
  "passwords",
  "outbox",
  "idempotency_keys",
  "timers",
  "attachments",
  "events",
  "messages",
  "ticket_number_counters",
  "tickets",
  "workflows",
  "sla_policies",
  "calendars",
  "catalog_items",
  "priorities",
  "ticket_types",
  "department_members",
  "departments",
  "organisations",
  "users",
  "tenants",
]

// One DELETE per table in one statement: far quicker than TRUNCATE on tables this small.
const deleteAll = sql.raw(`WITH ${tables.map((table) => `d_${table} AS (DELETE FROM ${table})`).join(", ")} SELECT 1`)

async function emptyTables(db: Kysely<Database>): Promise<void> {
  await deleteAll.execute(db)
}

async function pgliteVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ version: string }>`SELECT version()`.execute(db)
  return /PGlite [\d.]+/.exec(rows[0]?.version ?? "")?.[0] ?? "PGlite"
}

/** PGlite in memory, migrated. */
export async function pgliteInMemory(options: KyselyOptions = {}): Promise<TestDatabase> {
  const handle = await openPglite(options)
  await migrate(handle.db)
  return { label: `${await pgliteVersion(handle.db)} in memory`, db: handle.db, reset: () => emptyTables(handle.db), close: handle.close }
}

/** PGlite in a temporary data directory, migrated; closing removes the directory. */
export async function pgliteOnDisk(options: KyselyOptions = {}): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "ticketflow-pglite-"))
  const handle = await openPglite({ ...options, dataDir })
  await migrate(handle.db)
  return {
    label: `${await pgliteVersion(handle.db)} on disk at ${dataDir}`,
    db: handle.db,
    reset: () => emptyTables(handle.db),
    async close() {
      await handle.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * A fresh schema on the test Postgres, migrated; closing drops it. `pg_trgm` is created once in
 * `public` (on the search path after the schema), so that dropping a test schema never drops it.
 */
export async function postgresSchema(options: KyselyOptions & { readonly url?: string; readonly max?: number } = {}): Promise<PostgresTestDatabase> {
  const url = options.url ?? testDatabaseUrl
  const schema = `ticketflow_test_${randomUUID().slice(0, 8)}`
  const workerSchema = `${schema}_jobs`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query("SELECT pg_advisory_lock(7363221)")
    await admin.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    await admin.query("SELECT pg_advisory_unlock(7363221)")
    await admin.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`)
    const { rows } = await admin.query<{ server_version: string }>("SHOW server_version")
    const handle = await openPostgres({ connectionString: url, schema, max: options.max, log: options.log })
    await migrate(handle.db, { schema })
    return {
      label: `Postgres ${rows[0]?.server_version ?? "?"} at ${redactedUrl(url)} (schema ${schema})`,
      db: handle.db,
      url,
      schema,
      pool: handle.pool,
      workerSchema,
      reset: () => emptyTables(handle.db),
      async close() {
        await handle.close()
        await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(workerSchema)} CASCADE`)
        await admin.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`)
        await admin.end()
      },
    }
  } catch (error) {
    await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(workerSchema)} CASCADE`).catch(() => {})
    await admin.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`).catch(() => {})
    await admin.end().catch(() => {})
    throw error
  }
}

/**
 * Probes the test Postgres once: true (after printing why `what` is skipped) when it is
 * unreachable outside CI; with `CI=true` it answers false, and the tests fail on connecting.
 */
export async function skipWithoutPostgres(what: string): Promise<boolean> {
  const postgres = await probePostgres()
  const skip = "unreachable" in postgres && !postgresRequired
  if (skip) {
    console.warn(`${what} SKIPPED: ${redactedUrl(testDatabaseUrl)} is unreachable (${postgres.unreachable}); set DATABASE_URL, or CI=true to make this a failure`)
  }
  return skip
}
