import type { TicketSlaView } from "@ticketflow/hono/client"
import { describe, expect, it } from "vitest"
import { durationMs, slaStanding } from "./sla-state.ts"

const base: TicketSlaView = {
  policyKey: "high-sla",
  calendarKey: "business-hours",
  state: "running",
  firstResponseTarget: "PT4H",
  resolutionTarget: "PT27H",
  firstResponseDueAt: "2026-03-02T14:00:00.000Z",
  resolutionDueAt: "2026-03-05T10:00:00.000Z",
  firstResponseRemainingMs: null,
  resolutionRemainingMs: null,
  firstResponseBreachedAt: null,
  resolutionBreachedAt: null,
}
const at = (iso: string) => new Date(iso)

describe("SLA standing", () => {
  it("reads ISO durations", () => {
    expect(durationMs("PT4H")).toBe(4 * 3600_000)
    expect(durationMs("P1DT12H")).toBe(36 * 3600_000)
    expect(durationMs("P1W")).toBe(7 * 24 * 3600_000)
    expect(durationMs("nonsense")).toBeNull()
  })

  it("is due while plenty of time is left, at risk in the last quarter, breached after", () => {
    expect(slaStanding(base, "firstResponse", at("2026-03-02T10:00:00.000Z"))).toMatchObject({ kind: "due", leftMs: 4 * 3600_000 })
    expect(slaStanding(base, "firstResponse", at("2026-03-02T13:01:00.000Z"))).toMatchObject({ kind: "atRisk" })
    expect(slaStanding(base, "firstResponse", at("2026-03-02T14:00:01.000Z"))).toEqual({ kind: "breached", at: "2026-03-02T14:00:00.000Z" })
  })

  it("is breached once the engine recorded a breach, even while paused", () => {
    expect(slaStanding({ ...base, state: "paused", resolutionBreachedAt: "2026-03-04T00:00:00.000Z" }, "resolution", at("2026-03-01T00:00:00.000Z"))).toEqual({
      kind: "breached",
      at: "2026-03-04T00:00:00.000Z",
    })
  })

  it("is paused while the clock waits, with the time that was left", () => {
    const paused = { ...base, state: "paused" as const, resolutionDueAt: null, resolutionRemainingMs: 5 * 3600_000 }
    expect(slaStanding(paused, "resolution", at("2026-03-03T00:00:00.000Z"))).toEqual({ kind: "paused", remainingMs: 5 * 3600_000 })
  })

  it("is met when stopped or done, none without a target", () => {
    expect(slaStanding({ ...base, state: "stopped" }, "resolution", at("2026-03-03T00:00:00.000Z"))).toEqual({ kind: "met" })
    expect(slaStanding(base, "firstResponse", at("2026-03-02T10:00:00.000Z"), true)).toEqual({ kind: "met" })
    expect(slaStanding({ ...base, firstResponseTarget: null }, "firstResponse", at("2026-03-02T10:00:00.000Z"))).toEqual({ kind: "none" })
  })
})
