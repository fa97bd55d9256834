import * as z from "zod"
import { Id, Instant } from "./common.ts"
import type { Ticket } from "./ticket.ts"

/** The kinds of change a ticket's history records. */
export const TicketEventType = z.enum([
  "TicketCreated",
  "StatusChanged",
  "MessagePosted",
  "NoteAdded",
  "DescriptionEdited",
  "FieldsChanged",
  "Assigned",
  "DueDateChanged",
  "SlaBreached",
  "WorkflowMigrated",
])
/** The kinds of change a ticket's history records. */
export type TicketEventType = z.infer<typeof TicketEventType>

/** Internal events (notes, SLA breaches) never reach customers. */
export const EventVisibility = z.enum(["public", "internal"])
/** Who may see an event. */
export type EventVisibility = z.infer<typeof EventVisibility>

/** One entry of a ticket's history; replaying `changes` in order rebuilds the ticket row. */
export const TicketEvent = z.object({
  id: Id,
  tenantId: Id,
  ticketId: Id,
  /** The ticket version this event produced. */
  version: z.number().int().positive(),
  /** Its place among the events of one command. */
  seq: z.number().int().nonnegative(),
  type: TicketEventType,
  /** Null for the system (timers, triggers). */
  actorId: Id.nullable(),
  at: Instant,
  visibility: EventVisibility,
  payload: z.record(z.string(), z.unknown()),
  /** The ticket fields this event set. */
  changes: z.record(z.string(), z.unknown()),
})
/** One entry of a ticket's history. */
export type TicketEvent = Omit<z.infer<typeof TicketEvent>, "changes"> & {
  readonly changes: Partial<Ticket>
}

/** Rebuilds a ticket row from its events, in version and sequence order. */
export function replayTicket(events: ReadonlyArray<TicketEvent>): Ticket {
  const ordered = [...events].sort((a, b) => a.version - b.version || a.seq - b.seq)
  const row: Partial<Ticket> = {}
  for (const event of ordered) Object.assign(row, structuredClone(event.changes))
  return row as Ticket
}
