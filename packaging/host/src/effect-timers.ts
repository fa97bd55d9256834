import { Effect } from "effect"
import { createMemoryStore, manualClock, type Actor } from "@ticketflow/core"
import { ClockService, createTenant, createTicket, engineContext, fireEvent, runDueTimers, syncUser } from "@ticketflow/core/effect"

/** Fires CLOSE, turning the errors a user can cause into a sentence. */
const closeOrExplain = (actor: Actor, ticket: number) =>
  fireEvent(actor, { ticket, event: "CLOSE" }).pipe(
    Effect.map((closed) => `closed as ${closed.resolution}`),
    Effect.catchTags({
      InvalidTransition: (error) => Effect.succeed(`not now; allowed: ${error.allowed.join(", ")}`),
      TicketNotFound: () => Effect.succeed("no such ticket"),
    }),
  )

const clock = manualClock("2026-01-05T10:00:00.000Z")
const context = engineContext({ store: createMemoryStore(), clock })

const program = Effect.gen(function* () {
  const tenant = yield* createTenant({ key: "acme-support", name: "Acme Support" })
  const customer = yield* syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
  const agent = yield* syncUser(tenant.id, { email: "sam@example.com", name: "Sam", kind: "agent" })
  const ann = { tenantId: tenant.id, userId: customer.id }
  const sam = { tenantId: tenant.id, userId: agent.id }
  const ticket = yield* createTicket(ann, { subject: "Invoice missing" })
  yield* fireEvent(sam, { ticket: ticket.id, event: "START" })
  yield* fireEvent(sam, { ticket: ticket.id, event: "SUBMIT_FOR_ACCEPTANCE" })
  clock.advance(8 * 24 * 60 * 60 * 1000) // past the 7-day acceptance window
  const run = yield* runDueTimers() // { fired: 1, dropped: 0 }: AUTO_CLOSE
  const now = (yield* ClockService).now()
  return { run, now, again: yield* closeOrExplain(ann, ticket.number), missing: yield* closeOrExplain(ann, 999) }
})

console.log(await Effect.runPromise(Effect.provideContext(program, context)))
// again: "not now; allowed: REOPEN", missing: "no such ticket"
