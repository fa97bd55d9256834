import { Effect } from "effect"
import { createMemoryStore } from "@ticketflow/core"
import { createTenant, createTicket, engineContext, fireEvent, listTickets, syncUser } from "@ticketflow/core/effect"

/** The embedding of embed.ts written as one Effect program. */
export const program = Effect.gen(function* () {
  const tenant = yield* createTenant({ key: "acme-support", name: "Acme Support" })
  const customer = yield* syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
  const agent = yield* syncUser(tenant.id, { email: "sam@example.com", name: "Sam", kind: "agent" })
  const ann = { tenantId: tenant.id, userId: customer.id }
  const sam = { tenantId: tenant.id, userId: agent.id }
  const ticket = yield* createTicket(ann, { subject: "Cannot log in" })
  yield* fireEvent(sam, { ticket: ticket.id, event: "START" }).pipe(
    // Tagged errors are values: recover from the one you expect by its tag.
    Effect.catchTag("InvalidTransition", (error) => Effect.logWarning(error.message)),
  )
  return yield* listTickets(sam, { status: "in_progress" })
})

/** Runs the program on an in-memory store. */
export const run = () => Effect.runPromise(Effect.provideContext(program, engineContext({ store: createMemoryStore() })))

const page = await run()
console.log(JSON.stringify({ inProgress: page.items.length }))
