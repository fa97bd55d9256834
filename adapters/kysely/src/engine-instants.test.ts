import { createEngine, replayTicket } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createKyselyStore } from "./store.ts"
import { pgliteInMemory, type TestDatabase } from "./test-databases.ts"

// The store keeps instants as timestamptz and reads them back in `toISOString()` form, so the
// engine must write them in that form too, or replaying the events would not rebuild the row.
describe("instants the engine writes through the Postgres store", () => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await pgliteInMemory()
  }, 120_000)
  afterAll(async () => {
    await database?.close()
  })

  it("replays a ticket whose due date was given with an offset into its row", async () => {
    const engine = createEngine({ store: createKyselyStore(database.db) })
    const demo = await installDemo(engine)
    const ticket = await engine.createTicket(demo.bob, { subject: "Due with an offset" })
    await engine.setDueDate(demo.agent, { ticket: ticket.id, dueAt: "2026-02-01T12:00:00+03:00" })
    const row = await engine.getTicket(demo.agent, ticket.id)
    const events = await engine.listEvents(demo.agent, ticket.id)
    expect(row.dueAt).toBe("2026-02-01T09:00:00.000Z")
    expect(replayTicket(events)).toEqual(row)
  })
})
