import type { Actor, TicketEvent } from "@ticketflow/core"
import { streamSSE } from "hono/streaming"
import { requireActor } from "./auth/authenticate.ts"
import type { ApiDeps } from "./options.ts"
import { ApiProblem, problemResponses } from "./problem.ts"
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

/** `GET /v1/events/stream`: the ticket events the actor may see, as server-sent events. */
export function eventStreamRoutes(app: ApiApp, deps: ApiDeps): void {
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/events/stream",
    operationId: "streamEvents",
    tags: ["Live updates"],
    summary: "Live ticket events",
    description:
      "Server-sent events: `ready` once subscribed, then one `ticket-event` (a TicketEvent as JSON) per change of a ticket the actor may see; internal events only for the team. A comment line every 15 s keeps the connection open.",
    responses: {
      200: { description: "An event stream.", content: { "text/event-stream": { schema: { type: "string" } } } },
      ...problemResponses(401, 404),
    },
  })

  app.get("/v1/events/stream", async (c) => {
    const actor = requireActor(c)
    const feed = deps.feed
    if (feed === null) {
      throw new ApiProblem({ slug: "live-updates-off", status: 404, title: "Live updates off", detail: "This API runs without an event feed" })
    }
    const { user } = await deps.engine.me(actor)
    const mayReceive = eventFilter(deps, actor, user.kind !== "customer")
    c.header("X-Accel-Buffering", "no")
    return streamSSE(c, async (stream) => {
      // One writer at a time: batches arrive while earlier ones are still being checked.
      let queue: Promise<unknown> = Promise.resolve()
      const enqueue = (write: () => Promise<unknown>) => {
        queue = queue.then(write).catch((error: unknown) => deps.logger.warn({ error }, "live update not delivered"))
      }
      const unsubscribe = feed.subscribe((events) => {
        enqueue(async () => {
          for (const event of events) {
            if (stream.aborted || !(await mayReceive(event))) continue
            await stream.writeSSE({ event: "ticket-event", id: event.id, data: JSON.stringify(event) })
          }
        })
      })
      const heartbeat = setInterval(() => enqueue(() => stream.write(": heartbeat\n\n")), deps.limits.sseHeartbeatMs)
      const closed = new Promise<void>((resolve) => {
        stream.onAbort(resolve)
        c.req.raw.signal.addEventListener("abort", () => resolve(), { once: true })
      })
      await stream.writeSSE({ event: "ready", data: JSON.stringify({ userId: actor.userId }), retry: 3000 })
      await closed
      clearInterval(heartbeat)
      unsubscribe()
    })
  })
}
