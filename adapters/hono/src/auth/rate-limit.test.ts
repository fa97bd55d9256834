import { describe, expect, it } from "vitest"
import { slidingWindow } from "./rate-limit.ts"

describe("slidingWindow", () => {
  it("allows up to the limit within the window, then tells how long to wait", () => {
    let now = 0
    const window = slidingWindow({ limit: 2, windowMs: 1_000, now: () => now })
    expect(window.check("a")).toEqual({ allowed: true })
    window.hit("a")
    now = 400
    window.hit("a")
    expect(window.check("a")).toEqual({ allowed: false, retryAfterMs: 600 })
    expect(window.check("b")).toEqual({ allowed: true })
    now = 1_001
    expect(window.check("a")).toEqual({ allowed: true })
    window.hit("a")
    expect(window.check("a")).toEqual({ allowed: false, retryAfterMs: 399 })
    window.reset("a")
    expect(window.check("a")).toEqual({ allowed: true })
  })

  it("forgets the oldest keys beyond its size", () => {
    const window = slidingWindow({ limit: 1, windowMs: 1_000, now: () => 0, maxKeys: 2 })
    for (const key of ["a", "b", "c"]) window.hit(key)
    expect(window.check("a")).toEqual({ allowed: true })
    expect(window.check("c").allowed).toBe(false)
  })
})
