/**
 * @module
 * The engine as Effect programs over the `TicketStoreService`, `ClockService` and
 * `IdGeneratorService` services, for applications written with Effect.
 *
 * @example
 * const program = createTicket(actor, { subject: "Printer on fire" })
 * await Effect.runPromise(Effect.provideContext(program, engineContext({ store })))
 */
export { assign, setDueDate } from "./engine/commands/assign.ts"
export { deleteConfig, listConfig, putConfig } from "./engine/config/configure.ts"
export type { ConfigInput } from "./engine/config/configure.ts"
export { createTicket } from "./engine/commands/create-ticket.ts"
export { fireEvent } from "./engine/transition/fire-event.ts"
export { postMessage } from "./engine/commands/post-message.ts"
export { runDueTimers, runTimer } from "./engine/commands/run-due-timers.ts"
export { updateTicket } from "./engine/commands/update-ticket.ts"
export { createTenant, createUser, getUser, hostListUsers, listTenants, listUsers, lookupUser, me, syncUser, updateTenantSettings, updateUser, upsertUser } from "./engine/commands/users.ts"
export { getWorkflow, listWorkflows, migrateTickets, publishWorkflow } from "./engine/commands/workflows.ts"
export { allowedEvents, listEvents, listMessages } from "./engine/queries/conversation.ts"
export { countTickets, getTicket, listTickets } from "./engine/queries/tickets.ts"
export { engineContext, EngineRuntime, MemoryStore } from "./engine/context.ts"
export { declarations } from "./engine/surface/index.ts"
export { createConfig, getConfig, patchConfig } from "./engine/config/configure.ts"
export { checkWorkflow } from "./engine/commands/workflows.ts"
export { recordUpload } from "./engine/commands/record-upload.ts"
export { findUnlinkedUploads, removeUnlinkedUploads } from "./engine/commands/unlinked-uploads.ts"
export { getAttachment, listAttachments } from "./engine/queries/attachments.ts"
export type { EngineOptions } from "./engine/context.ts"
export { ClockService, EventFeedService, IdGeneratorService, TicketStoreService, WorkflowCache } from "./engine/services.ts"
export type { EngineServices } from "./engine/services.ts"
