import type { Calendar } from "../domain/calendar.ts"
import type { IdGenerator } from "../ports/id-generator.ts"
import { addBusinessTime } from "../sla/business-time.ts"
import { nextSlaDeadline } from "../sla/clock.ts"
import { durationToMillis } from "../sla/duration.ts"
import type { CompiledWorkflow } from "../workflow/compile.ts"
import type { Draft } from "./draft.ts"

/** The event an SLA timer carries: it checks for breaches rather than firing a transition. */
export const slaCheckEvent = "SLA_CHECK"

/**
 * Replaces the ticket's status timers with those of the status it now is in, each carrying the
 * version at which it entered the status: once the ticket moves on, they are stale.
 */
export function scheduleStatusTimers(draft: Draft, workflow: CompiledWorkflow, calendar: Calendar | null, ids: IdGenerator): void {
  draft.cancelTimers.add("status")
  const entered = new Date(draft.ticket.statusChangedAt)
  for (const timer of workflow.timersIn(draft.ticket.status)) {
    const ms = durationToMillis(timer.after)
    const dueAt = timer.clock === "business" ? addBusinessTime(calendar, entered, ms) : new Date(entered.getTime() + ms)
    draft.addTimers.push({
      id: ids.next(),
      tenantId: draft.ticket.tenantId,
      ticketId: draft.ticket.id,
      kind: "status",
      event: timer.fire,
      dueAt: dueAt.toISOString(),
      ticketVersion: draft.ticket.statusVersion,
    })
  }
}

/** Replaces the ticket's SLA check with one at its next unbreached deadline, if any. */
export function scheduleSlaTimer(draft: Draft, ids: IdGenerator): void {
  draft.cancelTimers.add("sla")
  const deadline = nextSlaDeadline(draft.ticket.sla)
  if (deadline === null) return
  draft.addTimers.push({
    id: ids.next(),
    tenantId: draft.ticket.tenantId,
    ticketId: draft.ticket.id,
    kind: "sla",
    event: slaCheckEvent,
    dueAt: deadline.toISOString(),
    ticketVersion: draft.version,
  })
}
