import { describe, expect, it } from "vitest"
import { createAuthProvider, fetchDemoUsers } from "./auth-provider.ts"
import { fakeFetch, type Recorded } from "./fake-fetch.test-helper.ts"
import { createApiClient, type TokenStore } from "./http-client.ts"
import { createSession } from "./session.ts"

const bob = { id: "u-bob", externalId: null, email: "bob@acme.test", name: "Bob Acme", kind: "customer", organisationId: "org-acme", orgRole: "member", locale: "ru", active: true, createdAt: "2026-01-01T00:00:00.000Z" }
const me = { user: bob, departmentKeys: [], tenant: { key: "demo", name: "Demo Support", settings: {} } }
const unauthenticated = { status: 401, body: { type: "https://ticketflow.dev/problems/unauthenticated", title: "Authentication required", status: 401, detail: "Log in first" } }

function memoryTokens(initial: string | null = null): TokenStore & { value: string | null } {
  const store = { value: initial, get: () => store.value, set: (token: string | null) => void (store.value = token) }
  return store
}

function setup(tokens = memoryTokens(), route?: (r: Recorded) => { status?: number; body?: unknown } | undefined) {
  const server = fakeFetch(
    route ??
      ((r) => {
        if (r.url.pathname === "/v1/auth/login") {
          const { password } = r.body as { password: string }
          return password === "demo-password" ? { body: { token: "tok_abcdefghijklmnop", tokenType: "Bearer", expiresAt: "2026-02-01T00:00:00.000Z", user: bob } } : { status: 401, body: { ...unauthenticated.body, detail: "Wrong email or password" } }
        }
        if (r.url.pathname === "/v1/auth/me") return r.headers.get("Authorization") === "Bearer tok_abcdefghijklmnop" ? { body: me } : unauthenticated
        if (r.url.pathname === "/v1/auth/logout") return { status: 204 }
        return undefined
      }),
  )
  const client = createApiClient({ fetch: server.fetch, tokens })
  const session = createSession(client)
  return { auth: createAuthProvider(client, session), calls: server.calls, tokens, client }
}

describe("auth provider", () => {
  it("logs in with a cookie session too and keeps the token", async () => {
    const { auth, calls, tokens } = setup()
    expect(await auth.login({ email: "bob@acme.test", password: "demo-password" })).toEqual({ success: true, redirectTo: "/" })
    expect(calls[0]?.body).toEqual({ email: "bob@acme.test", password: "demo-password", cookie: true })
    expect(tokens.value).toBe("tok_abcdefghijklmnop")
    expect(await auth.check()).toEqual({ authenticated: true })
  })

  it("reports a wrong password as a failed login with the API's words", async () => {
    const { auth, tokens } = setup()
    const result = await auth.login({ email: "bob@acme.test", password: "nope" })
    expect(result.success).toBe(false)
    expect(result.error).toMatchObject({ name: "Authentication required", message: "Wrong email or password" })
    expect(tokens.value).toBeNull()
  })

  it("is unauthenticated without a valid session and sends to /login", async () => {
    const { auth, tokens } = setup(memoryTokens("tok_expiredexpired00"))
    expect(await auth.check()).toEqual({ authenticated: false, logout: true, redirectTo: "/login" })
    expect(tokens.value).toBeNull()
  })

  it("tells who is signed in and their role", async () => {
    const { auth } = setup(memoryTokens("tok_abcdefghijklmnop"))
    expect(await auth.getIdentity?.()).toMatchObject({ id: "u-bob", name: "Bob Acme", role: "customer", locale: "ru", tenantName: "Demo Support", organisationId: "org-acme" })
    expect(await auth.getPermissions?.()).toEqual({ role: "customer", departmentKeys: [] })
  })

  it("asks /auth/me once for identity, permissions and checks", async () => {
    const { auth, calls } = setup(memoryTokens("tok_abcdefghijklmnop"))
    await Promise.all([auth.check(), auth.getIdentity?.(), auth.getPermissions?.()])
    expect(calls.filter((c) => c.url.pathname === "/v1/auth/me")).toHaveLength(1)
  })

  it("logs out on the server and forgets the token, even when the session is gone", async () => {
    const { auth, calls, tokens } = setup(memoryTokens("tok_abcdefghijklmnop"))
    expect(await auth.logout({})).toEqual({ success: true, redirectTo: "/login" })
    expect(calls[0]?.method).toBe("POST")
    expect(calls[0]?.url.pathname).toBe("/v1/auth/logout")
    expect(tokens.value).toBeNull()
    const gone = setup(memoryTokens("tok_abcdefghijklmnop"), () => unauthenticated)
    expect((await gone.auth.logout({})).success).toBe(true)
  })

  it("logs out on a 401 from any request, not on other errors", async () => {
    const { auth, tokens } = setup(memoryTokens("tok_abcdefghijklmnop"))
    expect(await auth.onError({ statusCode: 403 })).toEqual({})
    expect(tokens.value).toBe("tok_abcdefghijklmnop")
    expect(await auth.onError({ statusCode: 401 })).toEqual({ logout: true, redirectTo: "/login" })
    expect(tokens.value).toBeNull()
  })

  it("lists the demo users when the server is in demo mode, none otherwise", async () => {
    const users = [{ email: "alice@acme.test", name: "Alice Acme", kind: "customer", password: "demo-password" }]
    const demo = setup(memoryTokens(), (r) => (r.url.pathname === "/v1/demo" ? { body: { users } } : undefined))
    expect(await fetchDemoUsers(demo.client)).toEqual(users)
    const none = setup(memoryTokens(), () => undefined)
    expect(await fetchDemoUsers(none.client)).toEqual([])
  })
})
