import { createRoute } from "@hono/zod-openapi"
import { declarations, NotFound, toMeView, toUserView, Unauthenticated, type AuthStore, type User } from "@ticketflow/core"
import { deleteCookie, setCookie } from "hono/cookie"
import { requireActor, sessionCookie } from "../auth/authenticate.ts"
import { verifyNothing, verifyPassword } from "../auth/password.ts"
import { loginThrottle } from "../auth/rate-limit.ts"
import { newToken, tokenHash } from "../auth/tokens.ts"
import type { ApiDeps } from "../options.ts"
import { ApiProblem, problemResponsesOf } from "../problem.ts"
import { LoginBody, LoginResultSchema, MeSchema } from "../schemas/auth.ts"
import { jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

const tags = ["Authentication"]

const login = createRoute({
  method: "post",
  path: "/v1/auth/login",
  operationId: "login",
  tags,
  summary: "Log in",
  description: "Email and password → an opaque bearer token (and, with `cookie: true`, an HttpOnly session cookie). Failed attempts are throttled per account and client address, per account from new addresses, and per address (429 with `Retry-After`); when too many password checks are queued, 503 with `Retry-After`.",
  security: [],
  request: { body: jsonBody(LoginBody, "The credentials.") },
  responses: {
    200: jsonResponse(LoginResultSchema, "The session."),
    // Not an engine operation: the adapter's own login refuses wrong credentials (401), a request
    // that names no tenant (404) and throttled attempts (429).
    ...problemResponsesOf({ errors: ["Unauthenticated", "NotFound"] }, { body: true, anonymous: true }, 429),
  },
})

const logout = createRoute({
  method: "post",
  path: "/v1/auth/logout",
  operationId: "logout",
  tags,
  summary: "Log out",
  description: "Ends the session of the token (or cookie) the request carries, and closes its live event streams.",
  responses: { 204: { description: "Logged out." }, ...problemResponsesOf({ errors: [] }) },
})

const me = createRoute({
  method: "get",
  path: "/v1/auth/me",
  operationId: "me",
  tags,
  summary: declarations.me.summary,
  description: "Who the request is from.",
  responses: { 200: jsonResponse(MeSchema, "The actor."), ...problemResponsesOf(declarations.me) },
})

const invalidCredentials = () => new Unauthenticated({ message: "Wrong email or password" })

/**
 * `GET /v1/auth/me`; with the built-in login, `POST /v1/auth/login` and `POST /v1/auth/logout`
 * too (a host app logs its users in and out itself: those routes do not exist then).
 */
export function authRoutes(app: ApiApp, deps: ApiDeps): void {
  const auth = deps.auth
  if (!("authenticate" in auth)) loginRoutes(app, deps, auth.store)
  app.openapi(me, async (c) => {
    const actor = requireActor(c)
    return c.json(toMeView(await deps.engine.me(actor)), 200)
  })
}

/** `POST /v1/auth/login` and `POST /v1/auth/logout`: sessions in the `AuthStore`. */
function loginRoutes(app: ApiApp, deps: ApiDeps, store: AuthStore): void {
  const { engine, limits } = deps
  const now = () => deps.clock.now().getTime()
  const throttle = loginThrottle({ ...limits.login, now })

  const findUser = (tenantId: string, email: string): Promise<User | null> => engine.lookupUser(tenantId, { email })

  /** The hash the password matched, or null; the unknown-email decoy goes through the same bound. */
  const checkPassword = async (store: AuthStore, tenantId: string, user: User | null, password: string): Promise<string | null> => {
    const hash = user === null ? null : await store.getPasswordHash(tenantId, user.id)
    if (hash === null) {
      await deps.passwordGate.run(() => verifyNothing(password, deps.passwordCost))
      return null
    }
    return (await deps.passwordGate.run(() => verifyPassword(password, hash))) ? hash : null
  }

  app.openapi(login, async (c) => {
    const { email, password, cookie } = c.req.valid("json")
    const tenantId = await deps.tenantOf(c.req.raw)
    if (tenantId === null) throw new NotFound({ message: "No tenant here", entity: "tenant", key: "" })
    const account = `${tenantId}\u0000${email.trim().toLowerCase()}`
    const address = deps.clientAddress(c.req.raw, c.env)
    const verdict = throttle.check(account, address)
    if (!verdict.allowed) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000)
      throw new ApiProblem({
        slug: "rate-limited",
        status: 429,
        title: "Too many login attempts",
        detail: `Try again in ${seconds} seconds`,
        extra: { retryAfter: seconds },
        headers: { "Retry-After": String(seconds) },
      })
    }
    const user = await findUser(tenantId, email.trim())
    const matched = await checkPassword(store, tenantId, user, password)
    if (matched === null || user === null || !user.active) {
      throttle.failed(account, address)
      deps.logger.warn({ tenantId, address }, "login failed")
      throw invalidCredentials()
    }
    throttle.succeeded(account, address)
    const token = newToken()
    const hash = tokenHash(token)
    const createdAt = deps.clock.now()
    const expiresAt = new Date(createdAt.getTime() + limits.sessionTtlMs)
    await store.createSession({ tokenHash: hash, tenantId, userId: user.id, createdAt: createdAt.toISOString(), expiresAt: expiresAt.toISOString() })
    // A password change or a deactivation that landed while the password was being checked
    // revoked the sessions before this one existed: look again, and take it back if so.
    const [after, hashAfter] = await Promise.all([engine.lookupUser(tenantId, { id: user.id }), store.getPasswordHash(tenantId, user.id)])
    if (after?.active !== true || hashAfter !== matched) {
      await store.deleteSession(hash)
      throw invalidCredentials()
    }
    if (cookie === true) {
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: "Lax",
        secure: new URL(c.req.url).protocol === "https:",
        path: "/",
        expires: expiresAt,
      })
    }
    c.header("Cache-Control", "no-store")
    return c.json({ token, tokenType: "Bearer" as const, expiresAt: expiresAt.toISOString(), user: toUserView(user) }, 200)
  })

  app.openapi(logout, async (c) => {
    const actor = requireActor(c)
    const hash = c.get("auth").tokenHash
    if (hash !== null) await store.deleteSession(hash)
    deps.revocations.revoked(actor)
    deleteCookie(c, sessionCookie, { path: "/" })
    return c.body(null, 204)
  })
}
