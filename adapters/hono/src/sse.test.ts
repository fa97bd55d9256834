import type { EventView, TicketEventFeed } from "@ticketflow/core"
import { afterEach, describe, expect, it } from "vitest"
import { readSse, type SseReader } from "./testing/sse-client.ts"
import { buildWorld, type Role, type World } from "./testing/world.ts"

const json = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T

/** A feed that counts its subscribers, and tells when one unsubscribes. */
function countingFeed(inner: TicketEventFeed): TicketEventFeed & { subscribers: () => number; unsubscribed: () => Promise<void> } {
  let count = 0
  let told = () => {}
  let next = new Promise<void>((resolve) => (told = resolve))
  return {
    publish: (events) => inner.publish(events),
    subscribe(listener) {
      count += 1
      const unsubscribe = inner.subscribe(listener)
      return () => {
        count -= 1
        unsubscribe()
        told()
        next = new Promise<void>((resolve) => (told = resolve))
      }
    },
    subscribers: () => count,
    unsubscribed: () => next,
  }
}

describe("GET /v1/events/stream", () => {
  const open: SseReader[] = []
  afterEach(async () => {
    for (const stream of open.splice(0)) await stream.close()
  })

  const connect = async (world: World, role: Role) => {
    const response = await world.call(role, "GET", "/v1/events/stream")
    expect(response.status).toBe(200)
    expect(response.headers.get("Content-Type")).toBe("text/event-stream")
    const stream = readSse(response)
    open.push(stream)
    await stream.waitFor((e) => e.event === "ready")
    return stream
  }
  const ticketEvents = (stream: SseReader) =>
    stream.received.filter((e) => e.event === "ticket-event").map((e) => JSON.parse(e.data) as EventView)

  it("streams the events of tickets the actor may see, never internal ones to customers", async () => {
    const world = await buildWorld()
    const bob = await connect(world, "bob")
    const agent = await connect(world, "agent")
    const billing = await connect(world, "billing")
    const carol = await connect(world, "carol")
    const mine = await json<{ id: string }>(await world.call("bob", "POST", "/v1/tickets", { subject: "Live", department: "technical-support" }))
    const carols = await json<{ id: string }>(await world.call("carol", "POST", "/v1/tickets", { subject: "Carol's", department: "technical-support" }))
    await world.call("agent", "POST", `/v1/tickets/${mine.id}/messages`, { body: "internal unicorn", visibility: "internal" })
    await world.engine.createTicket(world.other.bob, { subject: "other tenant" })
    await world.call("agent", "POST", `/v1/tickets/${mine.id}/transitions`, { event: "START" })

    const lastOf = (e: { event: string; data: string }) => e.event === "ticket-event" && (JSON.parse(e.data) as EventView).type === "Assigned"
    await bob.waitFor(lastOf)
    await agent.waitFor(lastOf)
    await carol.waitFor((e) => e.event === "ticket-event" && (JSON.parse(e.data) as EventView).ticketId === carols.id)
    // A ticket billing sees, last: once it arrives, every earlier batch was decided for billing.
    const marker = await json<{ id: string }>(await world.call("bob", "POST", "/v1/tickets", { subject: "Marker", department: "billing" }))
    await billing.waitFor((e) => e.event === "ticket-event" && (JSON.parse(e.data) as EventView).ticketId === marker.id)
    await bob.waitFor((e) => e.event === "ticket-event" && (JSON.parse(e.data) as EventView).ticketId === marker.id)

    expect(ticketEvents(bob).map((e) => `${e.ticketId === mine.id ? "mine" : "marker"}:${e.type}`)).toEqual(["mine:TicketCreated", "mine:StatusChanged", "mine:Assigned", "marker:TicketCreated"])
    expect(ticketEvents(bob).every((e) => e.visibility === "public")).toBe(true)
    expect(JSON.stringify(bob.received)).not.toContain("unicorn")
    const agentTypes = ticketEvents(agent).map((e) => `${e.ticketId === mine.id ? "mine" : "carol"}:${e.type}`)
    expect(agentTypes).toEqual(expect.arrayContaining(["mine:TicketCreated", "carol:TicketCreated", "mine:NoteAdded", "mine:StatusChanged", "mine:Assigned"]))
    // The other tenant's ticket never reaches this tenant's stream; no event carries a tenant id.
    expect(ticketEvents(agent).every((e) => [mine.id, carols.id, marker.id].includes(e.ticketId))).toBe(true)
    expect(ticketEvents(agent).every((e) => !("tenantId" in e))).toBe(true)
    expect(ticketEvents(carol).every((e) => e.ticketId === carols.id)).toBe(true)
    expect(ticketEvents(billing).map((e) => e.ticketId)).toEqual([marker.id])
  })

  it("sends heartbeat comments", async () => {
    const world = await buildWorld({ limits: { sseHeartbeatMs: 20 } })
    const stream = await connect(world, "bob")
    await stream.waitFor((e) => e.event === "comment" && e.data === "heartbeat")
  })

  it("unsubscribes when the client goes away", async () => {
    let feed: ReturnType<typeof countingFeed> | undefined
    const world = await buildWorld({ wrapFeed: (inner) => (feed = countingFeed(inner)) })
    const stream = await connect(world, "bob")
    expect(feed?.subscribers()).toBe(1)
    const unsubscribed = feed?.unsubscribed()
    await stream.close()
    open.splice(open.indexOf(stream), 1)
    // The server notices the client left and unsubscribes (the test's timeout bounds the wait).
    await unsubscribed
    expect(feed?.subscribers()).toBe(0)
  })

  it("needs an actor (401), and a feed (404)", async () => {
    const world = await buildWorld()
    expect((await world.call("anonymous", "GET", "/v1/events/stream")).status).toBe(401)
    const noFeed = await buildWorld({ api: { feed: undefined } })
    expect((await noFeed.call("bob", "GET", "/v1/events/stream")).status).toBe(404)
  })
})
