/**
 * @module
 * The engine as Effect programs over its services, for applications written with Effect: the
 * same commands and queries as the Promise facade (`Engine`, whose doc comments say what each
 * does and which errors it raises), each in a `ticketflow.<name>` span. Provide the services
 * with `EngineRuntime.layer()` and a store's layer, or with `engineContext({ store })`.
 *
 * @example
 * const program = createTicket(actor, { subject: "Printer on fire" })
 * await Effect.runPromise(Effect.provide(program, Layer.merge(EngineRuntime.layer(), MemoryStore.layer)))
 */
import { tracedPrograms } from "./engine/surface/traced.ts"

/** The Effect program of `Engine.createTicket`, in a `ticketflow.createTicket` span. */
export const createTicket = tracedPrograms.createTicket
/** The Effect program of `Engine.updateTicket`, in a `ticketflow.updateTicket` span. */
export const updateTicket = tracedPrograms.updateTicket
/** The Effect program of `Engine.assign`, in a `ticketflow.assign` span. */
export const assign = tracedPrograms.assign
/** The Effect program of `Engine.setDueDate`, in a `ticketflow.setDueDate` span. */
export const setDueDate = tracedPrograms.setDueDate
/** The Effect program of `Engine.fireEvent`, in a `ticketflow.fireEvent` span. */
export const fireEvent = tracedPrograms.fireEvent
/** The Effect program of `Engine.getTicket`, in a `ticketflow.getTicket` span. */
export const getTicket = tracedPrograms.getTicket
/** The Effect program of `Engine.ticketPermissions`, in a `ticketflow.ticketPermissions` span. */
export const ticketPermissions = tracedPrograms.ticketPermissions
/** The Effect program of `Engine.listTickets`, in a `ticketflow.listTickets` span. */
export const listTickets = tracedPrograms.listTickets
/** The Effect program of `Engine.countTickets`, in a `ticketflow.countTickets` span. */
export const countTickets = tracedPrograms.countTickets
/** The Effect program of `Engine.postMessage`, in a `ticketflow.postMessage` span. */
export const postMessage = tracedPrograms.postMessage
/** The Effect program of `Engine.listMessages`, in a `ticketflow.listMessages` span. */
export const listMessages = tracedPrograms.listMessages
/** The Effect program of `Engine.listEvents`, in a `ticketflow.listEvents` span. */
export const listEvents = tracedPrograms.listEvents
/** The Effect program of `Engine.allowedEvents`, in a `ticketflow.allowedEvents` span. */
export const allowedEvents = tracedPrograms.allowedEvents
/** The Effect program of `Engine.recordUpload`, in a `ticketflow.recordUpload` span. */
export const recordUpload = tracedPrograms.recordUpload
/** The Effect program of `Engine.getAttachment`, in a `ticketflow.getAttachment` span. */
export const getAttachment = tracedPrograms.getAttachment
/** The Effect program of `Engine.listAttachments`, in a `ticketflow.listAttachments` span. */
export const listAttachments = tracedPrograms.listAttachments
/** The Effect program of `Engine.me`, in a `ticketflow.me` span. */
export const me = tracedPrograms.me
/** The Effect program of `Engine.listUsers`, in a `ticketflow.listUsers` span. */
export const listUsers = tracedPrograms.listUsers
/** The Effect program of `Engine.getUser`, in a `ticketflow.getUser` span. */
export const getUser = tracedPrograms.getUser
/** The Effect program of `Engine.createUser`, in a `ticketflow.createUser` span. */
export const createUser = tracedPrograms.createUser
/** The Effect program of `Engine.updateUser`, in a `ticketflow.updateUser` span. */
export const updateUser = tracedPrograms.updateUser
/** The Effect program of `Engine.upsertUser`, in a `ticketflow.upsertUser` span. */
export const upsertUser = tracedPrograms.upsertUser
/** The Effect program of `Engine.updateTenantSettings`, in a `ticketflow.updateTenantSettings` span. */
export const updateTenantSettings = tracedPrograms.updateTenantSettings
/** The Effect program of `Engine.listConfig`, in a `ticketflow.listConfig` span. */
export const listConfig = tracedPrograms.listConfig
/** The Effect program of `Engine.getConfig`, in a `ticketflow.getConfig` span. */
export const getConfig = tracedPrograms.getConfig
/** The Effect program of `Engine.createConfig`, in a `ticketflow.createConfig` span. */
export const createConfig = tracedPrograms.createConfig
/** The Effect program of `Engine.putConfig`, in a `ticketflow.putConfig` span. */
export const putConfig = tracedPrograms.putConfig
/** The Effect program of `Engine.patchConfig`, in a `ticketflow.patchConfig` span. */
export const patchConfig = tracedPrograms.patchConfig
/** The Effect program of `Engine.deleteConfig`, in a `ticketflow.deleteConfig` span. */
export const deleteConfig = tracedPrograms.deleteConfig
/** The Effect program of `Engine.publishWorkflow`, in a `ticketflow.publishWorkflow` span. */
export const publishWorkflow = tracedPrograms.publishWorkflow
/** The Effect program of `Engine.checkWorkflow`, in a `ticketflow.checkWorkflow` span. */
export const checkWorkflow = tracedPrograms.checkWorkflow
/** The Effect program of `Engine.getWorkflow`, in a `ticketflow.getWorkflow` span. */
export const getWorkflow = tracedPrograms.getWorkflow
/** The Effect program of `Engine.listWorkflows`, in a `ticketflow.listWorkflows` span. */
export const listWorkflows = tracedPrograms.listWorkflows
/** The Effect program of `Engine.migrateTickets`, in a `ticketflow.migrateTickets` span. */
export const migrateTickets = tracedPrograms.migrateTickets
/** The Effect program of `Engine.createTenant`, in a `ticketflow.createTenant` span. */
export const createTenant = tracedPrograms.createTenant
/** The Effect program of `Engine.listTenants`, in a `ticketflow.listTenants` span. */
export const listTenants = tracedPrograms.listTenants
/** The Effect program of `Engine.syncUser`, in a `ticketflow.syncUser` span. */
export const syncUser = tracedPrograms.syncUser
/** The Effect program of `Engine.lookupUser`, in a `ticketflow.lookupUser` span. */
export const lookupUser = tracedPrograms.lookupUser
/** The Effect program of `Engine.hostListUsers`, in a `ticketflow.hostListUsers` span. */
export const hostListUsers = tracedPrograms.hostListUsers
/** The Effect program of `Engine.runDueTimers`, in a `ticketflow.runDueTimers` span. */
export const runDueTimers = tracedPrograms.runDueTimers
/** The Effect program of `Engine.runTimer`, in a `ticketflow.runTimer` span. */
export const runTimer = tracedPrograms.runTimer
/** The Effect program of `Engine.findUnlinkedUploads`, in a `ticketflow.findUnlinkedUploads` span. */
export const findUnlinkedUploads = tracedPrograms.findUnlinkedUploads
/** The Effect program of `Engine.removeUnlinkedUploads`, in a `ticketflow.removeUnlinkedUploads` span. */
export const removeUnlinkedUploads = tracedPrograms.removeUnlinkedUploads

export type { ConfigInput, ConfigPatch } from "./engine/config/configure.ts"
export { engineContext, EngineRuntime, MemoryStore } from "./engine/context.ts"
export type { EngineOptions } from "./engine/context.ts"
export { declarations } from "./engine/surface/index.ts"
export { tracedPrograms } from "./engine/surface/traced.ts"
export type { TracedPrograms } from "./engine/surface/traced.ts"
export { ClockService, EventFeedService, IdGeneratorService, TicketStoreService, WorkflowCache } from "./engine/services.ts"
export type { EngineServices } from "./engine/services.ts"
