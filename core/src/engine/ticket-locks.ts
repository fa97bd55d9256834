import { Context, Effect, Semaphore } from "effect"

/** One ticket's lock: Effect's semaphore of one permit, and how many writers hold or wait for it. */
interface Held {
  readonly semaphore: Semaphore.Semaphore
  users: number
}

/** One writer at a time per ticket within this process; entries vanish when nobody holds or waits. */
export interface TicketLocks {
  readonly held: Map<string, Held>
}

/** Per-ticket locks of one engine. */
export class TicketLocksService extends Context.Service<TicketLocksService, TicketLocks>()("@ticketflow/core/TicketLocks") {}

/** New, empty per-ticket locks. */
export function makeTicketLocks(): TicketLocks {
  return { held: new Map() }
}

/**
 * Runs a command attempt while holding its ticket's lock (an Effect semaphore of one permit).
 * Writers of one ticket in one process queue instead of racing to a version conflict; across
 * processes the optimistic version check still decides. The key is the ticket reference as
 * given (an id or a number). Commands on different tickets never wait for each other, and a
 * writer interrupted while waiting leaves the queue without ever holding the lock.
 */
export function withTicketLock<A, E, R>(
  tenantId: string,
  ref: string | number,
  effect: Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R | TicketLocksService> {
  return TicketLocksService.use((locks) =>
    Effect.suspend(() => {
      const key = `${tenantId}\u0000${typeof ref === "number" ? `#${ref}` : ref}`
      let entry = locks.held.get(key)
      if (entry === undefined) {
        entry = { semaphore: Semaphore.makeUnsafe(1), users: 0 }
        locks.held.set(key, entry)
      }
      const held = entry
      held.users += 1
      const leave = Effect.sync(() => {
        held.users -= 1
        // The last writer out removes the entry: an idle ticket costs nothing.
        if (held.users === 0 && locks.held.get(key) === held) locks.held.delete(key)
      })
      return Effect.ensuring(held.semaphore.withPermit(effect), leave)
    }),
  )
}
