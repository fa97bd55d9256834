/** Where the engine reads the time; tests pass a fixed or stepping clock. */
export interface Clock {
  now(): Date
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() }

/** A clock that stands still until moved: `clock.set(…)`, `clock.advance(ms)`. */
export interface ManualClock extends Clock {
  set(at: Date | string): void
  advance(ms: number): void
}

/** Creates a clock for tests and simulations that only moves when told to. */
export function manualClock(start: Date | string = "2026-01-05T10:00:00.000Z"): ManualClock {
  let current = new Date(start).getTime()
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime()
    },
    advance: (ms) => {
      current += ms
    },
  }
}
