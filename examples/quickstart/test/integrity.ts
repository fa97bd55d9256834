import type { Database } from "@ticketflow/kysely"
import { sql, type Kysely } from "kysely"
import type { AcknowledgedWrite } from "./write-load.ts"

/** What the database holds of a load, checked after the faults. */
export interface IntegrityReport {
  /** Acknowledged writes looked for. */
  readonly checked: number
  /** Acknowledged writes not found: must be 0. */
  readonly lost: ReadonlyArray<AcknowledgedWrite>
  /** Tickets without their `TicketCreated` event, or whose version is not their last event's. */
  readonly ticketsWithoutHistory: number
  /** Messages of a ticket that does not exist. */
  readonly orphanMessages: number
}

/**
 * Looks for every acknowledged write in the database, and for rows a half-done write would leave:
 * a ticket without its creation event or with events missing, a message without its ticket.
 */
export async function checkIntegrity(db: Kysely<Database>, acknowledged: ReadonlyArray<AcknowledgedWrite>): Promise<IntegrityReport> {
  const ticketIds = acknowledged.filter((write) => write.kind === "ticket").map((write) => write.id)
  const messageIds = acknowledged.filter((write) => write.kind === "message").map((write) => write.id)
  const { rows: tickets } = await sql<{ id: string }>`SELECT id FROM tickets WHERE id = ANY(${ticketIds}::text[])`.execute(db)
  const { rows: messages } = await sql<{ id: string }>`SELECT id FROM messages WHERE id = ANY(${messageIds}::text[])`.execute(db)
  const found = new Set([...tickets, ...messages].map((row) => row.id))
  const { rows: history } = await sql<{ count: string }>`
    SELECT count(*) AS count FROM tickets t
    WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.tenant_id = t.tenant_id AND e.ticket_id = t.id AND e.type = 'TicketCreated')
       OR t.version <> (SELECT max(e.version) FROM events e WHERE e.tenant_id = t.tenant_id AND e.ticket_id = t.id)`.execute(db)
  const { rows: orphans } = await sql<{ count: string }>`
    SELECT count(*) AS count FROM messages m
    WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.tenant_id = m.tenant_id AND t.id = m.ticket_id)`.execute(db)
  return {
    checked: acknowledged.length,
    lost: acknowledged.filter((write) => !found.has(write.id)),
    ticketsWithoutHistory: Number(history[0]?.count ?? 0),
    orphanMessages: Number(orphans[0]?.count ?? 0),
  }
}
