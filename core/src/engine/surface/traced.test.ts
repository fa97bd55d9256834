import { Effect, Layer, Tracer } from "effect"
import { describe, expect, it } from "vitest"
import { EngineRuntime, MemoryStore } from "../context.ts"
import { tracedPrograms } from "./traced.ts"

describe("the Effect API's spans", () => {
  it("runs every command in a ticketflow.<name> span that the host's tracer records", async () => {
    const names: string[] = []
    const recording = Tracer.make({
      span(options) {
        names.push(options.name)
        return Tracer.nativeTracer.span(options)
      },
    })
    const { createTenant, syncUser, createTicket, getTicket } = tracedPrograms
    const program = Effect.gen(function* () {
      const tenant = yield* createTenant({ key: "traced", name: "Traced" })
      const user = yield* syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
      const actor = { tenantId: tenant.id, userId: user.id }
      const ticket = yield* createTicket(actor, { subject: "Seen by the tracer" })
      return yield* getTicket(actor, ticket.id)
    })
    const live = Layer.merge(EngineRuntime.layer(), MemoryStore.layer)
    await Effect.runPromise(program.pipe(Effect.provide(live), Effect.withTracer(recording)))
    expect(names).toEqual(["ticketflow.createTenant", "ticketflow.syncUser", "ticketflow.createTicket", "ticketflow.getTicket"])
  })
})
