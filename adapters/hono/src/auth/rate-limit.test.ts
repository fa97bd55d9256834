import { describe, expect, it } from "vitest"
import { loginThrottle, slidingWindow } from "./rate-limit.ts"

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

describe("loginThrottle", () => {
  const make = (now: () => number) =>
    loginThrottle({ failuresPerAccount: 2, failuresPerAccountFromNewAddresses: 3, failuresPerAddress: 4, windowMs: 1_000, knownAddressMs: 10_000, now })

  it("refuses an account from one address after its failures there, and clears that on success", () => {
    const throttle = make(() => 0)
    throttle.failed("alice", "x")
    throttle.failed("alice", "x")
    expect(throttle.check("alice", "x")).toEqual({ allowed: false, retryAfterMs: 1_000 })
    expect(throttle.check("alice", "y")).toEqual({ allowed: true })
    throttle.succeeded("alice", "x")
    expect(throttle.check("alice", "x")).toEqual({ allowed: true })
  })

  it("refuses new addresses of an account after failures from many, not a known one until it is forgotten", () => {
    let now = 0
    const throttle = make(() => now)
    throttle.succeeded("alice", "home")
    for (const address of ["a", "b", "c"]) throttle.failed("alice", address)
    expect(throttle.check("alice", "d").allowed).toBe(false)
    expect(throttle.check("alice", "home")).toEqual({ allowed: true })
    now = 10_000
    throttle.failed("alice", "a")
    throttle.failed("alice", "b")
    throttle.failed("alice", "c")
    expect(throttle.check("alice", "home").allowed).toBe(false)
  })

  it("refuses an address after failures over all accounts; a success there does not clear it", () => {
    const throttle = make(() => 0)
    for (const account of ["a", "b", "c", "d"]) throttle.failed(account, "x")
    throttle.succeeded("e", "x")
    expect(throttle.check("e", "x").allowed).toBe(false)
    expect(throttle.check("e", "y")).toEqual({ allowed: true })
  })
})
