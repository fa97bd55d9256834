import { Context } from "effect"
import { systemClock, type Clock } from "../ports/clock.ts"
import type { TicketEventFeed } from "../ports/event-feed.ts"
import { uuidGenerator, type IdGenerator } from "../ports/id-generator.ts"
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

/** The services every engine program needs, for `Effect.provide`. */
export function engineContext(options: EngineOptions): Context.Context<EngineServices> {
  return Context.make(TicketStoreService, options.store).pipe(
    Context.add(ClockService, options.clock ?? systemClock),
    Context.add(IdGeneratorService, options.ids ?? uuidGenerator),
    Context.add(WorkflowCache, new Map<string, CompiledWorkflow>()),
    Context.add(EventFeedService, options.feed ?? silentFeed),
    Context.add(TicketLocksService, makeTicketLocks()),
  )
}
