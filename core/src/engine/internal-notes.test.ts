import { beforeAll, describe, expect, it } from "vitest"
import type { Ticket } from "../domain/ticket.ts"
import { Forbidden, TicketLocked, TicketNotFound } from "../errors.ts"
import { type World, world, listed } from "./visibility.test-support.ts"

// DESIGN "Visibility": internal notes, through the Promise facade.

describe("internal notes", () => {
  let w: World
  let ticket: Ticket

  beforeAll(async () => {
    w = await world()
    const { engine, demo } = w
    ticket = await engine.createTicket(demo.bob, { subject: "Printer on fire", department: "technical-support" })
    await engine.postMessage(demo.agent, { ticket: ticket.id, body: "We are looking into it" })
    await engine.postMessage(demo.agent, { ticket: ticket.id, body: "Suspect the quokkafuser board", visibility: "internal" })
    await engine.postMessage(demo.bob, { ticket: ticket.id, body: "Thanks" })
  })

  it.each(["asc", "desc"] as const)("are absent from listMessages (%s) for bob and alice", async (order) => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      const messages = await engine.listMessages(customer, { ticket: ticket.id, order })
      expect(messages.map((m) => m.visibility)).toEqual(["public", "public", "public"])
      expect(messages.some((m) => m.body.includes("quokkafuser"))).toBe(false)
      const bodies = ["", "We are looking into it", "Thanks"]
      expect(messages.map((m) => m.body)).toEqual(order === "asc" ? bodies : [...bodies].reverse())
    }
  })

  it.each(["asc", "desc"] as const)("are present in listMessages (%s) for the agent and the admin", async (order) => {
    const { engine, demo } = w
    for (const staff of [demo.agent, demo.admin]) {
      const messages = await engine.listMessages(staff, { ticket: ticket.id, order })
      expect(messages).toHaveLength(4)
      expect(messages.filter((m) => m.visibility === "internal").map((m) => m.body)).toEqual(["Suspect the quokkafuser board"])
    }
  })

  it("their events are absent from listEvents for customers, present for the team", async () => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      const events = await engine.listEvents(customer, ticket.id)
      expect(events.some((e) => e.type === "NoteAdded")).toBe(false)
      expect(events.every((e) => e.visibility === "public")).toBe(true)
      expect(events.filter((e) => e.type === "MessagePosted")).toHaveLength(2)
    }
    for (const staff of [demo.agent, demo.admin]) {
      const events = await engine.listEvents(staff, ticket.id)
      expect(events.filter((e) => e.type === "NoteAdded")).toHaveLength(1)
    }
  })

  it("a customer's search does not find a word only in a note; the team's does", async () => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      expect(await listed(engine, customer, { q: "quokkafuser" })).toEqual([])
      expect((await engine.countTickets(customer, { q: "quokkafuser" })).total).toBe(0)
      // The same ticket is found by a word of its public conversation.
      expect(await listed(engine, customer, { q: "looking" })).toEqual([ticket.id])
    }
    for (const staff of [demo.agent, demo.admin]) {
      expect(await listed(engine, staff, { q: "quokkafuser" })).toEqual([ticket.id])
      expect((await engine.countTickets(staff, { q: "quokkafuser" })).total).toBe(1)
    }
  })

  it("a customer may not post an internal note", async () => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      await expect(
        engine.postMessage(customer, { ticket: ticket.id, body: "Secret", visibility: "internal" }),
      ).rejects.toBeInstanceOf(Forbidden)
    }
    await expect(
      engine.postMessage(demo.carol, { ticket: ticket.id, body: "Secret", visibility: "internal" }),
    ).rejects.toBeInstanceOf(TicketNotFound)
    expect(await engine.listMessages(demo.admin, { ticket: ticket.id })).toHaveLength(4)
  })

  it("a customer's public reply on a closed ticket is TicketLocked; the team may still reply", async () => {
    const { engine, demo } = w
    const closing = await engine.createTicket(demo.bob, { subject: "Soon closed", department: "technical-support" })
    await engine.fireEvent(demo.agent, { ticket: closing.id, event: "CLOSE" })
    for (const customer of [demo.bob, demo.alice]) {
      await expect(engine.postMessage(customer, { ticket: closing.id, body: "One more thing" })).rejects.toBeInstanceOf(TicketLocked)
    }
    const posted = await engine.postMessage(demo.agent, { ticket: closing.id, body: "For the record" })
    expect(posted.ticket.status).toBe("closed")
  })
})
