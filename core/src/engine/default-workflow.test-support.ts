import type { TicketStore } from "../ports/ticket-store.ts"
import { expect } from "vitest"
import type { Ticket } from "../domain/ticket.ts"
import type { Actor } from "../policy/actor.ts"
import { manualClock, type ManualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import { installDemo, type DemoActors } from "../demo/demo-tenant.ts"
import { createEngine, type Engine } from "./engine.ts"

// What the default workflow's tests share: its statuses and actors as DESIGN names them, the
// shortest way to each status, and a demo tenant on the memory store through the Promise facade.

/** A minute, in milliseconds. */
export const minute = 60_000
/** A day, in milliseconds. */
export const day = 24 * 60 * minute
/** When each test's clock starts: Monday 5 January 2026, 10:00 UTC. */
export const start = "2026-01-05T10:00:00.000Z"

/** The default workflow's statuses, as DESIGN lists them. */
export const statuses = ["new", "in_queue", "in_progress", "needs_clarification", "awaiting_acceptance", "closed", "reopened"] as const
/** A status of the default workflow. */
export type Status = (typeof statuses)[number]

/** Who may act on a ticket of bob's, as DESIGN's table names them. */
export const actorKinds = ["requester", "org support admin", "other customer", "agent", "admin"] as const
/** One of `actorKinds`. */
export type ActorKind = (typeof actorKinds)[number]

/** The requester side: the requester and their organisation's support admin. */
export const requesterSide: ReadonlyArray<ActorKind> = ["requester", "org support admin"]
/** The support team. */
export const team: ReadonlyArray<ActorKind> = ["agent", "admin"]

/** The shortest way from `new` to each status, fired by the department's agent. */
export const paths: Readonly<Record<Status, ReadonlyArray<{ readonly event: string; readonly comment?: string }>>> = {
  new: [],
  in_queue: [{ event: "TRIAGE" }],
  in_progress: [{ event: "START" }],
  needs_clarification: [{ event: "REQUEST_CLARIFICATION", comment: "Which version do you run?" }],
  awaiting_acceptance: [{ event: "START" }, { event: "SUBMIT_FOR_ACCEPTANCE" }],
  closed: [{ event: "CLOSE" }],
  reopened: [{ event: "CLOSE" }, { event: "REOPEN", comment: "It happens again" }],
}

/** The engine of a demo tenant, and the clock it reads. */
export interface World {
  readonly engine: Engine
  /** The store under the engine, for tests that read its timers. */
  readonly store: TicketStore
  readonly clock: ManualClock
  readonly demo: DemoActors
}

/** A fresh demo tenant on the memory store, its clock at `start`. */
export async function world(): Promise<World> {
  const clock = manualClock(start)
  const store = createMemoryStore()
  const engine = createEngine({ store, clock })
  const demo = await installDemo(engine)
  return { engine, store, clock, demo }
}

/** The demo actor of each kind: bob, alice, carol, the agent, the admin. */
export function actorOf(demo: DemoActors, kind: ActorKind): Actor {
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
export async function newTicket({ engine, demo }: World, subject = "The printer is on fire"): Promise<Ticket> {
  return engine.createTicket(demo.bob, { subject, description: "Smoke everywhere", type: "question", department: "technical-support" })
}

/** A fresh ticket of bob's driven by the agent along the shortest path to `status`. */
export async function ticketIn(w: World, status: Status): Promise<Ticket> {
  let ticket = await newTicket(w)
  for (const step of paths[status]) {
    ticket = await w.engine.fireEvent(w.demo.agent, { ticket: ticket.id, event: step.event, comment: step.comment })
  }
  expect(ticket.status).toBe(status)
  return ticket
}

export { rejection } from "./rejection.test-support.ts"
