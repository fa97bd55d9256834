import { DateTime } from "luxon"
import { describe, expect, it } from "vitest"
import { Calendar } from "../domain/calendar.ts"
import { SlaPolicy } from "../domain/sla-policy.ts"
import { TicketSla } from "../domain/ticket.ts"
import {
  dueBreaches,
  markBreached,
  nextSlaDeadline,
  noSla,
  onStatusCategory,
  recordFirstResponse,
  startSla,
} from "./clock.ts"

const HOUR = 3_600_000

const moscow = Calendar.parse({
  key: "moscow",
  name: "Moscow office",
  timeZone: "Europe/Moscow",
  hours: [1, 2, 3, 4, 5].map((day) => ({ day, from: "10:00", to: "19:00" })),
})

const policy = SlaPolicy.parse({
  key: "high",
  name: "High priority",
  priorityKey: "high",
  calendarKey: "moscow",
  firstResponse: "PT4H",
  resolution: "PT8H",
})

/** A Moscow wall-clock time; 2026-01-19 is a Monday. */
function msk(iso: string): Date {
  return DateTime.fromISO(iso, { zone: "Europe/Moscow" }).toJSDate()
}

function iso(local: string): string {
  return msk(local).toISOString()
}

/** Every clock the functions return must still be a valid TicketSla row. */
function valid(sla: TicketSla): TicketSla {
  return TicketSla.parse(sla)
}

function started(at = "2026-01-19T10:00"): TicketSla {
  return valid(startSla({ policy, calendar: moscow, at: msk(at), category: "new" }))
}

describe("startSla", () => {
  it("is noSla without a policy", () => {
    const at = msk("2026-01-19T10:00")
    expect(startSla({ policy: undefined, calendar: moscow, at, category: "new" })).toBe(noSla)
    expect(valid(noSla).state).toBe("none")
  })

  it("runs with due instants in business time", () => {
    const sla = started("2026-01-16T17:00")
    expect(sla).toEqual({
      policyKey: "high",
      calendarKey: "moscow",
      state: "running",
      firstResponseTarget: "PT4H",
      resolutionTarget: "PT8H",
      firstResponseDueAt: iso("2026-01-19T12:00"),
      resolutionDueAt: iso("2026-01-19T16:00"),
      firstResponseRemainingMs: null,
      resolutionRemainingMs: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
    })
  })

  it("starts paused in pending with the full targets left, and stopped in closed", () => {
    const at = msk("2026-01-19T10:00")
    const paused = valid(startSla({ policy, calendar: moscow, at, category: "pending" }))
    expect(paused).toMatchObject({
      state: "paused",
      firstResponseDueAt: null,
      resolutionDueAt: null,
      firstResponseRemainingMs: 4 * HOUR,
      resolutionRemainingMs: 8 * HOUR,
    })
    const stopped = valid(startSla({ policy, calendar: moscow, at, category: "closed" }))
    expect(stopped).toMatchObject({
      state: "stopped",
      firstResponseDueAt: null,
      resolutionDueAt: null,
      firstResponseRemainingMs: null,
      resolutionRemainingMs: null,
    })
  })

  it("measures 24/7 time without a calendar and leaves absent targets null", () => {
    const anyTime = SlaPolicy.parse({ key: "any", name: "Any", priorityKey: "low", resolution: "P1D" })
    const at = new Date("2026-01-17T12:00:00.000Z")
    const sla = valid(startSla({ policy: anyTime, calendar: null, at, category: "open" }))
    expect(sla.calendarKey).toBeNull()
    expect(sla.firstResponseDueAt).toBeNull()
    expect(sla.resolutionDueAt).toBe("2026-01-18T12:00:00.000Z")
  })

  it("refuses another calendar than the policy's", () => {
    const at = msk("2026-01-19T10:00")
    expect(() => startSla({ policy, calendar: null, at, category: "new" })).toThrow(/calendar "moscow"/)
    expect(() => startSla({ policy, calendar: { ...moscow, key: "paris" }, at, category: "new" })).toThrow(
      /calendar "moscow"/,
    )
  })
})

describe("onStatusCategory", () => {
  it("keeps the remaining business time across a pause", () => {
    const sla = recordFirstResponse(started())
    // Resolution is due Monday 18:00; pausing at 16:00 leaves 2 business hours.
    const paused = valid(onStatusCategory(sla, moscow, "pending", msk("2026-01-19T16:00")))
    expect(paused).toMatchObject({
      state: "paused",
      resolutionDueAt: null,
      resolutionRemainingMs: 2 * HOUR,
      firstResponseDueAt: null,
      firstResponseRemainingMs: null,
    })
    // Resumed a day later, it is due 2 business hours after the resume.
    const resumed = valid(onStatusCategory(paused, moscow, "open", msk("2026-01-20T16:00")))
    expect(resumed).toMatchObject({
      state: "running",
      resolutionDueAt: iso("2026-01-20T18:00"),
      resolutionRemainingMs: null,
      firstResponseDueAt: null,
    })
    // Resumed an hour before closing, the second hour is the next morning.
    const late = onStatusCategory(paused, moscow, "open", msk("2026-01-20T18:00"))
    expect(late.resolutionDueAt).toBe(iso("2026-01-21T11:00"))
  })

  it("pauses an overdue target with 0 left, so it is due as soon as the clock resumes", () => {
    // First response was due Monday 14:00 and nobody responded.
    const paused = valid(onStatusCategory(started(), moscow, "pending", msk("2026-01-19T15:00")))
    expect(paused.firstResponseRemainingMs).toBe(0)
    expect(paused.resolutionRemainingMs).toBe(3 * HOUR)
    expect(dueBreaches(paused, msk("2026-01-20T12:00"))).toEqual([])
    const resumed = onStatusCategory(paused, moscow, "open", msk("2026-01-20T12:00"))
    expect(resumed.firstResponseDueAt).toBe(iso("2026-01-20T12:00"))
    expect(dueBreaches(resumed, msk("2026-01-20T12:00"))).toEqual(["first_response"])
  })

  it("stops in closed", () => {
    const stopped = valid(onStatusCategory(started(), moscow, "closed", msk("2026-01-19T11:00")))
    expect(stopped).toMatchObject({
      state: "stopped",
      firstResponseDueAt: null,
      resolutionDueAt: null,
      firstResponseRemainingMs: null,
      resolutionRemainingMs: null,
    })
    expect(nextSlaDeadline(stopped)).toBeNull()
    expect(dueBreaches(stopped, msk("2026-02-01T00:00"))).toEqual([])
    // A paused clock stops too.
    const paused = onStatusCategory(started(), moscow, "pending", msk("2026-01-19T11:00"))
    expect(onStatusCategory(paused, moscow, "closed", msk("2026-01-19T12:00")).state).toBe("stopped")
  })

  it("restarts the resolution clock from its full target on reopen", () => {
    let sla = recordFirstResponse(started())
    sla = markBreached(sla, "resolution", msk("2026-01-19T18:00"))
    sla = onStatusCategory(sla, moscow, "closed", msk("2026-01-19T18:30"))
    const reopened = valid(onStatusCategory(sla, moscow, "open", msk("2026-01-21T10:00")))
    expect(reopened).toMatchObject({
      state: "running",
      resolutionDueAt: iso("2026-01-21T18:00"),
      // Already responded: the first-response clock does not come back.
      firstResponseDueAt: null,
      // The new resolution clock can breach again; the old breach lives in the SlaBreached event.
      resolutionBreachedAt: null,
    })
    expect(nextSlaDeadline(reopened)?.toISOString()).toBe(iso("2026-01-21T18:00"))
    // Reopened straight into pending, the full target waits.
    const pending = valid(onStatusCategory(sla, moscow, "pending", msk("2026-01-21T10:00")))
    expect(pending).toMatchObject({ state: "paused", resolutionRemainingMs: 8 * HOUR, resolutionDueAt: null })
  })

  it("keeps a first-response breach across close and reopen", () => {
    let sla = markBreached(started(), "first_response", msk("2026-01-19T14:00"))
    sla = onStatusCategory(sla, moscow, "closed", msk("2026-01-19T15:00"))
    sla = onStatusCategory(sla, moscow, "open", msk("2026-01-20T10:00"))
    expect(sla.firstResponseBreachedAt).toBe(iso("2026-01-19T14:00"))
  })

  it("does nothing without an SLA or when the clock is already in that state", () => {
    expect(onStatusCategory(noSla, moscow, "pending", msk("2026-01-19T11:00"))).toBe(noSla)
    const sla = started()
    expect(onStatusCategory(sla, moscow, "open", msk("2026-01-19T11:00"))).toBe(sla)
  })

  it("refuses another calendar than the clock's", () => {
    const at = msk("2026-01-19T11:00")
    expect(() => onStatusCategory(started(), null, "pending", at)).toThrow(/calendar "moscow"/)
  })
})

describe("first response, breaches and deadlines", () => {
  it("recordFirstResponse ends the first-response clock and keeps a recorded breach", () => {
    const breached = markBreached(started(), "first_response", msk("2026-01-19T14:00"))
    const responded = valid(recordFirstResponse(breached))
    expect(responded.firstResponseDueAt).toBeNull()
    expect(responded.firstResponseRemainingMs).toBeNull()
    expect(responded.firstResponseBreachedAt).toBe(iso("2026-01-19T14:00"))
    expect(responded.resolutionDueAt).toBe(iso("2026-01-19T18:00"))
    expect(recordFirstResponse(responded)).toBe(responded)
    // Responding while paused clears the remaining time instead.
    const paused = onStatusCategory(started(), moscow, "pending", msk("2026-01-19T11:00"))
    expect(recordFirstResponse(paused).firstResponseRemainingMs).toBeNull()
  })

  it("dueBreaches lists due, unmarked targets of a running clock", () => {
    const sla = started()
    expect(dueBreaches(sla, msk("2026-01-19T13:59:59.999"))).toEqual([])
    expect(dueBreaches(sla, msk("2026-01-19T14:00"))).toEqual(["first_response"])
    expect(dueBreaches(sla, msk("2026-01-19T18:00"))).toEqual(["first_response", "resolution"])
    const marked = markBreached(sla, "first_response", msk("2026-01-19T14:00"))
    expect(dueBreaches(marked, msk("2026-01-19T18:00"))).toEqual(["resolution"])
  })

  it("markBreached keeps the first breach time", () => {
    const once = markBreached(started(), "resolution", msk("2026-01-19T18:00"))
    expect(valid(once).resolutionBreachedAt).toBe(iso("2026-01-19T18:00"))
    expect(markBreached(once, "resolution", msk("2026-01-19T18:05"))).toBe(once)
  })

  it("nextSlaDeadline is the earliest unbreached due instant while running", () => {
    const sla = started()
    expect(nextSlaDeadline(sla)?.toISOString()).toBe(iso("2026-01-19T14:00"))
    const marked = markBreached(sla, "first_response", msk("2026-01-19T14:00"))
    expect(nextSlaDeadline(marked)?.toISOString()).toBe(iso("2026-01-19T18:00"))
    expect(nextSlaDeadline(markBreached(marked, "resolution", msk("2026-01-19T18:00")))).toBeNull()
    expect(nextSlaDeadline(onStatusCategory(sla, moscow, "pending", msk("2026-01-19T11:00")))).toBeNull()
    expect(nextSlaDeadline(noSla)).toBeNull()
  })
})
