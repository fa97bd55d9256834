import { Duration } from "luxon"

/** Milliseconds of an ISO 8601 duration (`P7D`, `PT4H`, `P1DT2H30M`), a day counted as 24 hours. */
export function durationToMillis(iso: string): number {
  const duration = Duration.fromISO(iso)
  if (!duration.isValid) {
    throw new Error(`"${iso}" is not an ISO 8601 duration such as P7D or PT4H`)
  }
  const parts = duration.toObject()
  // luxon accepts a bare "P" or "PT" as zero; ISO 8601 wants at least one component.
  if (Object.keys(parts).length === 0) {
    throw new Error(`"${iso}" is not an ISO 8601 duration: it has no components (write PT0S for zero)`)
  }
  // Months and years have no fixed length, so they cannot be business-time targets.
  if (parts.years !== undefined || parts.quarters !== undefined || parts.months !== undefined) {
    throw new Error(`"${iso}" uses years or months, which have no fixed length; use weeks, days or hours`)
  }
  const ms = duration.toMillis()
  if (ms < 0) throw new Error(`"${iso}" is a negative duration`)
  // SLA clocks store whole milliseconds; fractions (PT0.0005S) round to the nearest one.
  return Math.round(ms)
}
