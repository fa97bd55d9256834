import { Context, Effect } from "effect"

interface Held {
  /** Settles when the last writer in the queue is done. */
  tail: Promise<void>
  users: number
}

/** One writer at a time per ticket within this process; entries vanish when nobody waits. */
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
 * Runs a command attempt while holding its ticket's lock. Writers of one ticket in one process
 * queue instead of racing to a version conflict; across processes the optimistic version check
 * still decides. The key is the ticket reference as given (an id or a number). An uncontended
 * lock costs no wait: commands on different tickets never pause for each other.
 */
export function withTicketLock<A, E, R>(
  tenantId: string,
  ref: string | number,
  effect: Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R | TicketLocksService> {
  return TicketLocksService.use((locks) =>
    Effect.suspend(() => {
      const key = `${tenantId}\u0000${typeof ref === "number" ? `#${ref}` : ref}`
      let release!: () => void
      const done = new Promise<void>((resolve) => {
        release = resolve
      })
      const current = locks.held.get(key)
      const entry: Held = current ?? { tail: done, users: 0 }
      const previous = current === undefined ? null : current.tail
      entry.tail = done
      entry.users += 1
      if (current === undefined) locks.held.set(key, entry)
      const unlock = Effect.sync(() => {
        entry.users -= 1
        if (entry.users === 0) locks.held.delete(key)
        release()
      })
      const run = previous === null ? effect : Effect.andThen(Effect.promise(() => previous), effect)
      return Effect.ensuring(run, unlock)
    }),
  )
}
