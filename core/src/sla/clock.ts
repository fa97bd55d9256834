import type { Calendar } from "../domain/calendar.ts"
import type { SlaPolicy } from "../domain/sla-policy.ts"
import type { SlaClockState, StatusCategory, TicketSla } from "../domain/ticket.ts"
import { addBusinessTime, businessTimeBetween } from "./business-time.ts"
import { durationToMillis } from "./duration.ts"

/** One of the two SLA targets a ticket can breach. */
export type SlaTarget = "first_response" | "resolution"

/** The SLA of a ticket no policy applies to. */
export const noSla: TicketSla = Object.freeze({
  policyKey: null,
  calendarKey: null,
  state: "none",
  firstResponseTarget: null,
  resolutionTarget: null,
  firstResponseDueAt: null,
  resolutionDueAt: null,
  firstResponseRemainingMs: null,
  resolutionRemainingMs: null,
  firstResponseBreachedAt: null,
  resolutionBreachedAt: null,
})

/** What startSla needs: the matched policy, its calendar (null = 24/7), when and in which status category. */
export interface StartSlaInput {
  readonly policy: SlaPolicy | undefined
  readonly calendar: Calendar | null
  readonly at: Date
  readonly category: StatusCategory
}

/** A new ticket's SLA: due instants in the calendar's business time, paused in pending, stopped in closed. */
export function startSla(input: StartSlaInput): TicketSla {
  const { policy, calendar, at, category } = input
  if (policy === undefined) return noSla
  // A policy bound to a calendar must be measured on that calendar, not silently on 24/7 time.
  if (policy.calendarKey !== null && calendar?.key !== policy.calendarKey) {
    throw new Error(
      `SLA policy "${policy.key}" runs on calendar "${policy.calendarKey}" but got ${describe(calendar)}`,
    )
  }
  const clock: TicketSla = {
    ...noSla,
    policyKey: policy.key,
    // The caller may pass a tenant default calendar for a policy without one; remember which was used.
    calendarKey: calendar?.key ?? null,
    state: "stopped",
    firstResponseTarget: policy.firstResponse,
    resolutionTarget: policy.resolution,
  }
  return enter(clock, calendar, stateOf(category), at, {
    firstResponse: millisOf(policy.firstResponse),
    resolution: millisOf(policy.resolution),
  })
}

/** The SLA on entering a status of `category`: pause, resume, stop, or restart on reopen. */
export function onStatusCategory(
  sla: TicketSla,
  calendar: Calendar | null,
  category: StatusCategory,
  at: Date,
): TicketSla {
  const next = stateOf(category)
  if (sla.state === "none" || sla.state === next) return sla
  if (next === "stopped") return stopped(sla)
  checkCalendar(sla, calendar)
  if (sla.state === "stopped") {
    // Reopen: a fresh resolution clock. First response stays as it was (met or cleared when stopping).
    // The old resolution breach is cleared so the new clock can breach; SlaBreached events keep history.
    return enter({ ...sla, resolutionBreachedAt: null }, calendar, next, at, {
      firstResponse: null,
      resolution: millisOf(sla.resolutionTarget),
    })
  }
  if (next === "paused") {
    // A due instant already passed leaves 0 (businessTimeBetween never goes negative).
    return {
      ...sla,
      state: "paused",
      firstResponseDueAt: null,
      resolutionDueAt: null,
      firstResponseRemainingMs: remainingUntil(calendar, at, sla.firstResponseDueAt),
      resolutionRemainingMs: remainingUntil(calendar, at, sla.resolutionDueAt),
    }
  }
  return enter(sla, calendar, "running", at, {
    firstResponse: sla.firstResponseRemainingMs,
    resolution: sla.resolutionRemainingMs,
  })
}

/** The SLA once the team has first responded: that clock ends; a breach already recorded stays. */
export function recordFirstResponse(sla: TicketSla): TicketSla {
  if (sla.firstResponseDueAt === null && sla.firstResponseRemainingMs === null) return sla
  return { ...sla, firstResponseDueAt: null, firstResponseRemainingMs: null }
}

/** The targets of a running clock that are due at `at` and not yet marked breached. */
export function dueBreaches(sla: TicketSla, at: Date): Array<SlaTarget> {
  if (sla.state !== "running") return []
  const now = at.getTime()
  const due: Array<SlaTarget> = []
  if (isDue(sla.firstResponseDueAt, sla.firstResponseBreachedAt, now)) due.push("first_response")
  if (isDue(sla.resolutionDueAt, sla.resolutionBreachedAt, now)) due.push("resolution")
  return due
}

/** The SLA with `target` marked breached at `at`; the first recorded breach time is kept. */
export function markBreached(sla: TicketSla, target: SlaTarget, at: Date): TicketSla {
  if (target === "first_response") {
    return sla.firstResponseBreachedAt === null ? { ...sla, firstResponseBreachedAt: at.toISOString() } : sla
  }
  return sla.resolutionBreachedAt === null ? { ...sla, resolutionBreachedAt: at.toISOString() } : sla
}

/** The earliest unbreached due instant of a running clock, for the engine's SLA timer; null when none. */
export function nextSlaDeadline(sla: TicketSla): Date | null {
  if (sla.state !== "running") return null
  let next: number | null = null
  for (const [dueAt, breachedAt] of [
    [sla.firstResponseDueAt, sla.firstResponseBreachedAt],
    [sla.resolutionDueAt, sla.resolutionBreachedAt],
  ] as const) {
    if (dueAt === null || breachedAt !== null) continue
    const t = Date.parse(dueAt)
    if (next === null || t < next) next = t
  }
  return next === null ? null : new Date(next)
}

function stateOf(category: StatusCategory): Exclude<SlaClockState, "none"> {
  switch (category) {
    case "new":
    case "open":
      return "running"
    case "pending":
      return "paused"
    case "closed":
      return "stopped"
  }
}

/** Puts the clock in `state` with the given business ms left per target (null = target absent or met). */
function enter(
  sla: TicketSla,
  calendar: Calendar | null,
  state: Exclude<SlaClockState, "none">,
  at: Date,
  left: { readonly firstResponse: number | null; readonly resolution: number | null },
): TicketSla {
  if (state === "stopped") return stopped(sla)
  if (state === "paused") {
    return {
      ...sla,
      state,
      firstResponseDueAt: null,
      resolutionDueAt: null,
      firstResponseRemainingMs: left.firstResponse,
      resolutionRemainingMs: left.resolution,
    }
  }
  return {
    ...sla,
    state,
    firstResponseDueAt: dueAfter(calendar, at, left.firstResponse),
    resolutionDueAt: dueAfter(calendar, at, left.resolution),
    firstResponseRemainingMs: null,
    resolutionRemainingMs: null,
  }
}

function stopped(sla: TicketSla): TicketSla {
  return {
    ...sla,
    state: "stopped",
    firstResponseDueAt: null,
    resolutionDueAt: null,
    firstResponseRemainingMs: null,
    resolutionRemainingMs: null,
  }
}

function millisOf(target: string | null): number | null {
  return target === null ? null : durationToMillis(target)
}

function dueAfter(calendar: Calendar | null, at: Date, ms: number | null): string | null {
  return ms === null ? null : addBusinessTime(calendar, at, ms).toISOString()
}

function remainingUntil(calendar: Calendar | null, at: Date, dueAt: string | null): number | null {
  return dueAt === null ? null : businessTimeBetween(calendar, at, new Date(dueAt))
}

function isDue(dueAt: string | null, breachedAt: string | null, now: number): boolean {
  return dueAt !== null && breachedAt === null && Date.parse(dueAt) <= now
}

/** Pausing or resuming on another calendar than the clock started on would shift its deadlines. */
function checkCalendar(sla: TicketSla, calendar: Calendar | null): void {
  if (sla.calendarKey !== (calendar?.key ?? null)) {
    const runsOn = sla.calendarKey === null ? "24/7 time" : `calendar "${sla.calendarKey}"`
    throw new Error(`the SLA clock runs on ${runsOn} but got ${describe(calendar)}`)
  }
}

function describe(calendar: Calendar | null): string {
  return calendar === null ? "no calendar" : `calendar "${calendar.key}"`
}
