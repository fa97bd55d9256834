import { expect } from "vitest"
import type { Ticket } from "../domain/ticket.ts"
import { TicketNotFound } from "../errors.ts"
import type { Actor } from "../policy/actor.ts"
import { manualClock, type ManualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import { installDemo, type DemoActors } from "../demo/demo-tenant.ts"
import { createEngine, type Engine } from "./engine.ts"
import { rejection } from "./rejection.test-support.ts"

// The world the visibility tests read: the demo tenant on the memory store, through the Promise
// facade, and ways to show that a ticket stays invisible.

/** An hour, in milliseconds. */
export const hour = 60 * 60_000
/** A day, in milliseconds. */
export const day = 24 * hour

/** The engine of a demo tenant, and the clock it reads. */
export interface World {
  readonly engine: Engine
  readonly clock: ManualClock
  readonly demo: DemoActors
}

/** A fresh demo tenant on the memory store, at Monday 5 January 2026, 10:00 UTC. */
export async function world(): Promise<World> {
  const clock = manualClock("2026-01-05T10:00:00.000Z")
  const engine = createEngine({ store: createMemoryStore(), clock })
  const demo = await installDemo(engine)
  return { engine, clock, demo }
}

/** The tickets' ids, sorted. */
export const ids = (tickets: ReadonlyArray<Ticket>) => tickets.map((t) => t.id).sort()

/** The ids of the tickets `actor` lists with `query`, sorted. */
export async function listed(engine: Engine, actor: Actor, query: Parameters<Engine["listTickets"]>[1] = {}): Promise<string[]> {
  const page = await engine.listTickets(actor, { limit: 200, ...query })
  return ids(page.items)
}

/** Every way a caller can reach a ticket by reference: each must answer TicketNotFound when it is invisible. */
export function reachAttempts(engine: Engine, actor: Actor, ticket: Ticket): Array<[string, Promise<unknown>]> {
  return [
    ["getTicket by id", engine.getTicket(actor, ticket.id)],
    ["getTicket by number", engine.getTicket(actor, ticket.number)],
    ["getTicket by #number", engine.getTicket(actor, `#${ticket.number}`)],
    ["listMessages", engine.listMessages(actor, { ticket: ticket.id })],
    ["listEvents", engine.listEvents(actor, ticket.id)],
    ["allowedEvents", engine.allowedEvents(actor, ticket.id)],
    ["fireEvent CLOSE", engine.fireEvent(actor, { ticket: ticket.id, event: "CLOSE" })],
    ["postMessage", engine.postMessage(actor, { ticket: ticket.id, body: "Hello?" })],
    ["updateTicket", engine.updateTicket(actor, { ticket: ticket.id, subject: "Mine now" })],
  ]
}

/** Fails unless every way of reaching `ticket` answers `actor` TicketNotFound. */
export async function expectInvisible(engine: Engine, actor: Actor, ticket: Ticket): Promise<void> {
  for (const [what, attempt] of reachAttempts(engine, actor, ticket)) {
    const error = await rejection(attempt)
    expect(error, what).toBeInstanceOf(TicketNotFound)
  }
}
