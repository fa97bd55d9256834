import { describe, expect, it } from "vitest"
import { durationToMillis } from "./duration.ts"

const HOUR = 3_600_000

describe("durationToMillis", () => {
  it("converts days, hours and minutes, a day being 24 hours", () => {
    expect(durationToMillis("P7D")).toBe(7 * 24 * HOUR)
    expect(durationToMillis("PT4H")).toBe(4 * HOUR)
    expect(durationToMillis("P1DT2H30M")).toBe(26.5 * HOUR)
    expect(durationToMillis("P1W")).toBe(7 * 24 * HOUR)
    expect(durationToMillis("PT90S")).toBe(90_000)
    expect(durationToMillis("PT0S")).toBe(0)
  })

  it("accepts fractional components", () => {
    expect(durationToMillis("PT1.5H")).toBe(1.5 * HOUR)
  })

  it("rejects what is not a duration", () => {
    expect(() => durationToMillis("4h")).toThrow(/not an ISO 8601 duration/)
    expect(() => durationToMillis("")).toThrow(/not an ISO 8601 duration/)
    expect(() => durationToMillis("P")).toThrow(/no components/)
    expect(() => durationToMillis("PT")).toThrow(/no components/)
  })

  it("rejects months, years and negative durations", () => {
    expect(() => durationToMillis("P1M")).toThrow(/no fixed length/)
    expect(() => durationToMillis("P1Y")).toThrow(/no fixed length/)
    expect(() => durationToMillis("-PT1H")).toThrow(/negative/)
  })
})
