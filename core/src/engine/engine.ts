import { Effect } from "effect"
import type { Context } from "effect"
import type { Actor } from "../policy/actor.ts"
import type { ConfigEntities, ConfigKind } from "../ports/ticket-store.ts"
import type { CreateTicketInput, FireEventInput, AssignInput, ListMessagesInput, PostMessageInput, SetDueDateInput, TicketQueryInput, UpdateTicketInput } from "./inputs.ts"
import { assign, setDueDate } from "./commands/assign.ts"
import { deleteConfig, listConfig, putConfig, type ConfigInput } from "./commands/configure.ts"
import { createTicket } from "./commands/create-ticket.ts"
import { fireEvent } from "./commands/fire-event.ts"
import { postMessage } from "./commands/post-message.ts"
import { runDueTimers, runTimer } from "./commands/run-due-timers.ts"
import { updateTicket } from "./commands/update-ticket.ts"
import { createTenant, listUsers, me, syncUser, updateTenantSettings, upsertUser, type CreateTenantInput, type UpsertUserInput } from "./commands/users.ts"
import { getWorkflow, listWorkflows, migrateTickets, publishWorkflow, type MigrateTicketsInput } from "./commands/workflows.ts"
import { engineContext, type EngineOptions } from "./layer.ts"
import { allowedEvents, listEvents, listMessages } from "./queries/conversation.ts"
import { editableFields } from "./queries/editable-fields.ts"
import { countTickets, getTicket, listTickets } from "./queries/tickets.ts"
import type { EngineServices } from "./services.ts"

type Program = (...args: never[]) => Effect.Effect<unknown, unknown, EngineServices>
type Promised<F extends Program> = (...args: Parameters<F>) => Promise<Effect.Success<ReturnType<F>>>

/**
 * Creates the Promise facade of the engine. Every method runs the Effect program of the same
 * name; a failure rejects with the tagged error itself, so `instanceof TicketNotFound` works.
 *
 * @example
 * const engine = createEngine({ store: createMemoryStore() })
 * const ticket = await engine.createTicket(actor, { subject: "Printer on fire" })
 */
export function createEngine(options: EngineOptions) {
  const context: Context.Context<EngineServices> = engineContext(options)
  const runWith = Effect.runPromiseWith(context)
  const run = <F extends Program>(program: F): Promised<F> =>
    ((...args: Parameters<F>) => runWith(program(...args))) as Promised<F>

  return {
    /** The store the engine runs on. */
    store: options.store,
    createTenant: run(createTenant),
    updateTenantSettings: run(updateTenantSettings),
    syncUser: run(syncUser),
    upsertUser: run(upsertUser),
    listUsers: run(listUsers),
    me: run(me),

    createTicket: run(createTicket),
    updateTicket: run(updateTicket),
    postMessage: run(postMessage),
    fireEvent: run(fireEvent),
    assign: run(assign),
    setDueDate: run(setDueDate),
    runDueTimers: run(runDueTimers),
    /** Fires one timer read from the store at `now`, or drops it when stale; resolves to whether it fired. */
    runTimer: run(runTimer),

    getTicket: run(getTicket),
    listTickets: run(listTickets),
    countTickets: run(countTickets),
    allowedEvents: run(allowedEvents),
    /** The fields the actor may change on a ticket the engine returned, now. */
    editableFields: run(editableFields),
    listMessages: run(listMessages),
    listEvents: run(listEvents),

    putConfig: run(putConfig) as <K extends ConfigKind>(actor: Actor, kind: K, input: ConfigInput<K>) => Promise<ConfigEntities[K]>,
    listConfig: run(listConfig) as <K extends ConfigKind>(actor: Actor, kind: K) => Promise<ReadonlyArray<ConfigEntities[K]>>,
    deleteConfig: run(deleteConfig),

    publishWorkflow: run(publishWorkflow),
    getWorkflow: run(getWorkflow),
    listWorkflows: run(listWorkflows),
    migrateTickets: run(migrateTickets),
  }
}

/** The Promise facade of the engine. */
export type Engine = ReturnType<typeof createEngine>

/** Inputs of the engine's commands, for callers that build them ahead. */
export type {
  AssignInput,
  CreateTenantInput,
  CreateTicketInput,
  FireEventInput,
  ListMessagesInput,
  MigrateTicketsInput,
  PostMessageInput,
  SetDueDateInput,
  TicketQueryInput,
  UpdateTicketInput,
  UpsertUserInput,
}
