import type { Ticket, TicketEvent } from "@ticketflow/core"
import { beforeEach, describe, expect, it } from "vitest"
import { buildWorld, type World } from "../testing/world.ts"

const json = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T

interface MessageView {
  id: string
  body: string
  bodyHtml: string
  visibility: string
  attachments: Array<{ id: string; filename: string }>
}

describe("conversation and transition routes", () => {
  let world: World
  let ticket: Ticket
  beforeEach(async () => {
    world = await buildWorld()
    const response = await world.call("bob", "POST", "/v1/tickets", { subject: "Slow invoices", description: "Opening **Invoices** takes a minute", department: "technical-support" })
    ticket = await json<Ticket>(response)
  })
  const path = (suffix: string) => `/v1/tickets/${ticket.id}${suffix}`

  it("lists the allowed transitions with target and comment rule", async () => {
    const agent = await json<Array<{ event: string; target: string; comment: string }>>(await world.call("agent", "GET", path("/transitions")))
    expect(agent.map((t) => t.event).sort()).toEqual(["CLOSE", "REQUEST_CLARIFICATION", "START", "TRIAGE"])
    expect(agent.find((t) => t.event === "REQUEST_CLARIFICATION")).toMatchObject({ target: "needs_clarification", comment: "required" })
    const bob = await json<Array<{ event: string }>>(await world.call("bob", "GET", path("/transitions")))
    expect(bob.map((t) => t.event)).toEqual(["CLOSE"])
  })

  it("fires a transition (200, ETag) and refuses another with 409 listing the allowed events", async () => {
    const started = await world.call("agent", "POST", path("/transitions"), { event: "START" })
    expect(started.status).toBe(200)
    const after = await json<Ticket>(started)
    expect(after).toMatchObject({ status: "in_progress", assigneeId: world.demo.agent.userId })
    expect(started.headers.get("ETag")).toBe(`"${after.version}"`)
    const refused = await world.call("bob", "POST", path("/transitions"), { event: "ACCEPT" })
    expect(refused.status).toBe(409)
    const problem = await json<{ type: string; allowed: string[] }>(refused)
    expect(problem.type).toBe("https://ticketflow.dev/problems/invalid-transition")
    expect(problem.allowed).toEqual(["CLOSE"])
    const noComment = await world.call("agent", "POST", path("/transitions"), { event: "REQUEST_CLARIFICATION" })
    expect(noComment.status).toBe(422)
    const stale = await world.call("agent", "POST", path("/transitions"), { event: "REQUEUE" }, { "If-Match": `"${ticket.version}"` })
    expect(stale.status).toBe(412)
    expect((await json<Ticket>(await world.call("agent", "GET", path("")))).status).toBe("in_progress")
  })

  it("posts replies and notes, lists them in either order with sanitised HTML and their files", async () => {
    const upload = await json<{ id: string }>(await world.upload("agent", "log.txt", "line 1\nline 2"))
    const reply = await world.call("agent", "POST", path("/messages"), { body: "Could you **retry**?", attachmentIds: [upload.id] })
    expect(reply.status).toBe(201)
    const posted = await json<{ message: MessageView; ticket: Ticket }>(reply)
    expect(posted.message.bodyHtml).toBe("<p>Could you <strong>retry</strong>?</p>\n")
    expect(posted.message.attachments.map((a) => a.filename)).toEqual(["log.txt"])
    expect(reply.headers.get("ETag")).toBe(`"${posted.ticket.version}"`)
    const note = await world.call("agent", "POST", path("/messages"), { body: "Customer is on the old plan", visibility: "internal" })
    expect(note.status).toBe(201)
    const asc = await json<MessageView[]>(await world.call("agent", "GET", path("/messages")))
    expect(asc.map((m) => m.visibility)).toEqual(["public", "public", "internal"])
    const desc = await json<MessageView[]>(await world.call("agent", "GET", path("/messages?order=desc")))
    expect(desc.map((m) => m.id)).toEqual(asc.map((m) => m.id).reverse())
    const bob = await json<MessageView[]>(await world.call("bob", "GET", path("/messages")))
    expect(bob.map((m) => m.body)).toEqual(["Opening **Invoices** takes a minute", "Could you **retry**?"])
    expect((await world.call("bob", "GET", path("/messages?order=sideways"))).status).toBe(422)
  })

  it("honours Idempotency-Key on messages", async () => {
    const first = await json<{ message: MessageView }>(await world.call("bob", "POST", path("/messages"), { body: "Hello" }, { "Idempotency-Key": "m-1" }))
    const replay = await json<{ message: MessageView }>(await world.call("bob", "POST", path("/messages"), { body: "Hello" }, { "Idempotency-Key": "m-1" }))
    expect(replay.message.id).toBe(first.message.id)
    const messages = await json<MessageView[]>(await world.call("bob", "GET", path("/messages")))
    expect(messages.filter((m) => m.body === "Hello")).toHaveLength(1)
    const reused = await world.call("bob", "POST", path("/messages"), { body: "Other" }, { "Idempotency-Key": "m-1" })
    expect(reused.status).toBe(409)
  })

  it("refuses internal notes from customers (403) and replies on a closed ticket (409 ticket-locked)", async () => {
    expect((await world.call("bob", "POST", path("/messages"), { body: "psst", visibility: "internal" })).status).toBe(403)
    expect((await world.call("bob", "POST", path("/transitions"), { event: "CLOSE" })).status).toBe(200)
    const closed = await world.call("bob", "POST", path("/messages"), { body: "one more thing" })
    expect(closed.status).toBe(409)
  })

  it("shows the activity history, without internal events for customers", async () => {
    await world.call("agent", "POST", path("/messages"), { body: "internal", visibility: "internal" })
    await world.call("agent", "POST", path("/transitions"), { event: "START" })
    const agent = await json<TicketEvent[]>(await world.call("agent", "GET", path("/events")))
    expect(agent.map((e) => e.type)).toEqual(["TicketCreated", "NoteAdded", "StatusChanged", "Assigned"])
    const bob = await json<TicketEvent[]>(await world.call("bob", "GET", path("/events")))
    expect(bob.map((e) => e.type)).toEqual(["TicketCreated", "StatusChanged", "Assigned"])
  })

  it("runs the clarification round trip: a customer's reply moves the ticket back", async () => {
    await world.call("agent", "POST", path("/transitions"), { event: "START" })
    const asked = await json<Ticket>(await world.call("agent", "POST", path("/transitions"), { event: "REQUEST_CLARIFICATION", comment: "Which browser?" }))
    expect(asked.status).toBe("needs_clarification")
    const answered = await json<{ ticket: Ticket }>(await world.call("bob", "POST", path("/messages"), { body: "Firefox" }))
    expect(answered.ticket.status).toBe("in_progress")
  })
})
