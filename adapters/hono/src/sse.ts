import { declarations, isStaff, toEventView, type Actor, type TicketEvent } from "@ticketflow/core"
import { streamSSE } from "hono/streaming"
import { requireActor } from "./auth/authenticate.ts"
import type { AuthState } from "./env.ts"
import type { ApiDeps } from "./options.ts"
import { ApiProblem, problemResponsesOf } from "./problem.ts"
import { type ApiApp } from "./routes/shared.ts"

/** Fields whose change may change who sees a ticket: events carrying them skip the cache. */
const visibilityFields = ["departmentKey", "assigneeId", "typeKey", "requesterId", "organisationId"]

/**
 * Decides which events of the feed an actor may receive: their tenant's, of tickets they may
 * see (asked of the engine, remembered briefly), and never internal ones for customers.
 */
export function eventFilter(deps: ApiDeps, actor: Actor, staff: boolean): (event: TicketEvent) => Promise<boolean> {
  const seen = new Map<string, { visible: boolean; at: number }>()
  return async (event) => {
    if (event.tenantId !== actor.tenantId) return false
    if (event.visibility === "internal" && !staff) return false
    const now = deps.clock.now().getTime()
    const cached = seen.get(event.ticketId)
    const moved = visibilityFields.some((field) => field in event.changes)
    if (cached !== undefined && !moved && now - cached.at < deps.limits.sseVisibilityCacheMs) return cached.visible
    const visible = await deps.engine.getTicket(actor, event.ticketId).then(
      () => true,
      () => false,
    )
    if (seen.size > 5_000) seen.clear()
    seen.set(event.ticketId, { visible, at: now })
    return visible
  }
}

/**
 * Whether the session a stream was opened with still holds: its token's session in the
 * `AuthStore` (gone after logout, a password change or reset, a deactivation, or expiry), or,
 * for a host app's user, that the engine still knows the user as active.
 */
async function sessionIsLive(deps: ApiDeps, actor: Actor, via: AuthState["via"], tokenHash: string | null): Promise<boolean> {
  const auth = deps.auth
  if (via === "host" || "authenticate" in auth) {
    return deps.engine.me(actor).then(
      () => true,
      () => false,
    )
  }
  if (tokenHash === null) return false
  const sessions = auth.store
  const session = await sessions.findSession(tokenHash, deps.clock.now())
  return session !== null && session.tenantId === actor.tenantId && session.userId === actor.userId
}

/** `GET /v1/events/stream`: the ticket events the actor may see, as server-sent events. */
export function eventStreamRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/events/stream",
    operationId: "streamEvents",
    tags: ["Live updates"],
    summary: "Live ticket events",
    description:
      "Server-sent events: `ready` once subscribed, then one `ticket-event` (a `TicketEvent` component, core's `EventView`, as JSON) per change of a ticket the actor may see; internal events only for the team. A comment line every 15 s keeps the connection open. The stream ends when its session does (logout, password change or reset, deactivation, expiry): at once in the process that revoked it, within one heartbeat interval in any other.",
    responses: {
      200: { description: "An event stream.", content: { "text/event-stream": { schema: { type: "string" } } } },
      // Not one engine operation: it reads the actor as `me` does; 404 when the server has no event feed.
      ...problemResponsesOf(declarations.me, {}, 404),
    },
  })

  app.get("/v1/events/stream", async (c) => {
    const actor = requireActor(c)
    const { via, tokenHash } = c.get("auth")
    const feed = deps.feed
    if (feed === null) {
      throw new ApiProblem({ slug: "live-updates-off", status: 404, title: "Live updates off", detail: "This API runs without an event feed" })
    }
    const mayReceive = eventFilter(deps, actor, isStaff(await deps.engine.me(actor)))
    c.header("X-Accel-Buffering", "no")
    return streamSSE(c, async (stream) => {
      // One writer at a time: batches arrive while earlier ones are still being checked.
      let queue: Promise<unknown> = Promise.resolve()
      const enqueue = (write: () => Promise<unknown>) => {
        queue = queue.then(write).catch((error: unknown) => deps.logger.warn({ error }, "live update not delivered"))
      }
      let ended = false
      let end = () => {}
      const closed = new Promise<void>((resolve) => {
        end = () => {
          ended = true
          resolve()
        }
        stream.onAbort(end)
        c.req.raw.signal.addEventListener("abort", end, { once: true })
      })
      // The session is re-read on the writer queue, so an event queued after a revocation in this
      // process is never written; a revocation elsewhere is found at the next heartbeat.
      const recheck = () =>
        enqueue(async () => {
          if (ended) return
          const valid = await sessionIsLive(deps, actor, via, tokenHash).catch((error: unknown) => {
            deps.logger.warn({ error }, "live update stream could not check its session; closing it")
            return false
          })
          if (!valid) end()
        })
      const unsubscribe = feed.subscribe((events) => {
        enqueue(async () => {
          for (const event of events) {
            if (ended || stream.aborted || !(await mayReceive(event))) continue
            await stream.writeSSE({ event: "ticket-event", id: event.id, data: JSON.stringify(toEventView(event)) })
          }
        })
      })
      const stopListening = deps.revocations.listen(actor, recheck)
      const heartbeat = setInterval(() => {
        recheck()
        enqueue(async () => {
          if (!ended) await stream.write(": heartbeat\n\n")
        })
      }, deps.limits.sseHeartbeatMs)
      await stream.writeSSE({ event: "ready", data: JSON.stringify({ userId: actor.userId }), retry: 3000 })
      await closed
      clearInterval(heartbeat)
      stopListening()
      unsubscribe()
    })
  })
}
