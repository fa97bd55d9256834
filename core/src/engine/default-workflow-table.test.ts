import { beforeAll, describe, expect, it } from "vitest"
import { InvalidTransition, TicketNotFound } from "../errors.ts"
import { statuses, type Status, actorKinds, type ActorKind, requesterSide, team, type World, world, actorOf, ticketIn, rejection } from "./default-workflow.test-support.ts"

// DESIGN "The default workflow", walked row by row through the Promise facade. The table below
// is written from DESIGN by hand, not derived from `defaultWorkflow`, so it checks the
// definition and the engine against the specification.

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
