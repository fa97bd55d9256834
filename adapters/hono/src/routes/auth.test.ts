import { createHash } from "node:crypto"
import { manualClock, type Actor } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { createTicketflowApi } from "../app.ts"
import { buildWorld, demoPassword } from "../testing/world.ts"

const json = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T
const loginBody = (email: string, password = demoPassword, extra: Record<string, unknown> = {}) => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ email, password, ...extra }),
})

describe("authentication routes", () => {
  it("logs in with email and password: an opaque token stored only as its sha256", async () => {
    const world = await buildWorld()
    const response = await world.app.request("/v1/auth/login", loginBody("bob@acme.test"))
    expect(response.status).toBe(200)
    expect(response.headers.get("Cache-Control")).toBe("no-store")
    const session = await json<{ token: string; tokenType: string; expiresAt: string; user: { id: string; email: string } }>(response)
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(session.tokenType).toBe("Bearer")
    expect(session.user).toMatchObject({ id: world.demo.bob.userId, email: "bob@acme.test" })
    const expires = new Date(session.expiresAt).getTime() - Date.now()
    expect(expires).toBeGreaterThan(29 * 24 * 3600 * 1000)
    expect(expires).toBeLessThanOrEqual(30 * 24 * 3600 * 1000)
    const hash = createHash("sha256").update(session.token).digest("hex")
    expect(await world.authStore.findSession(hash, new Date())).toMatchObject({ userId: world.demo.bob.userId })
    expect(await world.authStore.findSession(session.token, new Date())).toBeNull()
    const me = await world.app.request("/v1/auth/me", { headers: { Authorization: `Bearer ${session.token}` } })
    expect(me.status).toBe(200)
    const body = await json<{ user: object; tenant: object }>(me)
    expect(body).toMatchObject({ user: { id: world.demo.bob.userId }, departmentKeys: [], tenant: { key: "demo" } })
    // The API serves one tenant: its id stays inside, on the user and the tenant alike.
    expect(body.user).not.toHaveProperty("tenantId")
    expect(body.tenant).not.toHaveProperty("id")
  })

  it("logs every demo user in, with any case of the email", async () => {
    const world = await buildWorld()
    for (const email of ["admin@demo.test", "agent@demo.test", "billing@demo.test", "alice@acme.test", "bob@acme.test", "carol@globex.test", "Carol@Globex.test"]) {
      expect((await world.app.request("/v1/auth/login", loginBody(email))).status, email).toBe(200)
    }
    const agent = await json<{ departmentKeys: string[] }>(await world.call("agent", "GET", "/v1/auth/me"))
    expect(agent.departmentKeys).toEqual(["technical-support"])
  })

  it("answers a wrong password and an unknown email alike: 401 unauthenticated", async () => {
    const world = await buildWorld()
    const wrong = await world.app.request("/v1/auth/login", loginBody("bob@acme.test", "not-the-password"))
    const unknown = await world.app.request("/v1/auth/login", loginBody("nobody@acme.test"))
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.headers.get("WWW-Authenticate")).toContain("Bearer")
    expect(await json(wrong)).toEqual(await json(unknown))
    const otherTenant = await world.app.request("/v1/auth/login", loginBody("bob@acme.test", demoPassword))
    expect(otherTenant.status).toBe(200)
  })

  it("answers requests without, with a garbage, or with an unknown token with 401", async () => {
    const world = await buildWorld()
    const cases: Array<Record<string, string>> = [{}, { Authorization: "Bearer garbage" }, { Authorization: `Bearer ${"A".repeat(43)}` }, { Authorization: "Basic Ym9iOmRlbW8=" }]
    for (const headers of cases) {
      const response = await world.app.request("/v1/tickets", { headers })
      expect(response.status).toBe(401)
      expect(response.headers.get("Content-Type")).toBe("application/problem+json")
    }
  })

  it("logs out: the token stops working", async () => {
    const world = await buildWorld()
    expect((await world.call("bob", "GET", "/v1/auth/me")).status).toBe(200)
    expect((await world.call("bob", "POST", "/v1/auth/logout")).status).toBe(204)
    expect((await world.call("bob", "GET", "/v1/auth/me")).status).toBe(401)
  })

  it("expires sessions after 30 days", async () => {
    const clock = manualClock("2026-03-02T09:00:00.000Z")
    const world = await buildWorld({ clock })
    expect((await world.call("bob", "GET", "/v1/auth/me")).status).toBe(200)
    clock.advance(29 * 24 * 3600 * 1000)
    expect((await world.call("bob", "GET", "/v1/auth/me")).status).toBe(200)
    clock.advance(2 * 24 * 3600 * 1000)
    expect((await world.call("bob", "GET", "/v1/auth/me")).status).toBe(401)
  })

  it("rate-limits failed logins per account and client address with 429 and Retry-After, until the window passes", async () => {
    const clock = manualClock("2026-03-02T09:00:00.000Z")
    const world = await buildWorld({ clock, limits: { login: { failuresPerAccount: 3, windowMs: 60_000 } } })
    for (let i = 0; i < 3; i++) expect((await world.app.request("/v1/auth/login", loginBody("bob@acme.test", "wrong"))).status).toBe(401)
    const limited = await world.app.request("/v1/auth/login", loginBody("BOB@acme.test", demoPassword))
    expect(limited.status).toBe(429)
    expect(limited.headers.get("Retry-After")).toBe("60")
    expect(await json(limited)).toMatchObject({ type: "https://ticketflow.dev/problems/rate-limited", retryAfter: 60 })
    expect((await world.app.request("/v1/auth/login", loginBody("alice@acme.test"))).status).toBe(200)
    clock.advance(61_000)
    expect((await world.app.request("/v1/auth/login", loginBody("bob@acme.test"))).status).toBe(200)
  })

  it("rate-limits failed logins per client address over all accounts; successes neither count nor clear it", async () => {
    const world = await buildWorld({
      limits: { login: { failuresPerAddress: 4 } },
      api: { clientAddress: (request) => request.headers.get("x-test-address") ?? "unknown" },
    })
    const from = (address: string, email: string, password = demoPassword) => {
      const init = loginBody(email, password)
      return world.app.request("/v1/auth/login", { ...init, headers: { ...init.headers, "x-test-address": address } })
    }
    for (const email of ["admin@demo.test", "agent@demo.test", "alice@acme.test", "bob@acme.test", "billing@demo.test"]) expect((await from("10.0.0.1", email)).status).toBe(200)
    for (const email of ["admin@demo.test", "agent@demo.test", "alice@acme.test"]) expect((await from("10.0.0.1", email, "wrong")).status).toBe(401)
    expect((await from("10.0.0.1", "bob@acme.test")).status).toBe(200)
    expect((await from("10.0.0.1", "nobody@acme.test")).status).toBe(401)
    const limited = await from("10.0.0.1", "carol@globex.test")
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0)
    expect((await from("10.0.0.2", "carol@globex.test")).status).toBe(200)
  })

  it("sets an HttpOnly SameSite=Lax cookie on request, accepted for reads and same-origin writes only", async () => {
    const world = await buildWorld()
    const login = await world.app.request("http://localhost/v1/auth/login", loginBody("bob@acme.test", demoPassword, { cookie: true }))
    const cookie = login.headers.get("Set-Cookie") ?? ""
    expect(cookie).toMatch(/^ticketflow_session=[A-Za-z0-9_-]{43};/)
    expect(cookie).toContain("HttpOnly")
    expect(cookie).toContain("SameSite=Lax")
    expect(cookie).toContain("Path=/")
    const session = cookie.split(";")[0] ?? ""
    expect((await world.app.request("http://localhost/v1/auth/me", { headers: { Cookie: session } })).status).toBe(200)
    const body = JSON.stringify({ subject: "From the console" })
    const headers = { Cookie: session, "Content-Type": "application/json" }
    const sameOrigin = await world.app.request("http://localhost/v1/tickets", { method: "POST", headers: { ...headers, Origin: "http://localhost" }, body })
    expect(sameOrigin.status).toBe(201)
    const crossSite = await world.app.request("http://localhost/v1/tickets", { method: "POST", headers: { ...headers, Origin: "https://evil.test" }, body })
    expect(crossSite.status).toBe(403)
    expect(await json(crossSite)).toMatchObject({ type: "https://ticketflow.dev/problems/cross-site-request" })
    const logout = await world.app.request("http://localhost/v1/auth/logout", { method: "POST", headers: { Cookie: session, Origin: "http://localhost" } })
    expect(logout.status).toBe(204)
    expect(logout.headers.get("Set-Cookie")).toContain("ticketflow_session=;")
    expect((await world.app.request("http://localhost/v1/auth/me", { headers: { Cookie: session } })).status).toBe(401)
  })

  it("lets a host app authenticate: an Actor as it is, a host user upserted by externalId", async () => {
    const world = await buildWorld()
    const app = createTicketflowApi({
      engine: world.engine,
      tenantId: world.demo.tenantId,
      attachments: world.attachments,
      auth: {
        authenticate: async (request) => {
          const userId = request.headers.get("x-user-id")
          if (userId !== null) return { tenantId: world.demo.tenantId, userId } satisfies Actor
          const external = request.headers.get("x-external-id")
          if (external === null) return null
          return { user: { externalId: external, email: `${external}@host.test`, name: `Host user ${external}`, kind: "customer", organisationKey: "acme" } }
        },
      },
    })
    const asBob = await app.request("/v1/auth/me", { headers: { "x-user-id": world.demo.bob.userId } })
    expect(await json(asBob)).toMatchObject({ user: { email: "bob@acme.test" } })
    const first = await json<{ user: { id: string; externalId: string; organisationId: string } }>(await app.request("/v1/auth/me", { headers: { "x-external-id": "h-42" } }))
    expect(first.user.externalId).toBe("h-42")
    const created = await app.request("/v1/tickets", { method: "POST", headers: { "x-external-id": "h-42", "Content-Type": "application/json" }, body: JSON.stringify({ subject: "From the host" }) })
    expect(created.status).toBe(201)
    const users = (await world.engine.listUsers(world.demo.admin)).filter((u) => u.externalId === "h-42")
    expect(users).toHaveLength(1)
    expect(users[0]?.id).toBe(first.user.id)
    expect((await app.request("/v1/auth/me")).status).toBe(401)
    expect((await app.request("/v1/auth/login", loginBody("bob@acme.test"))).status).toBe(404)
  })

  it("serves many tenants with resolveTenant: a token works only on its own tenant", async () => {
    const world = await buildWorld()
    const tenants: Record<string, string> = { "demo.test": world.demo.tenantId, "other.test": world.other.tenantId }
    const app = createTicketflowApi({
      engine: world.engine,
      resolveTenant: async (request) => tenants[new URL(request.url).hostname] ?? null,
      auth: { store: world.authStore },
      attachments: world.attachments,
      passwordCost: 4,
    })
    const login = await json<{ token: string; user: { id: string } }>(await app.request("http://other.test/v1/auth/login", loginBody("bob@acme.test")))
    expect(login.user.id).toBe(world.other.bob.userId)
    expect(login.user.id).not.toBe(world.demo.bob.userId)
    const headers = { Authorization: `Bearer ${login.token}` }
    const me = await app.request("http://other.test/v1/auth/me", { headers })
    expect(me.status).toBe(200)
    expect(await json(me)).toMatchObject({ user: { id: world.other.bob.userId }, tenant: { key: "other" } })
    expect((await app.request("http://demo.test/v1/auth/me", { headers })).status).toBe(401)
    expect((await app.request("http://nowhere.test/v1/auth/login", loginBody("bob@acme.test"))).status).toBe(404)
  })
})
