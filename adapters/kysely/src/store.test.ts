import { storeContract } from "@ticketflow/core/testing"
import { afterAll, beforeAll, describe } from "vitest"
import { createKyselyStore } from "./store.ts"
import {
  pgliteInMemory,
  pgliteOnDisk,
  postgresRequired,
  postgresSchema,
  probePostgres,
  redactedUrl,
  testDatabaseUrl,
  type TestDatabase,
} from "./test-databases.ts"

// One migrated database per store kind for the whole file, emptied before each test: a fresh
// PGlite per test would cost a second or two each.
function contractOn(kind: string, open: () => Promise<TestDatabase>): void {
  describe(kind, () => {
    let database: TestDatabase | null = null
    beforeAll(async () => {
      database = await open()
      console.info(`contract suite on ${database.label}`)
    }, 120_000)
    afterAll(async () => {
      await database?.close()
    })
    storeContract(kind, async () => {
      if (database === null) throw new Error(`${kind} did not open`)
      await database.reset()
      return { store: createKyselyStore(database.db) }
    })
  })
}

contractOn("PGlite in memory", () => pgliteInMemory())
contractOn("PGlite on disk", () => pgliteOnDisk())

const postgres = await probePostgres()
const skipPostgres = "unreachable" in postgres && !postgresRequired
if (skipPostgres) {
  console.warn(`contract suite on Postgres SKIPPED: ${redactedUrl(testDatabaseUrl)} is unreachable (${postgres.unreachable}); set DATABASE_URL, or CI=true to make this a failure`)
}
describe.skipIf(skipPostgres)("Postgres", () => {
  // With CI=true an unreachable server lands here and fails in postgresSchema.
  contractOn(`Postgres at ${redactedUrl(testDatabaseUrl)}`, () => postgresSchema({ max: 20 }))
})
