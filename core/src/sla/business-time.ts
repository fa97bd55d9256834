import { DateTime, IANAZone } from "luxon"
import type { Calendar } from "../domain/calendar.ts"

const MINUTE = 60_000
const DAY = 86_400_000
const WEEK = 7 * DAY
const MINUTES_PER_DAY = 1440
/** How far ahead addBusinessTime looks before giving up (a calendar made only of holidays). */
const MAX_DAYS = 3653

/** A calendar prepared for arithmetic: merged intervals in minutes per weekday, holidays by date. */
interface Schedule {
  readonly zone: IANAZone
  /** Index 1 = Monday … 7 = Sunday; intervals sorted, merged, in local minutes of the day. */
  readonly days: ReadonlyArray<ReadonlyArray<readonly [number, number]>>
  readonly holidays: ReadonlySet<string>
  /** Working milliseconds of a week with no holiday and no offset change. */
  readonly weekMs: number
  /** Local midnights already resolved, by day number: luxon lookups dominate the cost. */
  readonly midnights: Map<number, number>
  /** Where this computation counts its work. */
  readonly work: BusinessTimeWork
}

/**
 * The work one business-time computation did, counted into an object the caller passes (tests
 * use it to show that long spans skip whole weeks): `steps` are the iterations of its walk (one
 * day looked at, or one whole week skipped), `zoneLookups` the luxon conversions between local
 * time and instants, which dominate the cost.
 */
export interface BusinessTimeWork {
  steps: number
  zoneLookups: number
}

/** The instant when `ms` of working time have elapsed after `start`; a null calendar means 24/7. `work` counts what it took. */
export function addBusinessTime(calendar: Calendar | null, start: Date, ms: number, work?: BusinessTimeWork): Date {
  const from = instant(start, "start")
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new RangeError(`business time to add must be a non-negative whole number of ms, got ${ms}`)
  }
  // Zero is "now", even outside hours: a target of zero is due at once, not at the next opening.
  if (ms === 0 || calendar === null) return new Date(from + ms)
  const schedule = compile(calendar, work)
  const first = localDay(schedule, from)
  let remaining = ms
  // Start a day early: with DST, an interval of the previous local day may still be open.
  for (let day = first - 1; day <= first + MAX_DAYS; ) {
    schedule.work.steps += 1
    if (remaining > schedule.weekMs) {
      const weekStart = cleanWeekStart(schedule, day)
      if (weekStart !== null && weekStart >= from) {
        remaining -= schedule.weekMs
        day += 7
        continue
      }
    }
    for (const [open, close] of intervals(schedule, day)) {
      const begin = Math.max(open, from)
      if (close <= begin) continue
      // `<=` so that work ending exactly at closing time is due at closing, not at the next opening.
      if (remaining <= close - begin) return new Date(begin + remaining)
      remaining -= close - begin
    }
    day += 1
  }
  throw new Error(
    `calendar "${calendar.key}" has no room for ${ms} ms of working time ` +
      `within ten years of ${start.toISOString()}`,
  )
}

/** Working ms between two instants (0 when `to` is not after `from`); a null calendar means 24/7. `work` counts what it took. */
export function businessTimeBetween(calendar: Calendar | null, from: Date, to: Date, work?: BusinessTimeWork): number {
  const begin = instant(from, "from")
  const end = instant(to, "to")
  if (end <= begin) return 0
  if (calendar === null) return end - begin
  const schedule = compile(calendar, work)
  let total = 0
  for (let day = localDay(schedule, begin) - 1; ; ) {
    schedule.work.steps += 1
    const midnight = localMidnight(schedule, day)
    // A day's intervals start at or after its midnight, give or take a DST fold: one day of slack.
    if (midnight - DAY >= end) return total
    if (end - midnight >= WEEK) {
      const weekStart = cleanWeekStart(schedule, day)
      if (weekStart !== null && weekStart >= begin && weekStart + WEEK <= end) {
        total += schedule.weekMs
        day += 7
        continue
      }
    }
    for (const [open, close] of intervals(schedule, day)) {
      const a = Math.max(open, begin)
      const b = Math.min(close, end)
      if (b > a) total += b - a
    }
    day += 1
  }
}

/** Whether `at` is working time (opening included, closing excluded); a null calendar is always open. */
export function isWithinBusinessHours(calendar: Calendar | null, at: Date): boolean {
  const t = instant(at, "at")
  if (calendar === null) return true
  const schedule = compile(calendar)
  const day = localDay(schedule, t)
  // Neighbouring days too: around DST folds an interval may spill over its local date.
  for (let d = day - 1; d <= day + 1; d++) {
    for (const [open, close] of intervals(schedule, d)) {
      if (open <= t && t < close) return true
    }
  }
  return false
}

function instant(date: Date, name: string): number {
  const t = date.getTime()
  if (Number.isNaN(t)) throw new RangeError(`${name} is an invalid Date`)
  return t
}

function compile(calendar: Calendar, work: BusinessTimeWork = { steps: 0, zoneLookups: 0 }): Schedule {
  const zone = IANAZone.create(calendar.timeZone)
  if (!zone.isValid) {
    throw new Error(`calendar "${calendar.key}" has an unknown time zone "${calendar.timeZone}"`)
  }
  const raw: Array<Array<[number, number]>> = Array.from({ length: 8 }, () => [])
  for (const hours of calendar.hours) {
    const from = minutesOf(hours.from)
    const to = minutesOf(hours.to)
    if (to > from) raw[hours.day]?.push([from, to])
  }
  let weekMs = 0
  const days = raw.map((intervals) => {
    // Overlapping entries would otherwise count the same hour twice.
    const merged: Array<[number, number]> = []
    for (const [from, to] of intervals.sort((a, b) => a[0] - b[0])) {
      const last = merged[merged.length - 1]
      if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to)
      else merged.push([from, to])
    }
    for (const [from, to] of merged) weekMs += (to - from) * MINUTE
    return merged
  })
  return { zone, days, holidays: new Set(calendar.holidays), weekMs, midnights: new Map(), work }
}

function minutesOf(time: string): number {
  const [h = "", m = ""] = time.split(":")
  const minutes = Number(h) * 60 + Number(m)
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new Error(`"${time}" is not a time of day HH:mm`)
  }
  return minutes
}

/** The local calendar date of an instant, as a day number (days since 1970-01-01). */
function localDay(schedule: Schedule, t: number): number {
  schedule.work.zoneLookups += 1
  const local = DateTime.fromMillis(t, { zone: schedule.zone })
  return Date.UTC(local.year, local.month - 1, local.day) / DAY
}

function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10)
}

/** 1 = Monday … 7 = Sunday; day 0 (1970-01-01) was a Thursday. */
function weekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** The instant of a local wall-clock time; luxon moves times in a DST gap forward, as Temporal does. */
function localInstant(schedule: Schedule, day: number, minutes: number): number {
  if (minutes === MINUTES_PER_DAY) return localMidnight(schedule, day + 1)
  schedule.work.zoneLookups += 1
  const date = new Date(day * DAY)
  return DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
    },
    { zone: schedule.zone },
  ).toMillis()
}

function localMidnight(schedule: Schedule, day: number): number {
  let t = schedule.midnights.get(day)
  if (t === undefined) {
    schedule.work.zoneLookups += 1
    const date = new Date(day * DAY)
    t = DateTime.fromObject(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
      { zone: schedule.zone },
    ).toMillis()
    schedule.midnights.set(day, t)
  }
  return t
}

/** The working intervals of one local day as instants; none on a holiday. */
function intervals(schedule: Schedule, day: number): Array<readonly [number, number]> {
  const hours = schedule.days[weekday(day)] ?? []
  if (hours.length === 0 || schedule.holidays.has(isoDate(day))) return []
  const midnight = localMidnight(schedule, day)
  // A day of exactly 24 hours has no offset change, so wall-clock minutes map linearly onto instants.
  if (localMidnight(schedule, day + 1) - midnight === DAY) {
    return hours.map(([from, to]) => [midnight + from * MINUTE, midnight + to * MINUTE] as const)
  }
  return hours
    .map(([from, to]) => [localInstant(schedule, day, from), localInstant(schedule, day, to)] as const)
    .filter(([open, close]) => close > open)
}

/**
 * The start instant of the 7 local days from `day` when they can be skipped in one step: no holiday
 * and no offset change (checked over a day of margin each side), so they hold exactly `weekMs`.
 */
function cleanWeekStart(schedule: Schedule, day: number): number | null {
  for (let d = day; d < day + 7; d++) {
    if (schedule.holidays.has(isoDate(d))) return null
  }
  const before = localMidnight(schedule, day - 1)
  if (localMidnight(schedule, day + 8) - before !== 9 * DAY) return null
  return before + DAY
}
