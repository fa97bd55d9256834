import { manualClock, type AuthStore } from "@ticketflow/core"
import { afterEach, describe, expect, it } from "vitest"
import { createTicketflowApi } from "../app.ts"
import { hashPassword } from "../auth/password.ts"
import { readSse, type SseReader } from "../testing/sse-client.ts"
import { buildWorld, demoPassword, testPasswordCost, type World } from "../testing/world.ts"

/** Waits for a stream the server ends; rejects if it is still open after `ms` (generous: it ends within a 20 ms heartbeat or at once). */
const endsWithin = (stream: SseReader, ms = 5_000) =>
  Promise.race([stream.ended, new Promise((_, reject) => setTimeout(() => reject(new Error(`stream still open after ${ms} ms`)), ms))])

describe("session revocation", () => {
  const open: SseReader[] = []
  afterEach(async () => {
    for (const stream of open.splice(0)) await stream.close()
  })

  const login = async (app: World["app"], email: string, password = demoPassword): Promise<string> => {
    const response = await app.request("/v1/auth/login", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) })
    expect(response.status, `login of ${email}`).toBe(200)
    return ((await response.json()) as { token: string }).token
  }
  const as = (token: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...extra })
  const status = async (app: World["app"], token: string) => (await app.request("/v1/auth/me", { headers: as(token) })).status
  const stream = async (app: World["app"], token: string) => {
    const response = await app.request("/v1/events/stream", { headers: as(token) })
    expect(response.status).toBe(200)
    const reader = readSse(response)
    open.push(reader)
    await reader.waitFor((e) => e.event === "ready")
    return reader
  }
  const putPassword = (app: World["app"], token: string, userId: string, body: Record<string, string>) =>
    app.request(`/v1/users/${userId}/password`, { method: "PUT", headers: as(token, { "Content-Type": "application/json" }), body: JSON.stringify(body) })
  const patchUser = (app: World["app"], token: string, userId: string, body: Record<string, unknown>) =>
    app.request(`/v1/users/${userId}`, { method: "PATCH", headers: as(token, { "Content-Type": "application/json" }), body: JSON.stringify(body) })

  it("a user's own password change keeps the session that made it and ends the others and their streams", async () => {
    const world = await buildWorld()
    const laptop = await login(world.app, "bob@acme.test")
    const phone = await login(world.app, "bob@acme.test")
    const phoneStream = await stream(world.app, phone)
    const laptopStream = await stream(world.app, laptop)
    expect((await putPassword(world.app, laptop, world.demo.bob.userId, { currentPassword: demoPassword, password: "a-new-password" })).status).toBe(204)
    expect(await status(world.app, laptop)).toBe(200)
    expect(await status(world.app, phone)).toBe(401)
    await endsWithin(phoneStream)
    // The kept session's stream lives on: it still gets Bob's new ticket.
    const ticket = (await (await world.app.request("/v1/tickets", { method: "POST", headers: as(laptop, { "Content-Type": "application/json" }), body: JSON.stringify({ subject: "Still here" }) })).json()) as { id: string }
    await laptopStream.waitFor((e) => e.event === "ticket-event" && (JSON.parse(e.data) as { ticketId: string }).ticketId === ticket.id)
    const old = await world.app.request("/v1/auth/login", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: "bob@acme.test", password: demoPassword }) })
    expect(old.status).toBe(401)
    await login(world.app, "bob@acme.test", "a-new-password")
  })

  it("an admin's reset ends every session of the user, and their streams", async () => {
    const world = await buildWorld()
    const admin = await login(world.app, "admin@demo.test")
    const tokens = [await login(world.app, "bob@acme.test"), await login(world.app, "bob@acme.test")]
    const streams = await Promise.all(tokens.map((token) => stream(world.app, token)))
    expect((await putPassword(world.app, admin, world.demo.bob.userId, { password: "reset-by-admin" })).status).toBe(204)
    for (const token of tokens) expect(await status(world.app, token)).toBe(401)
    for (const s of streams) await endsWithin(s)
    expect(await status(world.app, admin)).toBe(200)
  })

  it("deactivation ends every session and stream; reactivation revives none of them", async () => {
    const world = await buildWorld()
    const admin = await login(world.app, "admin@demo.test")
    const bob = await login(world.app, "bob@acme.test")
    const bobStream = await stream(world.app, bob)
    expect((await patchUser(world.app, admin, world.demo.bob.userId, { active: false })).status).toBe(200)
    await endsWithin(bobStream)
    expect(await status(world.app, bob)).toBe(401)
    expect((await patchUser(world.app, admin, world.demo.bob.userId, { active: true })).status).toBe(200)
    expect(await status(world.app, bob)).toBe(401)
    const fresh = await login(world.app, "bob@acme.test")
    expect(await status(world.app, fresh)).toBe(200)
  })

  it("reactivation also ends a session that a deactivation left behind (its revocation failed)", async () => {
    const world = await buildWorld()
    const admin = await login(world.app, "admin@demo.test")
    const bob = await login(world.app, "bob@acme.test")
    // Deactivated behind the API's back: the session survives in the store.
    const { tenantId: _t, createdAt: _c, ...bobUser } = (await world.engine.me(world.demo.bob)).user
    await world.engine.upsertUser(world.demo.admin, { ...bobUser, active: false })
    expect(await status(world.app, bob)).toBe(401)
    expect((await patchUser(world.app, admin, world.demo.bob.userId, { active: true })).status).toBe(200)
    expect(await status(world.app, bob)).toBe(401)
  })

  it("logout ends the session's open stream; an event after the logout is not delivered", async () => {
    const world = await buildWorld()
    const bob = await login(world.app, "bob@acme.test")
    const bobStream = await stream(world.app, bob)
    expect((await world.app.request("/v1/auth/logout", { method: "POST", headers: as(bob) })).status).toBe(204)
    const after = await world.engine.createTicket(world.demo.bob, { subject: "After logout" })
    await endsWithin(bobStream)
    expect(bobStream.received.filter((e) => e.event === "ticket-event")).toEqual([])
    expect(JSON.stringify(bobStream.received)).not.toContain(after.id)
  })

  it("a stream served by another process ends at its next heartbeat after a logout here", async () => {
    const world = await buildWorld()
    // A second API over the same stores: it hears of the logout only through the AuthStore.
    const elsewhere = createTicketflowApi({
      engine: world.engine,
      tenantId: world.demo.tenantId,
      auth: { store: world.authStore },
      attachments: world.attachments,
      feed: world.feed,
      passwordCost: testPasswordCost,
      limits: { sseHeartbeatMs: 20 },
    })
    const bob = await login(world.app, "bob@acme.test")
    const remote = await stream(elsewhere, bob)
    await remote.waitFor((e) => e.event === "comment" && e.data === "heartbeat")
    expect((await world.app.request("/v1/auth/logout", { method: "POST", headers: as(bob) })).status).toBe(204)
    await endsWithin(remote)
  })

  it("a login whose password check overlapped a deactivation or a password reset gets no session", async () => {
    for (const change of ["deactivate", "reset"] as const) {
      const world = await buildWorld()
      let raced = false
      // The change lands after Bob's password was checked and before his session is stored.
      const racing: AuthStore = {
        ...world.authStore,
        async createSession(session) {
          if (!raced) {
            raced = true
            if (change === "deactivate") {
              const { tenantId: _t, createdAt: _c, ...bob } = (await world.engine.me(world.demo.bob)).user
              await world.engine.upsertUser(world.demo.admin, { ...bob, active: false })
            } else {
              await world.authStore.setPasswordHash(world.demo.tenantId, world.demo.bob.userId, await hashPassword("reset-by-admin", testPasswordCost), {})
            }
            await world.authStore.revokeSessions(world.demo.tenantId, world.demo.bob.userId)
          }
          await world.authStore.createSession(session)
        },
      }
      const app = createTicketflowApi({ engine: world.engine, tenantId: world.demo.tenantId, auth: { store: racing }, attachments: world.attachments, passwordCost: testPasswordCost })
      const response = await app.request("/v1/auth/login", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: "bob@acme.test", password: demoPassword }) })
      expect(response.status, change).toBe(401)
      expect(await world.authStore.revokeSessions(world.demo.tenantId, world.demo.bob.userId), change).toBe(0)
    }
  })

  it("a host app's user's stream ends once the user is deactivated", async () => {
    const world = await buildWorld()
    const app = createTicketflowApi({
      engine: world.engine,
      tenantId: world.demo.tenantId,
      auth: { authenticate: async (request) => (request.headers.get("x-user-id") === null ? null : { tenantId: world.demo.tenantId, userId: request.headers.get("x-user-id") ?? "" }) },
      attachments: world.attachments,
      feed: world.feed,
      limits: { sseHeartbeatMs: 20 },
    })
    const response = await app.request("/v1/events/stream", { headers: { "x-user-id": world.demo.bob.userId } })
    expect(response.status).toBe(200)
    const bobStream = readSse(response)
    open.push(bobStream)
    await bobStream.waitFor((e) => e.event === "comment" && e.data === "heartbeat")
    const { tenantId: _t, createdAt: _c, ...bob } = (await world.engine.me(world.demo.bob)).user
    await world.engine.upsertUser(world.demo.admin, { ...bob, active: false })
    await endsWithin(bobStream)
  })

  it("a stream ends when its session expires", async () => {
    const clock = manualClock("2026-03-02T09:00:00.000Z")
    const world = await buildWorld({ clock, limits: { sseHeartbeatMs: 20 } })
    const bob = await login(world.app, "bob@acme.test")
    const bobStream = await stream(world.app, bob)
    await bobStream.waitFor((e) => e.event === "comment" && e.data === "heartbeat")
    clock.advance(31 * 24 * 3600 * 1000)
    await endsWithin(bobStream)
    expect(await status(world.app, bob)).toBe(401)
  })
})
