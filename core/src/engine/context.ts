import { Context, Effect, Layer } from "effect"
import { systemClock, type Clock } from "../ports/clock.ts"
import type { TicketEventFeed } from "../ports/event-feed.ts"
import { uuidGenerator, type IdGenerator } from "../ports/id-generator.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import type { TicketStore } from "../ports/ticket-store.ts"
import type { CompiledWorkflow } from "../workflow/compile.ts"
import { makeTicketLocks, TicketLocksService } from "./ticket-locks.ts"
import { ClockService, EventFeedService, IdGeneratorService, TicketStoreService, WorkflowCache, type EngineServices } from "./services.ts"

/** What an engine runs on: a store, and optionally a clock and an id generator. */
export interface EngineOptions {
  readonly store: TicketStore
  /** The wall clock by default. */
  readonly clock?: Clock | undefined
  /** Random uuids by default. */
  readonly ids?: IdGenerator | undefined
  /** Receives every committed change's events (live updates); none by default. */
  readonly feed?: TicketEventFeed | undefined
}

const silentFeed: TicketEventFeed = { publish: async () => {}, subscribe: () => () => {} }

/** The services every engine program needs, for `Effect.provideContext`. */
export function engineContext(options: EngineOptions): Context.Context<EngineServices> {
  return Context.add(runtimeContext(options), TicketStoreService, options.store)
}

/** Everything but the store: the clock, ids, a fresh workflow cache, the live feed and fresh per-ticket locks. */
function runtimeContext(options: Omit<EngineOptions, "store">): Context.Context<Exclude<EngineServices, TicketStoreService>> {
  return Context.make(ClockService, options.clock ?? systemClock).pipe(
    Context.add(IdGeneratorService, options.ids ?? uuidGenerator),
    Context.add(WorkflowCache, new Map<string, CompiledWorkflow>()),
    Context.add(EventFeedService, options.feed ?? silentFeed),
    Context.add(TicketLocksService, makeTicketLocks()),
  )
}

/**
 * The engine's services but the store, as a Layer — the clock, ids, the workflow cache, the live
 * feed and the per-ticket locks, made fresh each time the layer is built. Merge it with a store's
 * layer (`MemoryStore.layer`, `KyselyStore.layer(db)`) to run the engine's Effect programs.
 *
 * @example
 * const live = Layer.merge(EngineRuntime.layer({ clock }), MemoryStore.layer)
 * await Effect.runPromise(Effect.provide(createTicket(actor, { subject: "Printer on fire" }), live))
 */
export const EngineRuntime = {
  layer: (options: Omit<EngineOptions, "store"> = {}): Layer.Layer<Exclude<EngineServices, TicketStoreService>> =>
    Layer.effectContext(Effect.sync(() => runtimeContext(options))),
}

/** The in-memory store as a Layer, a fresh store each time it is built (tests, demos, prototypes). */
export const MemoryStore = {
  layer: Layer.sync(TicketStoreService, createMemoryStore),
}
