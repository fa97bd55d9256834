import { defaultWorkflow, type Engine, type Ticket } from "@ticketflow/core"
import type { DemoActors } from "@ticketflow/core/demo"
import { sql, type Kysely } from "kysely"
import type { Database } from "./schema.ts"

/** Publishes the default workflow again with AUTO_CLOSE after `after` (an ISO duration such as `PT2S`). */
export async function publishAutoCloseAfter(engine: Engine, demo: DemoActors, after: string): Promise<void> {
  await engine.publishWorkflow(demo.admin, {
    ...defaultWorkflow,
    timers: [{ in: "awaiting_acceptance", after, clock: "calendar", fire: "AUTO_CLOSE" }],
  })
}

/** Creates `count` tickets and walks each to awaiting_acceptance, where its AUTO_CLOSE timer starts. */
export async function ticketsAwaitingAcceptance(engine: Engine, demo: DemoActors, count: number, subject = "Timer"): Promise<Ticket[]> {
  const tickets: Ticket[] = []
  for (let i = 0; i < count; i += 1) {
    const ticket = await engine.createTicket(demo.bob, { subject: `${subject} ${i + 1}` })
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START" })
    tickets.push(await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "SUBMIT_FOR_ACCEPTANCE" }))
  }
  return tickets
}

/** How many AUTO_CLOSE status changes each ticket has, by ticket id (tickets without one are absent). */
export async function autoCloseCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const { rows } = await sql<{ ticket_id: string; fired: number }>`
    SELECT ticket_id, count(*)::int AS fired FROM events
    WHERE type = 'StatusChanged' AND payload->>'event' = 'AUTO_CLOSE' GROUP BY ticket_id`.execute(db)
  return new Map(rows.map((row) => [row.ticket_id, row.fired]))
}

/** How many timers are left, over all tickets. */
export async function timersLeft(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ left: number }>`SELECT count(*)::int AS left FROM timers`.execute(db)
  return rows[0]?.left ?? 0
}

/** Polls `check` every 100 ms until it holds or `timeoutMs` passes; answers whether it held. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return true
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Writes a timer row as an older command would have: for a status the ticket already left, say. */
export async function insertTimer(db: Kysely<Database>, timer: { id: string; tenantId: string; ticketId: string; event: string; dueAt: string; ticketVersion: number }): Promise<void> {
  await sql`INSERT INTO timers (id, tenant_id, ticket_id, kind, event, due_at, ticket_version)
    VALUES (${timer.id}, ${timer.tenantId}, ${timer.ticketId}, 'status', ${timer.event}, ${timer.dueAt}::timestamptz, ${timer.ticketVersion})`.execute(db)
}
