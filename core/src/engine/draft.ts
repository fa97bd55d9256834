import type { TicketEvent, TicketEventType } from "../domain/event.ts"
import type { Message } from "../domain/message.ts"
import type { Ticket } from "../domain/ticket.ts"
import type { IdGenerator } from "../ports/id-generator.ts"
import type { IdempotencyRecord, TicketChange, Timer } from "../ports/ticket-store.ts"

/** An event a command records, before it gets its id, version and place. */
export interface PendingEvent {
  readonly type: TicketEventType
  readonly visibility: "public" | "internal"
  readonly payload: Record<string, unknown>
}

/**
 * What one command is about to write: the ticket being changed and everything that goes in
 * the same transaction. Commands fill it; `finishDraft` turns it into a `TicketChange`.
 */
export interface Draft {
  readonly before: Ticket | null
  ticket: Ticket
  readonly version: number
  readonly at: string
  readonly actorId: string | null
  readonly events: PendingEvent[]
  readonly newMessages: Message[]
  readonly editedMessages: Message[]
  readonly linkedAttachments: Array<{ attachmentId: string; messageId: string }>
  readonly cancelTimers: Set<Timer["kind"]>
  readonly addTimers: Timer[]
  completedTimerId?: string
  idempotency?: IdempotencyRecord
}

/** Starts a change of an existing ticket; the draft's ticket carries the next version. */
export function draftFor(before: Ticket, at: string, actorId: string | null): Draft {
  const version = before.version + 1
  return emptyDraft(before, { ...before, version, updatedAt: at }, at, actorId)
}

/** Starts the creation of a ticket. */
export function draftForNew(ticket: Ticket, actorId: string | null): Draft {
  return emptyDraft(null, ticket, ticket.createdAt, actorId)
}

function emptyDraft(before: Ticket | null, ticket: Ticket, at: string, actorId: string | null): Draft {
  return {
    before,
    ticket,
    version: ticket.version,
    at,
    actorId,
    events: [],
    newMessages: [],
    editedMessages: [],
    linkedAttachments: [],
    cancelTimers: new Set(),
    addTimers: [],
  }
}

/** The fields of `after` that differ from `before` (all of them for a new ticket). */
export function diffTicket(before: Ticket | null, after: Ticket): Partial<Ticket> {
  if (before === null) return structuredClone(after)
  const changes: Record<string, unknown> = {}
  for (const field of Object.keys(after) as Array<keyof Ticket>) {
    const a = before[field]
    const b = after[field]
    if (a === b) continue
    if (typeof a === "object" && a !== null && typeof b === "object" && b !== null && JSON.stringify(a) === JSON.stringify(b)) {
      continue
    }
    changes[field] = typeof b === "object" && b !== null ? structuredClone(b) : b
  }
  return changes as Partial<Ticket>
}

/** Turns a draft into the change the store commits; the field changes ride on the first event. */
export function finishDraft(draft: Draft, ids: IdGenerator): TicketChange {
  const changes = diffTicket(draft.before, draft.ticket)
  const events: TicketEvent[] = draft.events.map((event, seq) => ({
    id: ids.next(),
    tenantId: draft.ticket.tenantId,
    ticketId: draft.ticket.id,
    version: draft.version,
    seq,
    type: event.type,
    actorId: draft.actorId,
    at: draft.at,
    visibility: event.visibility,
    payload: event.payload,
    changes: seq === 0 ? changes : {},
  }))
  return {
    tenantId: draft.ticket.tenantId,
    ticket: draft.ticket,
    expectedVersion: draft.before?.version ?? null,
    events,
    newMessages: draft.newMessages,
    editedMessages: draft.editedMessages,
    linkedAttachments: draft.linkedAttachments,
    cancelTimers: [...draft.cancelTimers],
    addTimers: draft.addTimers,
    completedTimerId: draft.completedTimerId,
    idempotency: draft.idempotency,
  }
}
