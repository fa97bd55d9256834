import { Context, Effect } from "effect"

/** A held ticket lock: the writers waiting for it, each resumed in turn. */
interface Held {
  readonly waiting: Array<() => void>
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
 * lock allocates nothing but its entry: commands on different tickets never wait for each other.
 */
export function withTicketLock<A, E, R>(
  tenantId: string,
  ref: string | number,
  effect: Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R | TicketLocksService> {
  return TicketLocksService.use((locks) =>
    Effect.suspend(() => {
      const key = `${tenantId}\u0000${typeof ref === "number" ? `#${ref}` : ref}`
      const unlock = Effect.sync(() => {
        const entry = locks.held.get(key)
        const next = entry?.waiting.shift()
        // The lock passes straight to the next writer; the last one removes the entry.
        if (next !== undefined) next()
        else locks.held.delete(key)
      })
      const entry = locks.held.get(key)
      if (entry === undefined) {
        locks.held.set(key, { waiting: [] })
        return Effect.ensuring(effect, unlock)
      }
      const acquire = Effect.callback<void>((resume) => {
        const wake = () => resume(Effect.void)
        entry.waiting.push(wake)
        // A writer interrupted while waiting leaves the queue, so it never holds the lock.
        return Effect.sync(() => {
          const index = entry.waiting.indexOf(wake)
          if (index >= 0) entry.waiting.splice(index, 1)
        })
      })
      return Effect.andThen(acquire, Effect.ensuring(effect, unlock))
    }),
  )
}
