import * as z from "zod"
import { TicketEvent } from "../domain/event.ts"
import type { TicketEvent as TicketEventType } from "../domain/event.ts"

/** Ticket fields an event's `changes` never shows: the bookkeeping `TicketView` leaves out too. */
const hiddenChanges: ReadonlySet<string> = new Set(["tenantId", "statusVersion", "previousStatus"])

/**
 * One entry of a ticket's history as the API shows it: without `tenantId`, its `changes`
 * without the ticket's bookkeeping fields.
 */
export const EventView = TicketEvent.omit({ tenantId: true })
/** One entry of a ticket's history as the API shows it. */
export type EventView = z.infer<typeof EventView>

/** An event as the API shows it. */
export function toEventView(event: TicketEventType): EventView {
  const { tenantId: _tenant, changes, payload, ...rest } = event
  const shown = Object.entries(changes).filter(([field]) => !hiddenChanges.has(field))
  return { ...rest, payload: { ...payload }, changes: Object.fromEntries(shown) }
}
