import { describe, expect, it } from "vitest"
import type { PasswordGateState } from "../auth/password-gate.ts"
import { buildWorld, demoPassword, type WorldOptions } from "../testing/world.ts"

// What @hono/node-server passes as the env: the Node request, with its socket's address.
const socket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } })

/** A world whose logins come from the address of a test header (the API's `clientAddress`). */
async function throttledWorld(options: WorldOptions = {}) {
  const world = await buildWorld({ ...options, api: { clientAddress: (request) => request.headers.get("x-test-address") ?? "unknown", ...options.api } })
  const login = (address: string, email: string, password = demoPassword) =>
    world.app.request("/v1/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json", "x-test-address": address },
      body: JSON.stringify({ email, password }),
    })
  return { world, login }
}

describe("login throttling", () => {
  it("a third party's wrong passwords for alice from one address refuse alice there only", async () => {
    const { login } = await throttledWorld()
    for (let i = 0; i < 10; i++) expect((await login("198.51.100.66", "alice@acme.test", `guess-${i}`)).status).toBe(401)
    const locked = await login("198.51.100.66", "alice@acme.test")
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get("Retry-After"))).toBeGreaterThan(0)
    expect((await login("203.0.113.7", "alice@acme.test")).status).toBe(200)
    // Another account from the attacker's address is not refused either.
    expect((await login("198.51.100.66", "bob@acme.test")).status).toBe(200)
  })

  it("a guesser spread over many addresses refuses alice from new addresses, not from one she logged in from", async () => {
    const { login } = await throttledWorld({ limits: { login: { failuresPerAccountFromNewAddresses: 5 } } })
    expect((await login("203.0.113.7", "alice@acme.test")).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await login(`198.51.100.${i}`, "alice@acme.test", "wrong")).status).toBe(401)
    expect((await login("192.0.2.1", "alice@acme.test")).status).toBe(429)
    expect((await login("203.0.113.7", "alice@acme.test")).status).toBe(200)
    // Her known address is not refused even after wrong passwords of her own there.
    expect((await login("203.0.113.7", "alice@acme.test", "typo")).status).toBe(401)
    expect((await login("203.0.113.7", "alice@acme.test")).status).toBe(200)
  })

  it("successful logins count towards no limit", async () => {
    const { login } = await throttledWorld({ limits: { login: { failuresPerAccount: 2, failuresPerAddress: 2, failuresPerAccountFromNewAddresses: 2 } } })
    for (let i = 0; i < 25; i++) expect((await login("198.51.100.1", i % 2 === 0 ? "alice@acme.test" : "bob@acme.test")).status).toBe(200)
    expect((await login("198.51.100.1", "alice@acme.test", "wrong")).status).toBe(401)
    expect((await login("198.51.100.1", "alice@acme.test")).status).toBe(200)
  })

  it("honours X-Forwarded-For only with trustProxy", async () => {
    const attempt = (world: Awaited<ReturnType<typeof buildWorld>>, forwardedFor: string, password: string) =>
      world.app.request(
        "/v1/auth/login",
        { method: "POST", headers: { "Content-Type": "application/json", "X-Forwarded-For": forwardedFor }, body: JSON.stringify({ email: "alice@acme.test", password }) },
        socket("10.0.0.5"),
      )
    const behindProxy = await buildWorld({ limits: { login: { failuresPerAccount: 2 } }, api: { trustProxy: 1 } })
    for (let i = 0; i < 2; i++) expect((await attempt(behindProxy, "198.51.100.66", "wrong")).status).toBe(401)
    expect((await attempt(behindProxy, "198.51.100.66", demoPassword)).status).toBe(429)
    expect((await attempt(behindProxy, "203.0.113.7", demoPassword)).status).toBe(200)

    const direct = await buildWorld({ limits: { login: { failuresPerAccount: 2 } } })
    for (let i = 0; i < 2; i++) expect((await attempt(direct, "198.51.100.66", "wrong")).status).toBe(401)
    // Without trustProxy a client cannot pick its address: the header is ignored, the socket counts.
    expect((await attempt(direct, "203.0.113.7", demoPassword)).status).toBe(429)
  })

  it("a login flood beyond the hashing bound gets 503s with Retry-After at once; at most `concurrency` hashes run", async () => {
    const states: PasswordGateState[] = []
    const { login } = await throttledWorld({
      limits: { passwordHashing: { concurrency: 2, maxQueue: 8 } },
      // Unknown emails take the decoy hash, at a cost that keeps each hash busy for a while.
      api: { passwordCost: 14, observePasswordHashing: (state) => states.push(state) },
    })
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => login(`198.51.${Math.floor(i / 250)}.${i % 250}`, `nobody-${i}@acme.test`, "whatever")))
    const statuses = responses.map((r) => r.status)
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true)
    const refused = responses.filter((r) => r.status === 503)
    expect(refused.length).toBeGreaterThan(0)
    // The first `concurrency + maxQueue` find the gate free and are checked.
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(10)
    for (const response of refused) {
      expect(response.headers.get("Retry-After")).toBe("1")
      expect(await response.json()).toMatchObject({ type: "https://ticketflow.dev/problems/login-overloaded", retryAfter: 1 })
    }
    expect(Math.max(...states.map((s) => s.running))).toBe(2)
    expect(Math.max(...states.map((s) => s.queued))).toBeLessThanOrEqual(8)
    console.info(`login flood: ${statuses.filter((s) => s === 401).length} checked, ${refused.length} refused with 503`)
  })
})
