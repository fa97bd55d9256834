import { describe, expect, it } from "vitest"
import { InvalidTransition } from "../errors.ts"
import { minute, day, actorKinds, team, world, actorOf, newTicket, ticketIn, rejection } from "./default-workflow.test-support.ts"

// DESIGN "The default workflow": the transitions time decides, REOPEN's window and AUTO_CLOSE,
// through the Promise facade on a manual clock.

describe("REOPEN's window", () => {
  it.each(["requester", "org support admin", "agent"] as const)(
    "the %s reopens within 30 days of closing: reopenCount increments, closing fields clear",
    async (kind) => {
      const w = await world()
      const { engine, demo, clock } = w
      const ticket = await newTicket(w)
      // The window counts from closing, not from creation.
      clock.advance(20 * day)
      const closed = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "CLOSE", resolution: "duplicate" })
      expect(closed.closedAt).toBe(clock.now().toISOString())
      clock.advance(29 * day)
      const reopened = await engine.fireEvent(actorOf(demo, kind), { ticket: ticket.id, event: "REOPEN", comment: "Not a duplicate" })
      expect(reopened).toMatchObject({
        status: "reopened",
        statusCategory: "open",
        reopenCount: 1,
        closedAt: null,
        resolvedAt: null,
        resolution: null,
      })
    },
  )

  it("reopenCount counts every reopening", async () => {
    const w = await world()
    const { engine, demo } = w
    const ticket = await newTicket(w)
    for (const count of [1, 2, 3]) {
      await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "CLOSE" })
      const reopened = await engine.fireEvent(demo.bob, { ticket: ticket.id, event: "REOPEN", comment: `again ${count}` })
      expect(reopened.reopenCount).toBe(count)
    }
  })

  it("31 days after closing the requester side may no longer reopen, the team still may", async () => {
    const w = await world()
    const { engine, demo, clock } = w
    const ticket = await newTicket(w)
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "CLOSE" })
    clock.advance(31 * day)
    for (const customer of [demo.bob, demo.alice]) {
      const error = await rejection(engine.fireEvent(customer, { ticket: ticket.id, event: "REOPEN", comment: "Back again" }))
      expect(error).toBeInstanceOf(InvalidTransition)
      const allowedNow = (await engine.allowedEvents(customer, ticket.id)).map((a) => a.event)
      expect((error as InvalidTransition).allowed).toEqual(allowedNow)
      expect(allowedNow).toEqual([])
    }
    expect((await engine.allowedEvents(demo.admin, ticket.id)).map((a) => a.event)).toEqual(["REOPEN"])
    const reopened = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "REOPEN", comment: "Reopening for bob" })
    expect(reopened).toMatchObject({ status: "reopened", reopenCount: 1, closedAt: null })
  })
})

describe("AUTO_CLOSE", () => {
  it.each(actorKinds.filter((k) => k !== "other customer"))("the %s may not fire it: the system only", async (kind) => {
    const w = await world()
    const ticket = await ticketIn(w, "awaiting_acceptance")
    const actor = actorOf(w.demo, kind)
    const error = await rejection(w.engine.fireEvent(actor, { ticket: ticket.id, event: "AUTO_CLOSE" }))
    expect(error).toBeInstanceOf(InvalidTransition)
    expect((error as InvalidTransition).allowed).toEqual((await w.engine.allowedEvents(actor, ticket.id)).map((a) => a.event))
    expect(await w.engine.getTicket(w.demo.admin, ticket.id)).toEqual(ticket)
  })

  it("closes with auto_accepted after 7 days in awaiting_acceptance", async () => {
    const w = await world()
    const { engine, demo, clock } = w
    const ticket = await ticketIn(w, "awaiting_acceptance")
    clock.advance(7 * day - minute)
    expect(await engine.runDueTimers()).toEqual({ fired: 0, dropped: 0 })
    expect((await engine.getTicket(demo.admin, ticket.id)).status).toBe("awaiting_acceptance")
    clock.advance(minute)
    expect(await engine.runDueTimers()).toEqual({ fired: 1, dropped: 0 })
    const closed = await engine.getTicket(demo.bob, ticket.id)
    expect(closed).toMatchObject({ status: "closed", resolution: "auto_accepted", closedAt: clock.now().toISOString() })
    const events = await engine.listEvents(demo.bob, ticket.id)
    expect(events.at(-1)).toMatchObject({ type: "StatusChanged", actorId: null, payload: { event: "AUTO_CLOSE", to: "closed" } })
    expect(await engine.runDueTimers()).toEqual({ fired: 0, dropped: 0 })
  })

  it("a ticket sent back for rework before the 7 days is not closed", async () => {
    const w = await world()
    const { engine, store, demo, clock } = w
    const ticket = await ticketIn(w, "awaiting_acceptance")
    expect((await store.listTimers(demo.tenantId, ticket.id)).filter((t) => t.event === "AUTO_CLOSE")).toHaveLength(1)
    clock.advance(2 * day)
    await engine.fireEvent(demo.bob, { ticket: ticket.id, event: "REQUEST_REWORK", comment: "Still broken" })
    clock.advance(6 * day)
    const run = await engine.runDueTimers()
    expect(run.fired).toBe(0)
    // The memory store cancels a status's timers when the ticket leaves it, so nothing is left to drop.
    expect((await store.listTimers(demo.tenantId, ticket.id)).filter((t) => t.event === "AUTO_CLOSE")).toEqual([])
    const after = await engine.getTicket(demo.admin, ticket.id)
    expect(after).toMatchObject({ status: "in_progress", resolution: null, closedAt: null })
  })

  it("submitting again starts a new 7 days", async () => {
    const w = await world()
    const { engine, demo, clock } = w
    const ticket = await ticketIn(w, "awaiting_acceptance")
    clock.advance(2 * day)
    await engine.fireEvent(demo.bob, { ticket: ticket.id, event: "REQUEST_REWORK", comment: "Still broken" })
    clock.advance(1 * day)
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "SUBMIT_FOR_ACCEPTANCE", comment: "Fixed for real" })
    clock.advance(5 * day)
    expect((await engine.runDueTimers()).fired).toBe(0)
    expect((await engine.getTicket(demo.admin, ticket.id)).status).toBe("awaiting_acceptance")
    clock.advance(2 * day)
    expect((await engine.runDueTimers()).fired).toBe(1)
    expect(await engine.getTicket(demo.admin, ticket.id)).toMatchObject({ status: "closed", resolution: "auto_accepted" })
  })
})
