import { createTenant, createTicket, EngineRuntime, getTicket, syncUser } from "@ticketflow/core/effect"
import { Effect, Layer } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { KyselyStore } from "./store-layer.ts"
import { pgliteInMemory, type TestDatabase } from "./test-databases.ts"

describe("KyselyStore.layer", () => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await pgliteInMemory()
  }, 60_000)
  afterAll(async () => {
    await database?.close()
  })

  it("runs the engine's Effect programs on the database the host opened, and leaves it open", async () => {
    const program = Effect.gen(function* () {
      const tenant = yield* createTenant({ key: "layered", name: "Layered support" })
      const user = yield* syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
      const actor = { tenantId: tenant.id, userId: user.id }
      const created = yield* createTicket(actor, { subject: "Stored through a layer" })
      return yield* getTicket(actor, created.number)
    })
    const ticket = await Effect.runPromise(Effect.provide(program, Layer.merge(EngineRuntime.layer(), KyselyStore.layer(database.db))))
    expect(ticket.subject).toBe("Stored through a layer")
    const { count } = await database.db.selectFrom("tickets").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow()
    expect(Number(count)).toBe(1)
  })
})
