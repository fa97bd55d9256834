import { Unauthenticated, type Actor } from "@ticketflow/core"
import type { Context, MiddlewareHandler } from "hono"
import { getCookie } from "hono/cookie"
import type { ApiEnv, AuthState } from "../env.ts"
import type { ApiDeps } from "../options.ts"
import type { HostUser } from "./auth-options.ts"
import { ApiProblem } from "../problem.ts"
import { sessionCookie } from "./session-cookie.ts"
import { tokenHash } from "./tokens.ts"

export { sessionCookie }

const anonymous: AuthState = { actor: null, via: null, tokenHash: null }
const hostUserTtlMs = 60_000

const isActor = (value: Actor | HostUser): value is Actor => "userId" in value

function bearerToken(header: string | undefined): string | null {
  const match = header === undefined ? null : /^Bearer\s+([A-Za-z0-9_-]{16,128})\s*$/i.exec(header)
  return match?.[1] ?? null
}

/** A cookie-authenticated write must come from the API's own origin (the console). */
function refuseCrossSite(c: Context): void {
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return
  const site = c.req.header("Sec-Fetch-Site")
  const origin = c.req.header("Origin")
  const crossSite = site === "cross-site" || (origin !== undefined && origin !== new URL(c.req.url).origin)
  if (crossSite) {
    throw new ApiProblem({ slug: "cross-site-request", status: 403, title: "Cross-site request refused", detail: "Cookie sessions accept writes from the API's own origin only; use a bearer token" })
  }
}

/**
 * Finds who a request is from: a bearer token or the session cookie looked up in the
 * `AuthStore`, or the host app's `authenticate` hook (its users upserted by `externalId`).
 * Nobody is not an error here: routes that need an actor call `requireActor`.
 */
export function authentication(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  const hostUsers = new Map<string, { actor: Actor; at: number }>()

  const syncHostUser = async (request: Request, host: HostUser): Promise<Actor | null> => {
    const tenantId = host.tenantId ?? (await deps.tenantOf(request))
    if (tenantId === null) return null
    const cacheKey = JSON.stringify([tenantId, host.user])
    const now = deps.clock.now().getTime()
    const cached = hostUsers.get(cacheKey)
    if (cached !== undefined && now - cached.at < hostUserTtlMs) return cached.actor
    const user = await deps.engine.syncUser(tenantId, host.user)
    const actor: Actor = { tenantId, userId: user.id }
    if (hostUsers.size > 10_000) hostUsers.clear()
    hostUsers.set(cacheKey, { actor, at: now })
    return actor
  }

  return async (c, next) => {
    let state = anonymous
    const auth = deps.auth
    if ("authenticate" in auth) {
      const found = await auth.authenticate(c.req.raw)
      const actor = found === null ? null : isActor(found) ? found : await syncHostUser(c.req.raw, found)
      if (actor !== null) state = { actor, via: "host", tokenHash: null }
    } else {
      const bearer = bearerToken(c.req.header("Authorization"))
      const cookie = bearer === null ? getCookie(c, sessionCookie) : undefined
      const token = bearer ?? (cookie !== undefined && /^[A-Za-z0-9_-]{16,128}$/.test(cookie) ? cookie : null)
      if (token !== null) {
        const hash = tokenHash(token)
        const sessions = auth.store
        const session = await sessions.findSession(hash, deps.clock.now())
        const tenantId = session === null ? null : await deps.tenantOf(c.req.raw)
        if (session !== null && session.tenantId === tenantId) {
          if (bearer === null) refuseCrossSite(c)
          state = { actor: { tenantId: session.tenantId, userId: session.userId }, via: bearer === null ? "cookie" : "bearer", tokenHash: hash }
        }
      }
    }
    c.set("auth", state)
    await next()
  }
}

/**
 * Refuses a request from nobody with `Unauthenticated` (401), its detail how to authenticate,
 * before any route reads its input: nobody learns a route's input rules before logging in.
 * Only `POST /v1/auth/login` is open (without the built-in login, no route answers there).
 */
export function requireAuthentication(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  const { hint } = deps.authScheme
  return async (c, next) => {
    if (!c.req.path.endsWith("/v1/auth/login") && (c.get("auth")?.actor ?? null) === null) throw new Unauthenticated({ message: hint })
    await next()
  }
}

/** The acting user of a request, or `Unauthenticated` (401); behind `requireAuthentication`, always the actor. */
export function requireActor(c: Context<ApiEnv>): Actor {
  const actor = c.get("auth")?.actor ?? null
  if (actor === null) throw new Unauthenticated({ message: "Authentication required" })
  return actor
}
