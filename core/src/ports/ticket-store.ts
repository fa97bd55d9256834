import type { Attachment } from "../domain/attachment.ts"
import type { Calendar } from "../domain/calendar.ts"
import type { CatalogItem } from "../domain/catalog-item.ts"
import type { Department } from "../domain/department.ts"
import type { TicketEvent } from "../domain/event.ts"
import type { Message } from "../domain/message.ts"
import type { Organisation } from "../domain/organisation.ts"
import type { Priority } from "../domain/priority.ts"
import type { SlaPolicy } from "../domain/sla-policy.ts"
import type { Tenant } from "../domain/tenant.ts"
import type { StatusCategory, Ticket, TicketRef } from "../domain/ticket.ts"
import type { TicketType } from "../domain/ticket-type.ts"
import type { User } from "../domain/user.ts"
import type { TicketVisibility } from "../policy/visibility.ts"
import type { WorkflowDefinition } from "../workflow/definition.ts"

// Which tickets an actor may see is the policy's rule (policy/visibility.ts); the store applies it.
export type { TicketVisibility } from "../policy/visibility.ts"

/** The configuration entities stored by kind, each keyed by its `key` within a tenant. */
export interface ConfigEntities {
  department: Department
  ticketType: TicketType
  priority: Priority
  catalogItem: CatalogItem
  organisation: Organisation
  calendar: Calendar
  slaPolicy: SlaPolicy
}
/** A kind of configuration entity. */
export type ConfigKind = keyof ConfigEntities
/** The configuration kinds, in an order where references point backwards. */
export const configKinds: ReadonlyArray<ConfigKind> = [
  "organisation",
  "department",
  "ticketType",
  "priority",
  "catalogItem",
  "calendar",
  "slaPolicy",
]

/** A user with what the policy needs to know of them, and their tenant. */
export interface ActorProfile {
  readonly user: User
  readonly departmentKeys: ReadonlyArray<string>
  readonly tenant: Tenant
}

/** What a status timer or an SLA check fires, and when. */
export interface Timer {
  readonly id: string
  readonly tenantId: string
  readonly ticketId: string
  readonly kind: "status" | "sla"
  /** The workflow event a status timer fires; `SLA_CHECK` for SLA timers. */
  readonly event: string
  readonly dueAt: string
  /** The ticket's `statusVersion` when scheduled: a timer whose ticket moved on is stale. */
  readonly ticketVersion: number
}

/** A stored first result of an idempotent command. */
export interface IdempotencyRecord {
  readonly tenantId: string
  readonly actorId: string
  /** The command and its target: `createTicket`, `postMessage:<ticketId>`. */
  readonly scope: string
  readonly key: string
  /** A hash of the input: the same key with another input is refused. */
  readonly requestHash: string
  readonly ticketId: string
  readonly messageId: string | null
  readonly createdAt: string
}

/** Everything one command writes, in one transaction. */
export interface TicketChange {
  readonly tenantId: string
  /** The row after the change. */
  readonly ticket: Ticket
  /** The version the command read; null creates the ticket. */
  readonly expectedVersion: number | null
  readonly events: ReadonlyArray<TicketEvent>
  readonly newMessages: ReadonlyArray<Message>
  readonly editedMessages: ReadonlyArray<Message>
  /** Uploaded attachments that now belong to a message of this ticket. */
  readonly linkedAttachments: ReadonlyArray<{ readonly attachmentId: string; readonly messageId: string }>
  /** Pending timers of the ticket of these kinds are dropped before `addTimers` are written. */
  readonly cancelTimers: ReadonlyArray<Timer["kind"]>
  readonly addTimers: ReadonlyArray<Timer>
  /** The timer this change fired, removed in the same transaction. */
  readonly completedTimerId?: string | undefined
  readonly idempotency?: IdempotencyRecord | undefined
}

/** Filters of a ticket list; absent means any. */
export interface TicketFilter {
  readonly status?: ReadonlyArray<string> | undefined
  readonly category?: ReadonlyArray<StatusCategory> | undefined
  readonly type?: ReadonlyArray<string> | undefined
  readonly priority?: ReadonlyArray<string> | undefined
  /** Department keys; `null` in the list matches unrouted tickets. */
  readonly department?: ReadonlyArray<string | null> | undefined
  /** Assignee ids; `null` in the list matches unassigned tickets. */
  readonly assignee?: ReadonlyArray<string | null> | undefined
  readonly requester?: ReadonlyArray<string> | undefined
  readonly organisation?: ReadonlyArray<string> | undefined
  /** Created at or after (inclusive) / before (exclusive), ISO instants. */
  readonly createdFrom?: string | undefined
  readonly createdTo?: string | undefined
  /** Words matched against subject, description and messages; a number matches the ticket number. */
  readonly q?: string | undefined
  readonly workflow?: { readonly key: string; readonly version?: number | undefined } | undefined
}

/** The fields a list sorts by. */
export const ticketSortFields = ["createdAt", "updatedAt", "number", "priority", "dueAt"] as const
/** A field a list sorts by. */
export type TicketSortField = (typeof ticketSortFields)[number]
/** A list's order. */
export interface TicketSort {
  readonly field: TicketSortField
  readonly direction: "asc" | "desc"
}

/** A list query as the store receives it: visibility already decided by the engine. */
export interface StoreTicketQuery {
  readonly tenantId: string
  readonly visibility: TicketVisibility
  readonly filter: TicketFilter
  /** Whether internal notes count for `q` (agents and admins only). */
  readonly searchInternal: boolean
  readonly sort: TicketSort
  readonly limit: number
  readonly cursor: string | null
}

/** One page of tickets; `nextCursor` is null on the last page. */
export interface TicketPage {
  readonly items: ReadonlyArray<Ticket>
  readonly nextCursor: string | null
}

/** Tickets per status and per category (the list tabs). */
export interface TicketCounts {
  readonly total: number
  readonly byStatus: Readonly<Record<string, number>>
  readonly byCategory: Readonly<Record<StatusCategory, number>>
}

/**
 * Storage of tickets, their history and configuration. Every method is scoped by tenant;
 * `commit` is one transaction with an optimistic version check.
 */
export interface TicketStore {
  getTenant(tenantId: string): Promise<Tenant | null>
  listTenants(): Promise<ReadonlyArray<Tenant>>
  putTenant(tenant: Tenant): Promise<void>

  getUser(tenantId: string, userId: string): Promise<User | null>
  findUser(tenantId: string, by: { readonly email: string } | { readonly externalId: string }): Promise<User | null>
  listUsers(tenantId: string): Promise<ReadonlyArray<User>>
  /** Inserts or replaces by id; an email or externalId taken by another user is `Conflict`. */
  putUser(user: User): Promise<void>
  /** The user, the departments they belong to and their tenant, in one read. */
  loadActor(tenantId: string, userId: string): Promise<ActorProfile | null>

  getConfig<K extends ConfigKind>(tenantId: string, kind: K, key: string): Promise<ConfigEntities[K] | null>
  listConfig<K extends ConfigKind>(tenantId: string, kind: K): Promise<ReadonlyArray<ConfigEntities[K]>>
  /** Inserts or replaces by key; with `create`, a key that exists is `Conflict` (`duplicate_key`) and nothing changes. */
  putConfig<K extends ConfigKind>(tenantId: string, kind: K, entity: ConfigEntities[K], options?: { readonly create?: boolean }): Promise<void>
  deleteConfig(tenantId: string, kind: ConfigKind, key: string): Promise<boolean>

  /** A version of a workflow, or its latest when `version` is absent. */
  getWorkflow(tenantId: string, key: string, version?: number): Promise<WorkflowDefinition | null>
  /** The latest version of every workflow. */
  listWorkflows(tenantId: string): Promise<ReadonlyArray<WorkflowDefinition>>
  /** Stores a new version; an existing (key, version) is `Conflict`. */
  putWorkflow(tenantId: string, definition: WorkflowDefinition): Promise<void>

  getTicket(tenantId: string, ref: TicketRef): Promise<Ticket | null>
  /** The next number of the tenant's ticket sequence: unique and increasing under concurrency. */
  nextTicketNumber(tenantId: string): Promise<number>
  /** Writes a change atomically; a moved version rejects with `VersionConflict`. */
  commit(change: TicketChange): Promise<void>
  findIdempotency(tenantId: string, actorId: string, scope: string, key: string): Promise<IdempotencyRecord | null>

  putAttachment(attachment: Attachment): Promise<void>
  getAttachments(tenantId: string, ids: ReadonlyArray<string>): Promise<ReadonlyArray<Attachment>>
  /** Uploads never linked to a message and created before `before`, across tenants, oldest first (the upload sweeper). */
  unlinkedAttachments(before: Date, limit: number): Promise<ReadonlyArray<Attachment>>
  /** Deletes the uploads of these ids that are still unlinked; resolves to the ids it deleted. */
  deleteUnlinkedAttachments(tenantId: string, ids: ReadonlyArray<string>): Promise<ReadonlyArray<string>>

  listTickets(query: StoreTicketQuery): Promise<TicketPage>
  countTickets(query: Omit<StoreTicketQuery, "sort" | "limit" | "cursor">): Promise<TicketCounts>
  getMessage(tenantId: string, messageId: string): Promise<Message | null>
  listMessages(
    tenantId: string,
    ticketId: string,
    options: { readonly includeInternal: boolean; readonly order: "asc" | "desc" },
  ): Promise<ReadonlyArray<Message>>
  listEvents(
    tenantId: string,
    ticketId: string,
    options: { readonly includeInternal: boolean },
  ): Promise<ReadonlyArray<TicketEvent>>

  /** Pending timers due at `now`, across tenants, oldest first. */
  dueTimers(now: Date, limit: number): Promise<ReadonlyArray<Timer>>
  /** Removes a timer that turned out stale. */
  dropTimer(timerId: string): Promise<void>
  /** Pending timers of a ticket (for inspection and tests). */
  listTimers(tenantId: string, ticketId: string): Promise<ReadonlyArray<Timer>>
}
