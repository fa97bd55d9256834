import type { TicketSlaView } from "@ticketflow/hono/client"

/** How one SLA target stands, for its badge. */
export type SlaStanding =
  | { readonly kind: "none" }
  | { readonly kind: "met" }
  | { readonly kind: "breached"; readonly at: string }
  | { readonly kind: "paused"; readonly remainingMs: number | null }
  | { readonly kind: "due" | "atRisk"; readonly dueAt: string; readonly leftMs: number }

/** The share of the target left under which a running clock counts as at risk. */
export const atRiskShare = 0.25
/** At risk at the latest this long before it is due, whatever the target. */
export const atRiskFloorMs = 60 * 60_000

/** Milliseconds of an ISO 8601 duration's time and day parts (P1DT4H → 28 h). */
export function durationMs(duration: string | null): number | null {
  if (duration === null) return null
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration)
  if (match === null) return null
  const [w, d, h, m, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number]
  return ((((w * 7 + d) * 24 + h) * 60 + m) * 60 + s) * 1000
}

/**
 * Where one target of a ticket's SLA stands at `now`: breached once a breach is recorded or
 * the due instant has passed, at risk in the last quarter of the target (or the last hour),
 * paused while the clock waits for the customer, met when it stopped unbreached.
 */
export function slaStanding(sla: TicketSlaView, target: "firstResponse" | "resolution", now: Date, done = false): SlaStanding {
  const targetDuration = target === "firstResponse" ? sla.firstResponseTarget : sla.resolutionTarget
  if (targetDuration === null) return { kind: "none" }
  const breachedAt = target === "firstResponse" ? sla.firstResponseBreachedAt : sla.resolutionBreachedAt
  if (breachedAt !== null) return { kind: "breached", at: breachedAt }
  const dueAt = target === "firstResponse" ? sla.firstResponseDueAt : sla.resolutionDueAt
  if (done || sla.state === "stopped") return { kind: "met" }
  if (sla.state === "paused" || dueAt === null) {
    return { kind: "paused", remainingMs: target === "firstResponse" ? sla.firstResponseRemainingMs : sla.resolutionRemainingMs }
  }
  const leftMs = new Date(dueAt).getTime() - now.getTime()
  if (leftMs <= 0) return { kind: "breached", at: dueAt }
  const total = durationMs(targetDuration)
  const threshold = Math.max(atRiskFloorMs, total === null ? 0 : total * atRiskShare)
  return { kind: leftMs <= threshold ? "atRisk" : "due", dueAt, leftMs }
}
