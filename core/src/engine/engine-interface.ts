import type { Attachment } from "../domain/attachment.ts"
import type { TicketEvent } from "../domain/event.ts"
import type { Message } from "../domain/message.ts"
import type { Tenant } from "../domain/tenant.ts"
import type { Ticket } from "../domain/ticket.ts"
import type { User } from "../domain/user.ts"
import type { Actor } from "../policy/actor.ts"
import type { TicketPermissions } from "../policy/permissions.ts"
import type { ActorProfile, ConfigEntities, ConfigKind, TicketCounts, TicketPage, Timer } from "../ports/ticket-store.ts"
import type { WorkflowDefinition, WorkflowDefinitionInput } from "../workflow/definition.ts"
import type { WorkflowValidation } from "../workflow/validate.ts"
import type { ConfigInput, ConfigPatch } from "./config/configure.ts"
import type { PostedMessage } from "./commands/post-message.ts"
import type { RecordUploadInput } from "./commands/record-upload.ts"
import type { TimerRun } from "./commands/run-due-timers.ts"
import type { CreateTenantInput, CreateUserInput, TenantSettingsPatch, UpdateUserInput, UpsertUserInput, UserLookup } from "./commands/users.ts"
import type { MigrateTicketsInput, MigrationResult } from "./commands/workflows.ts"
import type { AssignInput, CreateTicketInput, FireEventInput, ListMessagesInput, PostMessageInput, SetDueDateInput, TicketQueryInput, UpdateTicketInput } from "./inputs.ts"
import type { AllowedEvent } from "./queries/conversation.ts"

/** A ticket by id (uuid), by number (`1042`), or by `#1042`. */
export type TicketReference = string | number

/**
 * The engine's Promise facade, made by `createEngine`. Every method runs the Effect program of
 * the same name (`@ticketflow/core/effect`); a failure rejects with the tagged error itself, so
 * `instanceof TicketNotFound` works. Any call may also reject with `StoreFailure` when the store
 * is unreachable. Calls that take an `Actor` run as that user under the tenant's policies; the
 * host's calls (tenants, `syncUser`, lookups, timers, upload clean-up) are trusted.
 */
export interface Engine {
  // Tickets

  /** Creates a ticket for the actor, or (the team) on a customer's behalf. @throws ValidationFailed, Unauthenticated, Forbidden, Conflict (idempotency key reused), AttachmentRejected */
  createTicket(actor: Actor, input: CreateTicketInput): Promise<Ticket>
  /** Changes a ticket's fields under the edit rules; absent fields stay. @throws ValidationFailed, Unauthenticated, TicketNotFound, Forbidden, TicketLocked, VersionConflict, AttachmentRejected */
  updateTicket(actor: Actor, input: UpdateTicketInput): Promise<Ticket>
  /** Assigns a ticket to an active agent, or unassigns it with null (the team). @throws ValidationFailed, Unauthenticated, TicketNotFound, Forbidden, TicketLocked, VersionConflict */
  assign(actor: Actor, input: AssignInput): Promise<Ticket>
  /** Sets or clears the team's committed due date (the team). @throws ValidationFailed, Unauthenticated, TicketNotFound, Forbidden, TicketLocked, VersionConflict */
  setDueDate(actor: Actor, input: SetDueDateInput): Promise<Ticket>
  /** Fires a workflow event (START, REQUEST_CLARIFICATION, ACCEPT, CLOSE…) with its comment or resolution. @throws ValidationFailed, Unauthenticated, TicketNotFound, InvalidTransition, VersionConflict */
  fireEvent(actor: Actor, input: FireEventInput): Promise<Ticket>
  /** A ticket the actor may see, by id, number or `#number`. @throws ValidationFailed, Unauthenticated, TicketNotFound */
  getTicket(actor: Actor, ticket: TicketReference): Promise<Ticket>
  /** What the actor may do to this ticket now (one the engine just returned): the fields they may change, the messages they may post; none on a ticket they may not see. @throws Unauthenticated */
  ticketPermissions(actor: Actor, ticket: Ticket): Promise<TicketPermissions>
  /** A page of the tickets the actor may see, filtered and sorted, with a cursor to the next page. @throws ValidationFailed, Unauthenticated */
  listTickets(actor: Actor, query?: TicketQueryInput): Promise<TicketPage>
  /** Counts by status and category for the list's filters, ignoring status and category. @throws ValidationFailed, Unauthenticated */
  countTickets(actor: Actor, query?: TicketQueryInput): Promise<TicketCounts>

  // Conversation

  /** Posts a public reply (which may fire a reply trigger) or an internal note (the team). @throws ValidationFailed, Unauthenticated, TicketNotFound, Forbidden, TicketLocked, Conflict, AttachmentRejected, VersionConflict */
  postMessage(actor: Actor, input: PostMessageInput): Promise<PostedMessage>
  /** The conversation of a ticket; internal notes only for the team. @throws ValidationFailed, Unauthenticated, TicketNotFound */
  listMessages(actor: Actor, input: ListMessagesInput): Promise<ReadonlyArray<Message>>
  /** The history of a ticket; internal events only for the team. @throws ValidationFailed, Unauthenticated, TicketNotFound */
  listEvents(actor: Actor, ticket: TicketReference): Promise<ReadonlyArray<TicketEvent>>
  /** The events the actor may fire on a ticket now, each with its target and whether it needs a comment. @throws ValidationFailed, Unauthenticated, TicketNotFound */
  allowedEvents(actor: Actor, ticket: TicketReference): Promise<ReadonlyArray<AllowedEvent>>
  /** Records an uploaded file (its bytes stored), unlinked and owned by the actor, under the tenant's attachment policy. @throws ValidationFailed, Unauthenticated, AttachmentRejected */
  recordUpload(actor: Actor, input: RecordUploadInput): Promise<Attachment>
  /** An attachment's metadata, when the actor may download it. @throws ValidationFailed, Unauthenticated, NotFound */
  getAttachment(actor: Actor, id: string): Promise<Attachment>
  /** The files of a ticket's conversation the actor may see. @throws ValidationFailed, Unauthenticated, TicketNotFound */
  listAttachments(actor: Actor, ticket: TicketReference): Promise<ReadonlyArray<Attachment>>

  // People and settings

  /** The acting user, their departments and their tenant. @throws Unauthenticated */
  me(actor: Actor): Promise<ActorProfile>
  /** The users of the tenant (the team). @throws Unauthenticated, Forbidden */
  listUsers(actor: Actor): Promise<ReadonlyArray<User>>
  /** A user by id: the team reads anyone of the tenant, a customer only themselves. @throws ValidationFailed, Unauthenticated, Forbidden, NotFound */
  getUser(actor: Actor, id: string): Promise<User>
  /** Creates a user (admins); an email or external id in use is a conflict. @throws ValidationFailed, Unauthenticated, Forbidden, Conflict */
  createUser(actor: Actor, input: CreateUserInput): Promise<User>
  /** Changes the named fields of a user (admins); `active: false` deactivates. @throws ValidationFailed, Unauthenticated, Forbidden, NotFound, Conflict */
  updateUser(actor: Actor, input: UpdateUserInput): Promise<User>
  /** Creates or updates a user matched by id, external id, then email (admins). @throws ValidationFailed, Unauthenticated, Forbidden, Conflict */
  upsertUser(actor: Actor, input: UpsertUserInput): Promise<User>
  /** Changes the settings of the actor's tenant (admins); absent settings stay. @throws ValidationFailed, Unauthenticated, Forbidden */
  updateTenantSettings(actor: Actor, patch: TenantSettingsPatch): Promise<Tenant>

  // Configuration

  /** The entities of a configuration kind: the team reads all, customers what the ticket form needs. @throws Unauthenticated, Forbidden */
  listConfig<K extends ConfigKind>(actor: Actor, kind: K): Promise<ReadonlyArray<ConfigEntities[K]>>
  /** One configuration entity by key, as `listConfig` shows it to the actor. @throws Unauthenticated, Forbidden, NotFound */
  getConfig<K extends ConfigKind>(actor: Actor, kind: K, key: string): Promise<ConfigEntities[K]>
  /** Creates a configuration entity (admins); a key that exists is a conflict. @throws ValidationFailed, Unauthenticated, Forbidden, Conflict */
  createConfig<K extends ConfigKind>(actor: Actor, kind: K, input: ConfigInput<K>): Promise<ConfigEntities[K]>
  /** Creates or replaces a configuration entity by key (admins). @throws ValidationFailed, Unauthenticated, Forbidden, Conflict */
  putConfig<K extends ConfigKind>(actor: Actor, kind: K, input: ConfigInput<K>): Promise<ConfigEntities[K]>
  /** Changes the named fields of a configuration entity (admins). @throws ValidationFailed, Unauthenticated, Forbidden, NotFound, Conflict */
  patchConfig<K extends ConfigKind>(actor: Actor, kind: K, key: string, patch: ConfigPatch<K>): Promise<ConfigEntities[K]>
  /** Removes a configuration entity (admins). @throws Unauthenticated, Forbidden, NotFound */
  deleteConfig(actor: Actor, kind: ConfigKind, key: string): Promise<void>

  // Workflows

  /** Validates a workflow and publishes it as the next version of its key (admins). @throws Unauthenticated, Forbidden, InvalidWorkflow, Conflict (a version published at the same time) */
  publishWorkflow(actor: Actor, definition: WorkflowDefinitionInput): Promise<WorkflowDefinition>
  /** Checks a workflow definition without publishing it: every problem with its code and path (the team). @throws Unauthenticated, Forbidden */
  checkWorkflow(actor: Actor, candidate: unknown): Promise<WorkflowValidation>
  /** A workflow version (the latest when absent), as the actor may read it. @throws Unauthenticated, NotFound */
  getWorkflow(actor: Actor, key: string, version?: number): Promise<WorkflowDefinition>
  /** The latest version of every workflow, as the actor may read it. @throws Unauthenticated */
  listWorkflows(actor: Actor): Promise<ReadonlyArray<WorkflowDefinition>>
  /** Moves the tickets of one workflow version to another with a status mapping, or previews it (admins). @throws ValidationFailed, Unauthenticated, Forbidden, NotFound, VersionConflict */
  migrateTickets(actor: Actor, input: MigrateTicketsInput): Promise<MigrationResult>

  // The host's trusted calls

  /** Creates a tenant with the default workflow installed. @throws ValidationFailed */
  createTenant(input: CreateTenantInput): Promise<Tenant>
  /** Every tenant of the store. */
  listTenants(): Promise<ReadonlyArray<Tenant>>
  /** Creates or updates a user of a tenant, matched by id, external id, then email (host sign-in provisioning). @throws ValidationFailed, NotFound (tenant), Conflict */
  syncUser(tenantId: string, input: UpsertUserInput): Promise<User>
  /** A user of a tenant by id, email or external id, or null (logins, host authentication). */
  lookupUser(tenantId: string, by: UserLookup): Promise<User | null>
  /** The users of a tenant (provisioning, passwords). */
  hostListUsers(tenantId: string): Promise<ReadonlyArray<User>>
  /** Fires every timer due at `at` (now by default) and drops stale ones, `batchSize` at a time. */
  runDueTimers(at?: Date, batchSize?: number): Promise<TimerRun>
  /** Fires one timer read from the store at `now`, or drops it when stale; resolves to whether it fired. */
  runTimer(timer: Timer, now: Date): Promise<boolean>
  /** Uploads of every tenant still unlinked and older than `before`, at most `limit` (the upload sweeper). */
  findUnlinkedUploads(before: Date, limit: number): Promise<ReadonlyArray<Attachment>>
  /** Removes the metadata of uploads still unlinked, resolving to the ids removed (the upload sweeper). */
  removeUnlinkedUploads(tenantId: string, ids: ReadonlyArray<string>): Promise<ReadonlyArray<string>>
}
