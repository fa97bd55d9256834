// The fragments of docs/engine.md and docs/workflows.md, run in order on the demo tenant.
import { createEngine, createMemoryStore, defaultWorkflow, VersionConflict } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"

const engine = createEngine({ store: createMemoryStore() })
const demo = await installDemo(engine)
const { admin, bob: ann, agent: sam } = demo
const ticket = await engine.createTicket(ann, { subject: "Cannot log in" })
await engine.fireEvent(sam, { ticket: ticket.number, event: "START" })

// docs/engine.md: Business hours and SLA
await engine.putConfig(admin, "calendar", {
  key: "business-hours", name: "Business hours", timeZone: "Europe/Paris",
  hours: [1, 2, 3, 4, 5].map((day) => ({ day, from: "09:00", to: "18:00" })),
})
await engine.putConfig(admin, "slaPolicy", {
  key: "urgent-sla", name: "Urgent", priorityKey: "urgent", calendarKey: "business-hours",
  firstResponse: "PT1H", resolution: "PT9H",
})

// docs/engine.md: Idempotency keys
const first = await engine.createTicket(ann, { subject: "Printer on fire", idempotencyKey: "req-7f3a" })
const again = await engine.createTicket(ann, { subject: "Printer on fire", idempotencyKey: "req-7f3a" })
// again.id === first.id; no second ticket
if (again.id !== first.id) throw new Error("an idempotent replay made a second ticket")

// docs/engine.md: Expected versions
try {
  await engine.fireEvent(sam, { ticket: ticket.id, event: "REQUEUE", expectedVersion: 1 })
} catch (error) {
  if (error instanceof VersionConflict) console.log(`ticket is at v${error.actual}`)
  else throw error
}
if ((await engine.getTicket(sam, ticket.id)).status !== "in_progress") throw new Error("a stale expectedVersion changed the ticket")

// docs/engine.md: Listing tickets
let cursor: string | null = null
do {
  const page = await engine.listTickets(sam, { category: ["new", "open"], assignee: "none", sort: "-priority", cursor })
  for (const t of page.items) console.log(`#${t.number} ${t.subject}`)
  cursor = page.nextCursor
} while (cursor !== null)

// docs/workflows.md: Migrating tickets, after a second version of the default workflow
await engine.fireEvent(sam, { ticket: ticket.number, event: "SUBMIT_FOR_ACCEPTANCE" })
await engine.fireEvent(ann, { ticket: ticket.number, event: "ACCEPT" })
await engine.fireEvent(ann, { ticket: ticket.number, event: "REOPEN", comment: "It broke again." })
await engine.publishWorkflow(admin, defaultWorkflow)
const preview = await engine.migrateTickets(admin, { key: "default", fromVersion: 1, mapping: { reopened: "in_queue" }, dryRun: true })
// preview.moves: [{ ticketId, number: 1, from: "reopened", to: "in_queue" }, …], preview.applied: false
await engine.migrateTickets(admin, { key: "default", fromVersion: 1, mapping: { reopened: "in_queue" } })

const moved = await engine.getTicket(sam, ticket.number)
console.log(JSON.stringify({ preview: preview.moves.length, applied: preview.applied, status: moved.status, workflowVersion: moved.workflowVersion }))
