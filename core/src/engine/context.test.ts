import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"
import { manualClock } from "../ports/clock.ts"
import { createTenant } from "./commands/users.ts"
import { syncUser } from "./commands/users.ts"
import { createTicket } from "./commands/create-ticket.ts"
import { EngineRuntime, MemoryStore } from "./context.ts"
import { listTickets } from "./queries/tickets.ts"

describe("the engine's services as Layers", () => {
  it("runs the Effect programs on EngineRuntime.layer merged with a store's layer", async () => {
    const clock = manualClock("2026-12-01T09:00:00.000Z")
    const program = Effect.gen(function* () {
      const tenant = yield* createTenant({ key: "layered", name: "Layered support" })
      const user = yield* syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
      const actor = { tenantId: tenant.id, userId: user.id }
      const ticket = yield* createTicket(actor, { subject: "Through layers" })
      const page = yield* listTickets(actor, {})
      return { ticket, page }
    })
    const { ticket, page } = await Effect.runPromise(Effect.provide(program, Layer.merge(EngineRuntime.layer({ clock }), MemoryStore.layer)))
    expect(ticket.createdAt).toBe("2026-12-01T09:00:00.000Z")
    expect(page.items.map((t) => t.id)).toEqual([ticket.id])
  })

  it("builds a fresh store each time the layer is built", async () => {
    const count = Effect.gen(function* () {
      const tenant = yield* createTenant({ key: "fresh", name: "Fresh" })
      const user = yield* syncUser(tenant.id, { email: "bo@example.com", name: "Bo", kind: "customer" })
      yield* createTicket({ tenantId: tenant.id, userId: user.id }, { subject: "One" })
      return (yield* listTickets({ tenantId: tenant.id, userId: user.id }, {})).items.length
    })
    const live = Layer.merge(EngineRuntime.layer(), MemoryStore.layer)
    // The same tenant key twice: each run has its own store, so each sees one ticket.
    expect(await Effect.runPromise(Effect.provide(count, live))).toBe(1)
    expect(await Effect.runPromise(Effect.provide(count, live))).toBe(1)
  })
})
