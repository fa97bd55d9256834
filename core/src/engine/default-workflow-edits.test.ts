import { beforeAll, describe, expect, it } from "vitest"
import { Forbidden, TicketLocked, VersionConflict } from "../errors.ts"
import { type World, world, newTicket, ticketIn, rejection } from "./default-workflow.test-support.ts"

// DESIGN "The default workflow": editing a ticket, the description lock and expectedVersion,
// through the Promise facade.

describe("descriptionLock on_leaving_new", () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })

  it("the requester edits subject and description while new", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    expect(ticket.descriptionLocked).toBe(false)
    const updated = await engine.updateTicket(demo.bob, { ticket: ticket.id, subject: "Printer smoking", description: "Only a little smoke" })
    expect(updated).toMatchObject({ subject: "Printer smoking", description: "Only a little smoke" })
    const messages = await engine.listMessages(demo.bob, { ticket: ticket.id })
    expect(messages.find((m) => m.isDescription)?.body).toBe("Only a little smoke")
    const byAlice = await engine.updateTicket(demo.alice, { ticket: ticket.id, subject: "Printer smoking (Acme)" })
    expect(byAlice.subject).toBe("Printer smoking (Acme)")
  })

  it.each([
    ["subject", { subject: "Another subject" }],
    ["description", { description: "Another description" }],
  ] as const)("after TRIAGE the requester side editing the %s is TicketLocked", async (_field, patch) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "in_queue")
    expect(ticket.descriptionLocked).toBe(true)
    for (const customer of [demo.bob, demo.alice]) {
      await expect(engine.updateTicket(customer, { ticket: ticket.id, ...patch })).rejects.toBeInstanceOf(TicketLocked)
    }
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })

  it("the description stays locked when the ticket comes back to new", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "REQUEST_CLARIFICATION", comment: "Model?" })
    const back = await engine.postMessage(demo.bob, { ticket: ticket.id, body: "HP 4000" })
    expect(back.ticket.status).toBe("new")
    await expect(engine.updateTicket(demo.bob, { ticket: ticket.id, subject: "HP 4000 smoking" })).rejects.toBeInstanceOf(TicketLocked)
  })

  it.each(["in_queue", "in_progress", "needs_clarification", "awaiting_acceptance", "reopened"] as const)(
    "in %s an agent still changes type, priority and subject",
    async (status) => {
      const { engine, demo } = w
      const ticket = await ticketIn(w, status)
      const updated = await engine.updateTicket(demo.agent, { ticket: ticket.id, type: "bug", priority: "high", subject: "Printer fire (bug)" })
      expect(updated).toMatchObject({ typeKey: "bug", priorityKey: "high", subject: "Printer fire (bug)", status })
    },
  )

  it("once closed an agent's change is TicketLocked, an admin's is not", async () => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "closed")
    await expect(engine.updateTicket(demo.agent, { ticket: ticket.id, priority: "high" })).rejects.toBeInstanceOf(TicketLocked)
    await expect(engine.updateTicket(demo.agent, { ticket: ticket.id, type: "bug" })).rejects.toBeInstanceOf(TicketLocked)
    const updated = await engine.updateTicket(demo.admin, { ticket: ticket.id, priority: "high" })
    expect(updated.priorityKey).toBe("high")
  })

  it.each([
    ["priority", { priority: "urgent" }],
    ["type", { type: "bug" }],
    ["department", { department: "billing" }],
  ] as const)("a customer changing the %s is Forbidden, even while new", async (_field, patch) => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    for (const customer of [demo.bob, demo.alice]) {
      await expect(engine.updateTicket(customer, { ticket: ticket.id, ...patch })).rejects.toBeInstanceOf(Forbidden)
    }
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })
})

describe("expectedVersion", () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })

  it("a mismatched expectedVersion on fireEvent is VersionConflict and nothing changes", async () => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "in_queue")
    const events = await engine.listEvents(demo.admin, ticket.id)
    const error = await rejection(engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START", expectedVersion: ticket.version - 1 }))
    expect(error).toBeInstanceOf(VersionConflict)
    expect(error).toMatchObject({ expected: ticket.version - 1, actual: ticket.version })
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
    expect(await engine.listEvents(demo.admin, ticket.id)).toEqual(events)
    const started = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START", expectedVersion: ticket.version })
    expect(started).toMatchObject({ status: "in_progress", version: ticket.version + 1 })
  })

  it("a mismatched expectedVersion on updateTicket is VersionConflict and nothing changes", async () => {
    const { engine, demo } = w
    const ticket = await newTicket(w)
    await expect(
      engine.updateTicket(demo.bob, { ticket: ticket.id, subject: "Changed", expectedVersion: ticket.version + 1 }),
    ).rejects.toBeInstanceOf(VersionConflict)
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
    const messages = await engine.listMessages(demo.admin, { ticket: ticket.id })
    expect(messages.find((m) => m.isDescription)?.editedAt).toBeNull()
  })
})
