import { Effect } from "effect"
import type { Ticket } from "../../domain/ticket.ts"
import type { Timer } from "../../ports/ticket-store.ts"
import { dueBreaches, markBreached } from "../../sla/clock.ts"
import { commitDraft } from "../commit.ts"
import { draftFor } from "../draft.ts"
import { fireOnDraft } from "../transition/evaluate.ts"
import { ClockService, IdGeneratorService, readStore } from "../services.ts"
import { scheduleSlaTimer } from "../timers.ts"

/** What one run of the due timers did. */
export interface TimerRun {
  readonly fired: number
  /** Timers whose ticket moved on: dropped without effect. */
  readonly dropped: number
}

/** Whether a timer still applies to the ticket as it is now. */
export function timerIsCurrent(timer: Timer, ticket: Ticket | null): ticket is Ticket {
  if (ticket === null) return false
  if (timer.kind === "status") return ticket.statusVersion === timer.ticketVersion
  const { sla } = ticket
  return sla.state === "running" && (sla.firstResponseDueAt === timer.dueAt || sla.resolutionDueAt === timer.dueAt)
}

/** Fires one due timer as the system, or drops it when stale. Returns whether it fired. */
export const runTimer = Effect.fnUntraced(function* (timer: Timer, now: Date) {
  const [ticket, tenant] = yield* Effect.all([
    readStore((s) => s.getTicket(timer.tenantId, { id: timer.ticketId })),
    readStore((s) => s.getTenant(timer.tenantId)),
  ])
  if (tenant === null || !timerIsCurrent(timer, ticket)) {
    yield* readStore((s) => s.dropTimer(timer.id))
    return false
  }
  const draft = draftFor(ticket, now.toISOString(), null)
  draft.completedTimerId = timer.id
  if (timer.kind === "status") {
    const fired = yield* fireOnDraft({ tenant, draft, roles: ["system"], event: timer.event }).pipe(
      Effect.map(() => true),
      // The workflow no longer allows the event from here (a migration changed it), or asks
      // for what a timer cannot give: drop the timer rather than retry it forever.
      Effect.catchTag(["InvalidTransition", "ValidationFailed"], () => Effect.succeed(false)),
    )
    if (!fired) {
      yield* readStore((s) => s.dropTimer(timer.id))
      return false
    }
  } else {
    const breaches = dueBreaches(ticket.sla, now)
    let sla = ticket.sla
    for (const target of breaches) {
      sla = markBreached(sla, target, now)
      draft.events.push({ type: "SlaBreached", visibility: "internal", payload: { target, dueAt: timer.dueAt } })
    }
    draft.ticket = { ...draft.ticket, sla }
    const ids = yield* IdGeneratorService
    scheduleSlaTimer(draft, ids)
    if (breaches.length === 0) {
      yield* readStore((s) => s.dropTimer(timer.id))
      return false
    }
  }
  return yield* commitDraft(draft).pipe(
    Effect.map(() => true),
    // The ticket changed while the timer ran: the next run sees whether it still applies.
    Effect.catchTag("VersionConflict", () => Effect.succeed(false)),
  )
})

/** Fires every timer due at `now` (status timers such as AUTO_CLOSE, SLA checks) and drops stale ones. */
export const runDueTimers = Effect.fnUntraced(function* (at?: Date, batchSize = 100) {
  const clock = yield* ClockService
  const now = at ?? clock.now()
  let fired = 0
  let dropped = 0
  for (;;) {
    const due = yield* readStore((s) => s.dueTimers(now, batchSize))
    if (due.length === 0) break
    for (const timer of due) {
      if (yield* runTimer(timer, now)) fired += 1
      else dropped += 1
    }
    if (due.length < batchSize) break
  }
  const run: TimerRun = { fired, dropped }
  return run
})
