import { authStoreContract, makeTenant, makeUser } from "@ticketflow/core/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createKyselyAuthStore } from "./auth-store.ts"
import { createKyselyStore } from "./store.ts"
import { pgliteInMemory, postgresSchema, skipWithoutPostgres, type TestDatabase } from "./test-databases.ts"

// One migrated database per kind for the file, emptied before each test.
function authContractOn(kind: string, open: () => Promise<TestDatabase>): void {
  describe(kind, () => {
    let database: TestDatabase | null = null
    beforeAll(async () => {
      database = await open()
      console.info(`auth store contract on ${database.label}`)
    }, 120_000)
    afterAll(async () => {
      await database?.close()
    })
    authStoreContract(kind, async () => {
      if (database === null) throw new Error(`${kind} did not open`)
      await database.reset()
      const tickets = createKyselyStore(database.db)
      return {
        store: createKyselyAuthStore(database.db),
        // Passwords and sessions belong to users (a foreign key): the suite's users are created first.
        async addUser(tenantId, userId) {
          if ((await tickets.getTenant(tenantId)) === null) await tickets.putTenant(makeTenant({ id: tenantId }))
          await tickets.putUser(makeUser(tenantId, { id: userId }))
        },
      }
    })

    it("refuses credentials of a user it does not know", async () => {
      if (database === null) throw new Error(`${kind} did not open`)
      const auth = createKyselyAuthStore(database.db)
      await expect(auth.setPasswordHash("no-tenant", "no-user", "$scrypt$x")).rejects.toMatchObject({ code: "23503" })
    })
  })
}

authContractOn("PGlite in memory", () => pgliteInMemory())

const skip = await skipWithoutPostgres("auth store contract on Postgres")
describe.skipIf(skip)("Postgres", () => {
  authContractOn("Postgres", () => postgresSchema())
})
