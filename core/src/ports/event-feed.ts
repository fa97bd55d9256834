import type { TicketEvent } from "../domain/event.ts"

/** Receives the events of committed changes, for live updates. */
export type TicketEventListener = (events: ReadonlyArray<TicketEvent>) => void

/**
 * Live updates: the engine publishes each committed change's events; subscribers (the SSE
 * endpoint) filter what each actor may see. On Postgres a feed spans processes (LISTEN/NOTIFY).
 */
export interface TicketEventFeed {
  publish(events: ReadonlyArray<TicketEvent>): Promise<void>
  /** Calls the listener for every published batch until the returned function is called. */
  subscribe(listener: TicketEventListener): () => void
}

/** A feed within one process. */
export function createMemoryEventFeed(): TicketEventFeed {
  const listeners = new Set<TicketEventListener>()
  return {
    async publish(events) {
      for (const listener of listeners) listener(events)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
