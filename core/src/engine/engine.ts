import { Effect } from "effect"
import type { Context } from "effect"
import type { Engine } from "./engine-interface.ts"
import { engineContext, type EngineOptions } from "./context.ts"
import type { EngineServices } from "./services.ts"
import { declarations, type Declarations } from "./surface/index.ts"

type Runnable = (...args: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown, EngineServices>

/**
 * Creates the Promise facade of the engine from its declarations: every method runs the Effect
 * program of the same name on the engine's services; a failure rejects with the tagged error
 * itself, so `instanceof TicketNotFound` works.
 *
 * @example
 * const engine = createEngine({ store: createMemoryStore() })
 * const ticket = await engine.createTicket(actor, { subject: "Printer on fire" })
 */
export function createEngine(options: EngineOptions): Engine {
  const context: Context.Context<EngineServices> = engineContext(options)
  const runWith = Effect.runPromiseWith(context)
  const facade: Record<string, (...args: ReadonlyArray<unknown>) => Promise<unknown>> = {}
  for (const [name, declaration] of Object.entries(declarations)) {
    const program = declaration.program as unknown as Runnable
    facade[name] = (...args) => runWith(program(...args))
  }
  return facade as unknown as Engine
}

// The interface and the declarations agree: the same names, and (but for the generic
// configuration methods, typed by hand) each method is what its program makes of it.
type Promised<P> = P extends (...args: infer A) => Effect.Effect<infer S, infer _E, infer _R> ? (...args: A) => Promise<S> : never
type Derived = { readonly [K in keyof Declarations]: Promised<Declarations[K]["program"]> }
type Generic = "listConfig" | "getConfig" | "createConfig" | "putConfig" | "patchConfig"
type SameNames = Exclude<keyof Engine, keyof Declarations> | Exclude<keyof Declarations, keyof Engine>
const sameNames: [SameNames] extends [never] ? true : SameNames = true
const derivedIsEngine = (derived: Omit<Derived, Generic>): Omit<Engine, Generic> => derived
void sameNames
void derivedIsEngine

/** The Promise facade of the engine. */
export type { Engine } from "./engine-interface.ts"

/** Inputs of the engine's commands, for callers that build them ahead. */
export type { AssignInput, CreateTicketInput, FireEventInput, ListMessagesInput, PostMessageInput, SetDueDateInput, TicketQueryInput, UpdateTicketInput } from "./inputs.ts"
export type { CreateTenantInput, UpsertUserInput } from "./commands/users.ts"
export type { MigrateTicketsInput } from "./commands/workflows.ts"
