import fc from "fast-check"
import { DateTime } from "luxon"
import { describe, expect, it } from "vitest"
import { Calendar } from "../domain/calendar.ts"
import { addBusinessTime, businessTimeBetween, isWithinBusinessHours, type BusinessTimeWork } from "./business-time.ts"

const MINUTE = 60_000
const HOUR = 3_600_000

const weekdays = [1, 2, 3, 4, 5]

/** Seed 004's hours: Mon–Fri 10:00–19:00 in Moscow (UTC+3 all year, no DST). */
const moscow = Calendar.parse({
  key: "moscow",
  name: "Moscow office",
  timeZone: "Europe/Moscow",
  hours: weekdays.map((day) => ({ day, from: "10:00", to: "19:00" })),
})

/** Russian New Year holidays 2026 and two Mondays off, to exercise holiday skipping. */
const moscowHolidays = Calendar.parse({
  ...moscow,
  key: "moscow-holidays",
  holidays: [
    "2026-01-01", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08",
    "2026-02-23", "2026-03-09",
  ],
})

const berlin = Calendar.parse({
  key: "berlin",
  name: "Berlin office",
  timeZone: "Europe/Berlin",
  hours: weekdays.map((day) => ({ day, from: "09:00", to: "17:00" })),
})

/** Berlin with Sunday around the clock, so DST nights (02:00–03:00) fall inside working time. */
const berlinSundays = Calendar.parse({
  ...berlin,
  key: "berlin-sundays",
  hours: [...berlin.hours, { day: 7, from: "00:00", to: "24:00" }],
  holidays: ["2026-12-25"],
})

/** An evening shift ending at 24:00, followed by a night shift on Tuesday. */
const evenings = Calendar.parse({
  key: "evenings",
  name: "Evening shift",
  timeZone: "Europe/Moscow",
  hours: [
    ...weekdays.map((day) => ({ day, from: "20:00", to: "24:00" })),
    { day: 2, from: "00:00", to: "02:00" },
  ],
})

function local(calendar: Calendar, iso: string): Date {
  return DateTime.fromISO(iso, { zone: calendar.timeZone }).toJSDate()
}

function show(calendar: Calendar, date: Date): string {
  return DateTime.fromJSDate(date, { zone: calendar.timeZone }).toISO() ?? "invalid"
}

describe("addBusinessTime", () => {
  it("carries a 4h target created Friday 17:00 over the weekend to Monday 12:00", () => {
    // 2026-01-16 is a Friday.
    const due = addBusinessTime(moscow, local(moscow, "2026-01-16T17:00"), 4 * HOUR)
    expect(show(moscow, due)).toBe("2026-01-19T12:00:00.000+03:00")
  })

  it("skips holidays", () => {
    // Wednesday 31 December 18:00: one hour that day, then nothing until Friday 9 January.
    const due = addBusinessTime(moscowHolidays, local(moscow, "2025-12-31T18:00"), 4 * HOUR)
    expect(show(moscow, due)).toBe("2026-01-09T13:00:00.000+03:00")
    // Monday 23 February is off: Friday 17:00 + 4h lands on Tuesday.
    const due2 = addBusinessTime(moscowHolidays, local(moscow, "2026-02-20T17:00"), 4 * HOUR)
    expect(show(moscow, due2)).toBe("2026-02-24T12:00:00.000+03:00")
  })

  it("starts counting at opening time when created before hours", () => {
    const due = addBusinessTime(moscow, local(moscow, "2026-01-19T08:00"), 1 * HOUR)
    expect(show(moscow, due)).toBe("2026-01-19T11:00:00.000+03:00")
  })

  it("is due exactly at closing time when the work fits the day, not at the next opening", () => {
    const due = addBusinessTime(moscow, local(moscow, "2026-01-16T15:00"), 4 * HOUR)
    expect(show(moscow, due)).toBe("2026-01-16T19:00:00.000+03:00")
  })

  it("created exactly at closing time counts from the next opening", () => {
    const due = addBusinessTime(moscow, local(moscow, "2026-01-16T19:00"), 1 * HOUR)
    expect(show(moscow, due)).toBe("2026-01-19T11:00:00.000+03:00")
  })

  it("returns the start itself for zero, even outside hours", () => {
    const saturday = local(moscow, "2026-01-17T12:34:56.789")
    expect(addBusinessTime(moscow, saturday, 0).getTime()).toBe(saturday.getTime())
  })

  it("handles intervals ending at 24:00 and continuing after midnight", () => {
    // Friday 23:00: the last hour of Friday, then Monday's shift from 20:00.
    const due = addBusinessTime(evenings, local(evenings, "2026-01-16T23:00"), 2 * HOUR)
    expect(show(evenings, due)).toBe("2026-01-19T21:00:00.000+03:00")
    // Monday 23:00: 24:00 Monday runs straight into Tuesday's 00:00–02:00.
    const due2 = addBusinessTime(evenings, local(evenings, "2026-01-19T23:00"), 2 * HOUR)
    expect(show(evenings, due2)).toBe("2026-01-20T01:00:00.000+03:00")
    // Exactly all of Monday's evening ends at 24:00, shown as Tuesday 00:00.
    const due3 = addBusinessTime(evenings, local(evenings, "2026-01-19T20:00"), 4 * HOUR)
    expect(show(evenings, due3)).toBe("2026-01-20T00:00:00.000+03:00")
  })

  it("adds three business weeks (45 h each) and three calendar weeks (504 business hours)", () => {
    const monday = local(moscow, "2026-01-12T10:00")
    expect(show(moscow, addBusinessTime(moscow, monday, 3 * 45 * HOUR))).toBe("2026-01-30T19:00:00.000+03:00")
    // P3W = 504 h = 11 weeks of 45 h and 9 h more: the Monday after, at closing.
    expect(show(moscow, addBusinessTime(moscow, monday, 504 * HOUR))).toBe("2026-03-30T19:00:00.000+03:00")
    // Two holiday Mondays on the way push it two working days further.
    expect(show(moscow, addBusinessTime(moscowHolidays, monday, 504 * HOUR))).toBe(
      "2026-04-01T19:00:00.000+03:00",
    )
  })

  it("follows local hours across the spring DST change in Berlin (29 March 2026)", () => {
    // Friday 16:00 CET + 2h: one hour Friday, one Monday from 09:00 CEST.
    const due = addBusinessTime(berlin, local(berlin, "2026-03-27T16:00"), 2 * HOUR)
    expect(show(berlin, due)).toBe("2026-03-30T10:00:00.000+02:00")
    expect(due.toISOString()).toBe("2026-03-30T08:00:00.000Z")
    // The Sunday has only 23 hours: a 24h target from its midnight spills into Monday.
    const sunday = addBusinessTime(berlinSundays, local(berlin, "2026-03-29T00:00"), 24 * HOUR)
    expect(show(berlin, sunday)).toBe("2026-03-30T10:00:00.000+02:00")
  })

  it("follows local hours across the autumn DST change in Berlin (25 October 2026)", () => {
    const due = addBusinessTime(berlin, local(berlin, "2026-10-23T16:00"), 2 * HOUR)
    expect(show(berlin, due)).toBe("2026-10-26T10:00:00.000+01:00")
    expect(due.toISOString()).toBe("2026-10-26T09:00:00.000Z")
    // The Sunday has 25 hours: 24h from its midnight ends at 23:00 the same day.
    const sunday = addBusinessTime(berlinSundays, local(berlin, "2026-10-25T00:00"), 24 * HOUR)
    expect(show(berlin, sunday)).toBe("2026-10-25T23:00:00.000+01:00")
  })

  it("keeps local hours when a long duration skips whole weeks across DST", () => {
    // 20 business weeks of 40 h from a January Monday: due the Friday 20 weeks later at 17:00 CEST.
    const due = addBusinessTime(berlin, local(berlin, "2026-01-05T09:00"), 20 * 40 * HOUR)
    expect(show(berlin, due)).toBe("2026-05-22T17:00:00.000+02:00")
    // With Sundays worked around the clock (64 h a week) the 23-hour DST Sunday costs an hour:
    // 20 weeks end at Sunday 24:00, plus that hour on Monday morning.
    const sundays = addBusinessTime(berlinSundays, local(berlin, "2026-01-05T09:00"), 20 * 64 * HOUR)
    expect(show(berlin, sundays)).toBe("2026-05-25T10:00:00.000+02:00")
  })

  it("is plain addition without a calendar", () => {
    const start = new Date("2026-01-17T12:00:00.000Z")
    expect(addBusinessTime(null, start, 4 * HOUR).toISOString()).toBe("2026-01-17T16:00:00.000Z")
  })

  it("handles years of business time by skipping whole weeks, not walking day by day", () => {
    const adding: BusinessTimeWork = { steps: 0, zoneLookups: 0 }
    const due = addBusinessTime(berlinSundays, local(berlin, "2026-01-05T09:00"), 5 * 52 * 64 * HOUR, adding)
    expect(due.getTime()).toBeGreaterThan(Date.parse("2030-01-01"))
    const measuring: BusinessTimeWork = { steps: 0, zoneLookups: 0 }
    const back = businessTimeBetween(berlinSundays, local(berlin, "2026-01-05T09:00"), due, measuring)
    expect(back).toBe(5 * 52 * 64 * HOUR)
    // The span is 1,820 days. Walking them one by one takes a step and at least one zone lookup
    // (its midnight) a day; skipping clean weeks takes one step a week (260) plus the days of the
    // ten DST weeks and the edges (about 330 steps and 650–870 lookups today).
    const days = 5 * 52 * 7
    for (const work of [adding, measuring]) {
      expect(work.steps).toBeLessThan(days / 4)
      expect(work.zoneLookups).toBeLessThan(days)
    }
  })

  it("gives up with a clear error when the calendar has no working time left", () => {
    const allHolidays = Calendar.parse({
      ...moscow,
      key: "closed",
      hours: [{ day: 1, from: "10:00", to: "11:00" }],
      holidays: Array.from({ length: 52 * 11 }, (_, week) =>
        DateTime.fromISO("2026-01-05").plus({ weeks: week }).toISODate() ?? "",
      ),
    })
    expect(() => addBusinessTime(allHolidays, local(moscow, "2026-01-01T00:00"), HOUR)).toThrow(/ten years/)
  })

  it("rejects negative or fractional durations and invalid dates", () => {
    const start = local(moscow, "2026-01-19T10:00")
    expect(() => addBusinessTime(moscow, start, -1)).toThrow(RangeError)
    expect(() => addBusinessTime(moscow, start, 1.5)).toThrow(RangeError)
    expect(() => addBusinessTime(moscow, new Date(Number.NaN), 1)).toThrow(/invalid Date/)
  })
})

describe("businessTimeBetween", () => {
  it("counts only working time", () => {
    expect(
      businessTimeBetween(moscow, local(moscow, "2026-01-16T17:00"), local(moscow, "2026-01-19T12:00")),
    ).toBe(4 * HOUR)
    expect(
      businessTimeBetween(moscow, local(moscow, "2026-01-17T00:00"), local(moscow, "2026-01-18T23:59")),
    ).toBe(0)
    expect(
      businessTimeBetween(moscow, local(moscow, "2026-01-12T00:00"), local(moscow, "2026-02-09T00:00")),
    ).toBe(4 * 45 * HOUR)
  })

  it("is 0 when `to` is not after `from`", () => {
    const t = local(moscow, "2026-01-19T12:00")
    expect(businessTimeBetween(moscow, t, t)).toBe(0)
    expect(businessTimeBetween(moscow, t, local(moscow, "2026-01-19T11:00"))).toBe(0)
    expect(businessTimeBetween(null, t, local(moscow, "2026-01-19T11:00"))).toBe(0)
  })

  it("measures the 23-hour and 25-hour DST Sundays in real time", () => {
    const day = (from: string, to: string) =>
      businessTimeBetween(berlinSundays, local(berlin, from), local(berlin, to))
    expect(day("2026-03-29T00:00", "2026-03-30T00:00")).toBe(23 * HOUR)
    expect(day("2026-10-25T00:00", "2026-10-26T00:00")).toBe(25 * HOUR)
  })
})

describe("isWithinBusinessHours", () => {
  it("includes opening time and excludes closing time", () => {
    expect(isWithinBusinessHours(moscow, local(moscow, "2026-01-19T10:00"))).toBe(true)
    expect(isWithinBusinessHours(moscow, local(moscow, "2026-01-19T18:59:59.999"))).toBe(true)
    expect(isWithinBusinessHours(moscow, local(moscow, "2026-01-19T19:00"))).toBe(false)
    expect(isWithinBusinessHours(moscow, local(moscow, "2026-01-19T09:59:59.999"))).toBe(false)
    expect(isWithinBusinessHours(moscow, local(moscow, "2026-01-17T12:00"))).toBe(false)
    expect(isWithinBusinessHours(moscowHolidays, local(moscow, "2026-02-23T12:00"))).toBe(false)
    expect(isWithinBusinessHours(evenings, local(evenings, "2026-01-19T23:59:59.999"))).toBe(true)
    expect(isWithinBusinessHours(null, local(moscow, "2026-01-17T12:00"))).toBe(true)
  })
})

/** A reference with no cleverness: walks minute by minute, asking luxon for each minute's local time. */
function bruteForceBetween(calendar: Calendar, from: number, to: number): number {
  let total = 0
  for (let t = from; t < to; t += MINUTE) {
    const at = DateTime.fromMillis(t, { zone: calendar.timeZone })
    if (calendar.holidays.includes(at.toISODate() ?? "")) continue
    const minute = at.hour * 60 + at.minute
    const open = calendar.hours.some((h) => {
      const [fh = 0, fm = 0] = h.from.split(":").map(Number)
      const [th = 0, tm = 0] = h.to.split(":").map(Number)
      return h.day === at.weekday && fh * 60 + fm <= minute && minute < th * 60 + tm
    })
    if (open) total += MINUTE
  }
  return total
}

const calendars = fc.constantFrom(moscow, moscowHolidays, berlin, berlinSundays, evenings)
const RANGE = { min: Date.parse("2025-12-01T00:00:00Z"), max: Date.parse("2027-01-31T00:00:00Z") }
/** Within five days of a 2026 Berlin DST change, where the interesting cases are. */
const nearDst = fc.oneof(
  fc.integer({ min: Date.parse("2026-03-24T00:00:00Z"), max: Date.parse("2026-04-03T00:00:00Z") }),
  fc.integer({ min: Date.parse("2026-10-20T00:00:00Z"), max: Date.parse("2026-10-30T00:00:00Z") }),
)
/** Instants from late 2025 to 2027 (holidays and both DST changes in range), often near a DST change. */
const instants = fc.oneof(fc.integer(RANGE), nearDst)

describe("properties", () => {
  it("businessTimeBetween(s, addBusinessTime(s, ms)) === ms for every start and every ms >= 0", () => {
    // Every start: inside working hours or not.
    // Holds everywhere because addBusinessTime returns the earliest instant by which exactly ms of
    // working time have elapsed, and both functions see the same working intervals.
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 0, max: 2000 * HOUR }), (calendar, start, ms) => {
        const end = addBusinessTime(calendar, new Date(start), ms)
        expect(end.getTime()).toBeGreaterThanOrEqual(start)
        expect(businessTimeBetween(calendar, new Date(start), end)).toBe(ms)
      }),
      { numRuns: 200 },
    )
  })

  it("addBusinessTime(s, businessTimeBetween(s, t)) === t when the ms before t is working time", () => {
    // Otherwise it returns the end of the last working interval before t (the earliest such instant).
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 1, max: 60 * 24 * HOUR }), (calendar, s, span) => {
        const from = new Date(s)
        const to = new Date(s + span)
        const back = addBusinessTime(calendar, from, businessTimeBetween(calendar, from, to))
        if (isWithinBusinessHours(calendar, new Date(to.getTime() - 1))) {
          expect(back.getTime()).toBe(to.getTime())
        } else {
          expect(back.getTime()).toBeLessThan(to.getTime())
        }
      }),
      { numRuns: 200 },
    )
  })

  it("businessTimeBetween agrees with a minute-by-minute walk", () => {
    // The walk is slow, so fewer and shorter runs; starts are whole minutes so the walk is exact.
    fc.assert(
      fc.property(calendars, instants, fc.integer({ min: 0, max: 3 * 24 * 60 }), (calendar, s, length) => {
        const from = Math.floor(s / MINUTE) * MINUTE
        const to = from + length * MINUTE
        const fast = businessTimeBetween(calendar, new Date(from), new Date(to))
        expect(fast).toBe(bruteForceBetween(calendar, from, to))
      }),
      { numRuns: 60 },
    )
  })

  it("one long addition equals the same time added in two steps (skipping weeks changes nothing)", () => {
    fc.assert(
      fc.property(
        calendars,
        instants,
        fc.integer({ min: 0, max: 1000 * HOUR }),
        fc.integer({ min: 0, max: 1000 * HOUR }),
        (calendar, start, a, b) => {
          const once = addBusinessTime(calendar, new Date(start), a + b)
          const twice = addBusinessTime(calendar, addBusinessTime(calendar, new Date(start), a), b)
          expect(twice.getTime()).toBe(once.getTime())
        },
      ),
      { numRuns: 200 },
    )
  })
})
