import { TicketStoreService } from "@ticketflow/core/effect"
import { Layer } from "effect"
import type { Kysely } from "kysely"
import type { Database } from "./schema.ts"
import { createKyselyStore } from "./store.ts"

/**
 * The Kysely store as a Layer of the engine's `TicketStoreService`, for hosts written with
 * Effect: merge it with `EngineRuntime.layer()` from `@ticketflow/core/effect`. The database
 * handle stays the host's: the layer neither opens nor closes it.
 *
 * @example
 * const live = Layer.merge(EngineRuntime.layer(), KyselyStore.layer(db))
 * await Effect.runPromise(Effect.provide(listTickets(actor, { category: "open" }), live))
 */
export const KyselyStore = {
  layer: (db: Kysely<Database>): Layer.Layer<TicketStoreService> => Layer.sync(TicketStoreService, () => createKyselyStore(db)),
}
