import type { Kysely } from "kysely"
import { Migrator } from "kysely/migration"
import { migrationProvider } from "./migrations/index.ts"
import type { Database } from "./schema.ts"
import { analyzeStaleTables } from "./statistics.ts"

/** Options of `migrate`. */
export interface MigrateOptions {
  /** The schema the migrations' own bookkeeping table lives in, when not the first of the search path. */
  readonly schema?: string | undefined
}

/**
 * Runs every pending migration; throws the first failure (after the Migrator rolled it back).
 * Then analyses the tables whose statistics are missing or stale (PGlite has no autovacuum to do it).
 */
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
  await analyzeStaleTables(db)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
