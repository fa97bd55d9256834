import { Context, Effect } from "effect"
import { Conflict, StoreFailure, VersionConflict } from "../errors.ts"
import type { Clock } from "../ports/clock.ts"
import type { TicketEventFeed } from "../ports/event-feed.ts"
import type { IdGenerator } from "../ports/id-generator.ts"
import type { TicketStore } from "../ports/ticket-store.ts"
import type { CompiledWorkflow } from "../workflow/compile.ts"
import type { TicketLocksService } from "./ticket-locks.ts"

/** The store the engine's programs read and write. */
export class TicketStoreService extends Context.Service<TicketStoreService, TicketStore>()(
  "@ticketflow/core/TicketStore",
) {}

/** The engine's source of time. */
export class ClockService extends Context.Service<ClockService, Clock>()("@ticketflow/core/Clock") {}

/** The engine's source of ids. */
export class IdGeneratorService extends Context.Service<IdGeneratorService, IdGenerator>()(
  "@ticketflow/core/IdGenerator",
) {}

/** Where committed events go for live updates. */
export class EventFeedService extends Context.Service<EventFeedService, TicketEventFeed>()("@ticketflow/core/EventFeed") {}

/** Compiled workflows by tenant, key and version: versions never change once published. */
export class WorkflowCache extends Context.Service<WorkflowCache, Map<string, CompiledWorkflow>>()(
  "@ticketflow/core/WorkflowCache",
) {}

/** Every service an engine program needs. */
export type EngineServices =
  | TicketStoreService
  | ClockService
  | IdGeneratorService
  | WorkflowCache
  | EventFeedService
  | TicketLocksService

/** Calls the store; rejections other than the engine's own conflicts become `StoreFailure`. */
export function fromStore<A>(
  run: (store: TicketStore) => Promise<A>,
): Effect.Effect<A, StoreFailure | VersionConflict | Conflict, TicketStoreService> {
  return TicketStoreService.use((store) =>
    Effect.tryPromise({
      try: () => run(store),
      catch: (cause) =>
        cause instanceof VersionConflict || cause instanceof Conflict
          ? cause
          : new StoreFailure({ message: `The store failed: ${describe(cause)}`, cause }),
    }),
  )
}

/** Calls the store where a conflict cannot happen (reads). */
export function readStore<A>(run: (store: TicketStore) => Promise<A>): Effect.Effect<A, StoreFailure, TicketStoreService> {
  return TicketStoreService.use((store) =>
    Effect.tryPromise({
      try: () => run(store),
      catch: (cause) => new StoreFailure({ message: `The store failed: ${describe(cause)}`, cause }),
    }),
  )
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}
