import { beforeAll, describe, expect, it } from "vitest"
import { ValidationFailed } from "../errors.ts"
import { type World, world, actorOf, newTicket, ticketIn } from "./default-workflow.test-support.ts"

// DESIGN "The default workflow": what single transitions do besides moving the status
// (assignment, comments, resolutions), through the Promise facade.

describe("transition details", () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })

  it.each(["new", "in_queue", "reopened"] as const)("START from %s assigns the acting agent when unassigned", async (status) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, status)
    expect(ticket.assigneeId).toBeNull()
    const started = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START" })
    expect(started.assigneeId).toBe(demo.agent.userId)
    const events = await engine.listEvents(demo.admin, ticket.id)
    expect(events.at(-1)).toMatchObject({ type: "Assigned", payload: { from: null, to: demo.agent.userId } })
  })

  it("START by an admin assigns the admin", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    const started = await engine.fireEvent(demo.admin, { ticket: ticket.id, event: "START" })
    expect(started.assigneeId).toBe(demo.admin.userId)
  })

  it("START keeps an existing assignee", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    await engine.assign(demo.admin, { ticket: ticket.id, assigneeId: demo.billing.userId })
    const started = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START" })
    expect(started.status).toBe("in_progress")
    expect(started.assigneeId).toBe(demo.billing.userId)
    const events = await engine.listEvents(demo.admin, ticket.id)
    expect(events.filter((e) => e.type === "Assigned")).toHaveLength(1)
  })

  it.each([undefined, "", "   "])("REQUEST_CLARIFICATION without a comment (%j) is ValidationFailed", async (comment) => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    await expect(
      engine.fireEvent(demo.agent, { ticket: ticket.id, event: "REQUEST_CLARIFICATION", comment }),
    ).rejects.toBeInstanceOf(ValidationFailed)
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })

  it("REQUEST_CLARIFICATION's comment is posted as a public reply the requester reads", async () => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "in_queue")
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "REQUEST_CLARIFICATION", comment: "Which printer model?" })
    for (const reader of [demo.bob, demo.alice]) {
      const messages = await engine.listMessages(reader, { ticket: ticket.id })
      const question = messages.find((m) => m.body === "Which printer model?")
      expect(question).toMatchObject({ visibility: "public", authorId: demo.agent.userId, event: "REQUEST_CLARIFICATION", isDescription: false })
    }
  })

  it("REQUEST_REWORK needs a comment", async () => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "awaiting_acceptance")
    await expect(engine.fireEvent(demo.bob, { ticket: ticket.id, event: "REQUEST_REWORK" })).rejects.toBeInstanceOf(ValidationFailed)
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })

  it("REQUEST_REWORK goes to in_progress when assigned", async () => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "awaiting_acceptance")
    expect(ticket.assigneeId).toBe(demo.agent.userId)
    const back = await engine.fireEvent(demo.bob, { ticket: ticket.id, event: "REQUEST_REWORK", comment: "Still smoking" })
    expect(back.status).toBe("in_progress")
    const messages = await engine.listMessages(demo.agent, { ticket: ticket.id })
    expect(messages.at(-1)).toMatchObject({ body: "Still smoking", visibility: "public", event: "REQUEST_REWORK" })
  })

  it.each(["requester", "org support admin"] as const)("REQUEST_REWORK by the %s goes to in_queue when unassigned", async (kind) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "awaiting_acceptance")
    await engine.assign(demo.agent, { ticket: ticket.id, assigneeId: null })
    const allowed = await engine.allowedEvents(actorOf(demo, kind), ticket.id)
    expect(allowed.find((a) => a.event === "REQUEST_REWORK")?.target).toBe("in_queue")
    const back = await engine.fireEvent(actorOf(demo, kind), { ticket: ticket.id, event: "REQUEST_REWORK", comment: "Still smoking" })
    expect(back.status).toBe("in_queue")
    expect(back.assigneeId).toBeNull()
  })

  it.each(["requester", "org support admin"] as const)("ACCEPT by the %s records the resolution accepted", async (kind) => {
    const { engine, demo, clock } = w
    const ticket = await ticketIn(w, "awaiting_acceptance")
    const closed = await engine.fireEvent(actorOf(demo, kind), { ticket: ticket.id, event: "ACCEPT" })
    expect(closed).toMatchObject({ status: "closed", statusCategory: "closed", resolution: "accepted", closedAt: clock.now().toISOString() })
  })

  it.each(["requester", "org support admin"] as const)("CLOSE by the %s records withdrawn", async (kind) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "in_progress")
    const closed = await engine.fireEvent(actorOf(demo, kind), { ticket: ticket.id, event: "CLOSE", comment: "Never mind" })
    expect(closed).toMatchObject({ status: "closed", resolution: "withdrawn" })
  })

  it("a customer may not choose a resolution", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    await expect(engine.fireEvent(demo.bob, { ticket: ticket.id, event: "CLOSE", resolution: "resolved" })).rejects.toBeInstanceOf(
      ValidationFailed,
    )
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })

  it.each(["agent", "admin"] as const)("CLOSE by the %s records resolved by default", async (kind) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "in_progress")
    const closed = await engine.fireEvent(actorOf(demo, kind), { ticket: ticket.id, event: "CLOSE" })
    expect(closed).toMatchObject({ status: "closed", resolution: "resolved" })
  })

  it.each(["resolved", "duplicate", "wont_fix", "withdrawn", "no_response"])("CLOSE by an agent records the chosen resolution %s", async (resolution) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "in_queue")
    const closed = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "CLOSE", resolution })
    expect(closed.resolution).toBe(resolution)
    const allowed = await engine.allowedEvents(demo.agent, ticket.id)
    expect(allowed.find((a) => a.event === "CLOSE")).toBeUndefined()
  })

  it("the agent's CLOSE lists the resolutions to choose from", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    const close = (await engine.allowedEvents(demo.agent, ticket.id)).find((a) => a.event === "CLOSE")
    expect(close?.resolutions).toEqual(["resolved", "duplicate", "wont_fix", "withdrawn", "no_response"])
    const customerClose = (await engine.allowedEvents(demo.bob, ticket.id)).find((a) => a.event === "CLOSE")
    expect(customerClose?.resolutions).toEqual([])
  })

  it("CLOSE with an unknown resolution is ValidationFailed", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    await expect(engine.fireEvent(demo.agent, { ticket: ticket.id, event: "CLOSE", resolution: "fixed_itself" })).rejects.toBeInstanceOf(
      ValidationFailed,
    )
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })

  it("an event that takes no comment refuses one", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    await expect(engine.fireEvent(demo.agent, { ticket: ticket.id, event: "TRIAGE", comment: "hi" })).rejects.toBeInstanceOf(ValidationFailed)
  })

  it.each(["requester", "agent"] as const)("REOPEN by the %s needs a comment", async (kind) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "closed")
    await expect(engine.fireEvent(actorOf(demo, kind), { ticket: ticket.id, event: "REOPEN" })).rejects.toBeInstanceOf(ValidationFailed)
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })
})
