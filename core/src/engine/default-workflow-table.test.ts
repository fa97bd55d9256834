import { beforeAll, describe, expect, it } from "vitest"
import type { Ticket } from "../domain/ticket.ts"
import { Forbidden, InvalidTransition, TicketLocked, TicketNotFound, ValidationFailed, VersionConflict } from "../errors.ts"
import type { Actor } from "../policy/actor.ts"
import { manualClock, type ManualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import type { TicketStore } from "../ports/ticket-store.ts"
import { installDemo, type DemoActors } from "../demo/demo-tenant.ts"
import { createEngine, type Engine } from "./engine.ts"

// DESIGN "The default workflow", walked row by row through the Promise facade. The table below
// is written from DESIGN by hand, not derived from `defaultWorkflow`, so it checks the
// definition and the engine against the specification.

const minute = 60_000
const day = 24 * 60 * minute
const start = "2026-01-05T10:00:00.000Z"

const statuses = ["new", "in_queue", "in_progress", "needs_clarification", "awaiting_acceptance", "closed", "reopened"] as const
type Status = (typeof statuses)[number]

const actorKinds = ["requester", "org support admin", "other customer", "agent", "admin"] as const
type ActorKind = (typeof actorKinds)[number]

const requesterSide: ReadonlyArray<ActorKind> = ["requester", "org support admin"]
const team: ReadonlyArray<ActorKind> = ["agent", "admin"]

interface Row {
  readonly event: string
  readonly from: ReadonlyArray<Status>
  /** The target from the paths below (REQUEST_REWORK: the ticket is assigned, so in_progress). */
  readonly to: Status | null
  /** Empty: the system only. */
  readonly who: ReadonlyArray<ActorKind>
  readonly comment: "required" | "optional" | "none"
}

// In DESIGN's order, which is also the order in which the engine lists allowed events.
const table: ReadonlyArray<Row> = [
  { event: "TRIAGE", from: ["new"], to: "in_queue", who: team, comment: "none" },
  { event: "START", from: ["new", "in_queue", "reopened"], to: "in_progress", who: team, comment: "none" },
  { event: "REQUEUE", from: ["in_progress"], to: "in_queue", who: team, comment: "none" },
  {
    event: "REQUEST_CLARIFICATION",
    from: ["new", "in_queue", "in_progress", "reopened"],
    to: "needs_clarification",
    who: team,
    comment: "required",
  },
  // The status it came from: covered from every origin below, through the reply trigger.
  { event: "CUSTOMER_REPLIED", from: ["needs_clarification"], to: null, who: [], comment: "none" },
  { event: "SUBMIT_FOR_ACCEPTANCE", from: ["in_progress"], to: "awaiting_acceptance", who: team, comment: "optional" },
  { event: "ACCEPT", from: ["awaiting_acceptance"], to: "closed", who: requesterSide, comment: "optional" },
  { event: "REQUEST_REWORK", from: ["awaiting_acceptance"], to: "in_progress", who: requesterSide, comment: "required" },
  {
    event: "CLOSE",
    from: ["new", "in_queue", "in_progress", "needs_clarification", "awaiting_acceptance", "reopened"],
    to: "closed",
    who: [...requesterSide, ...team],
    comment: "optional",
  },
  { event: "REOPEN", from: ["closed"], to: "reopened", who: [...requesterSide, ...team], comment: "required" },
  { event: "AUTO_CLOSE", from: ["awaiting_acceptance"], to: "closed", who: [], comment: "none" },
]

/** The events DESIGN lets this actor fire from this status (in table order). */
function expectedAllowed(status: Status, kind: ActorKind): string[] {
  return table.filter((row) => row.from.includes(status) && row.who.includes(kind)).map((row) => row.event)
}

// The shortest way from `new` to each status, fired by the department's agent.
const paths: Readonly<Record<Status, ReadonlyArray<{ readonly event: string; readonly comment?: string }>>> = {
  new: [],
  in_queue: [{ event: "TRIAGE" }],
  in_progress: [{ event: "START" }],
  needs_clarification: [{ event: "REQUEST_CLARIFICATION", comment: "Which version do you run?" }],
  awaiting_acceptance: [{ event: "START" }, { event: "SUBMIT_FOR_ACCEPTANCE" }],
  closed: [{ event: "CLOSE" }],
  reopened: [{ event: "CLOSE" }, { event: "REOPEN", comment: "It happens again" }],
}

interface World {
  readonly engine: Engine
  readonly store: TicketStore
  readonly clock: ManualClock
  readonly demo: DemoActors
}

async function world(): Promise<World> {
  const clock = manualClock(start)
  const store = createMemoryStore()
  const engine = createEngine({ store, clock })
  const demo = await installDemo(engine)
  return { engine, store, clock, demo }
}

function actorOf(demo: DemoActors, kind: ActorKind): Actor {
  switch (kind) {
    case "requester":
      return demo.bob
    case "org support admin":
      return demo.alice
    case "other customer":
      return demo.carol
    case "agent":
      return demo.agent
    case "admin":
      return demo.admin
  }
}

/** A new ticket of bob's, routed to the agent's department. */
async function newTicket({ engine, demo }: World, subject = "The printer is on fire"): Promise<Ticket> {
  return engine.createTicket(demo.bob, { subject, description: "Smoke everywhere", type: "question", department: "technical-support" })
}

/** A fresh ticket of bob's driven by the agent along the shortest path to `status`. */
async function ticketIn(w: World, status: Status): Promise<Ticket> {
  let ticket = await newTicket(w)
  for (const step of paths[status]) {
    ticket = await w.engine.fireEvent(w.demo.agent, { ticket: ticket.id, event: step.event, comment: step.comment })
  }
  expect(ticket.status).toBe(status)
  return ticket
}

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error("expected the command to be refused")
}

interface Case {
  readonly name: string
  readonly row: Row
  readonly status: Status
  readonly kind: ActorKind
}

const cases = (row: Row): Case[] =>
  statuses.flatMap((status) =>
    actorKinds.map((kind): Case => {
      const outcome =
        kind === "other customer"
          ? "TicketNotFound"
          : row.from.includes(status) && row.who.includes(kind)
            ? (row.to ?? "previous")
            : "InvalidTransition"
      return { name: `from ${status} by ${kind} → ${outcome}`, row, status, kind }
    }),
  )

describe("the default workflow table", () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })

  describe.each(table.map((row) => ({ ...row, cases: cases(row) })))("$event", (row) => {
    it.each(row.cases)("$name", async ({ status, kind }) => {
      const { engine, demo } = w
      const ticket = await ticketIn(w, status)
      const actor = actorOf(demo, kind)
      const comment = row.comment === "required" ? "Because of reasons" : undefined
      const fire = engine.fireEvent(actor, { ticket: ticket.id, event: row.event, comment })

      if (kind === "other customer") {
        expect(await rejection(fire)).toBeInstanceOf(TicketNotFound)
        await expect(engine.allowedEvents(actor, ticket.id)).rejects.toBeInstanceOf(TicketNotFound)
        expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
        return
      }

      if (row.from.includes(status) && row.who.includes(kind)) {
        const after = await fire
        expect(after.status).toBe(row.to)
        expect(after.previousStatus).toBe(status)
        expect(after.version).toBe(ticket.version + 1)
        expect((await engine.getTicket(demo.admin, ticket.id)).status).toBe(row.to)
        return
      }

      const error = await rejection(fire)
      expect(error).toBeInstanceOf(InvalidTransition)
      const refused = error as InvalidTransition
      expect(refused.event).toBe(row.event)
      expect(refused.status).toBe(status)
      const allowedNow = (await engine.allowedEvents(actor, ticket.id)).map((a) => a.event)
      expect(refused.allowed).toEqual(allowedNow)
      expect(allowedNow).toEqual(expectedAllowed(status, kind))
      expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
    })
  })

  it.each(statuses.flatMap((status) => actorKinds.filter((k) => k !== "other customer").map((kind) => ({ status, kind }))))(
    "allowedEvents from $status for $kind lists the table's events with their targets",
    async ({ status, kind }) => {
      const ticket = await ticketIn(w, status)
      const allowed = await w.engine.allowedEvents(actorOf(w.demo, kind), ticket.id)
      expect(allowed.map((a) => a.event)).toEqual(expectedAllowed(status, kind))
      for (const entry of allowed) {
        const row = table.find((r) => r.event === entry.event)
        expect(entry.target).toBe(row?.to)
        expect(entry.comment).toBe(row?.comment)
      }
    },
  )
})

describe("CUSTOMER_REPLIED", () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })

  const origins = ["new", "in_queue", "in_progress", "reopened"] as const
  const repliers = ["requester", "org support admin"] as const

  it.each(origins.flatMap((origin) => repliers.map((replier) => ({ origin, replier }))))(
    "a public reply by the $replier in needs_clarification goes back to $origin",
    async ({ origin, replier }) => {
      const { engine, demo } = w
      const ticket = await ticketIn(w, origin)
      const asked = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "REQUEST_CLARIFICATION", comment: "Screenshot please" })
      expect(asked.status).toBe("needs_clarification")
      const posted = await engine.postMessage(actorOf(demo, replier), { ticket: ticket.id, body: "Here it is" })
      expect(posted.ticket.status).toBe(origin)
      expect(posted.ticket.previousStatus).toBe("needs_clarification")
      const stored = await engine.getTicket(demo.admin, ticket.id)
      expect(stored.status).toBe(origin)
      const events = await engine.listEvents(demo.admin, ticket.id)
      const last = events[events.length - 1]
      expect(last).toMatchObject({ type: "StatusChanged", payload: { event: "CUSTOMER_REPLIED", from: "needs_clarification", to: origin } })
    },
  )

  it.each(["agent", "admin"] as const)("a public reply by the %s does not fire it", async (kind) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "needs_clarification")
    const posted = await engine.postMessage(actorOf(demo, kind), { ticket: ticket.id, body: "Any news?" })
    expect(posted.ticket.status).toBe("needs_clarification")
    expect((await engine.getTicket(demo.admin, ticket.id)).status).toBe("needs_clarification")
  })

  it("an internal note does not fire it", async () => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "needs_clarification")
    const posted = await engine.postMessage(demo.agent, { ticket: ticket.id, body: "Waiting on bob", visibility: "internal" })
    expect(posted.ticket.status).toBe("needs_clarification")
  })

  it.each(actorKinds.filter((k) => k !== "other customer"))("cannot be fired directly by the %s", async (kind) => {
    const { engine, demo } = w
    const ticket = await ticketIn(w, "needs_clarification")
    const actor = actorOf(demo, kind)
    const error = await rejection(engine.fireEvent(actor, { ticket: ticket.id, event: "CUSTOMER_REPLIED" }))
    expect(error).toBeInstanceOf(InvalidTransition)
    expect((error as InvalidTransition).allowed).toEqual((await engine.allowedEvents(actor, ticket.id)).map((a) => a.event))
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })
})

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
