import type { ColumnType, Generated } from "kysely"

/** A `timestamptz`: read as a Date, written as an ISO string. */
export type Timestamp = ColumnType<Date, string, string>
/** A nullable `timestamptz`. */
export type NullableTimestamp = ColumnType<Date | null, string | null, string | null>
/** A `jsonb` column: read parsed, written as JSON text (drivers differ on how they serialise objects). */
export type Json<T> = ColumnType<T, string, string>
/** A `date`: always selected as `::text`, so it reads as `YYYY-MM-DD` whatever the driver's parsers. */
export type DateText = ColumnType<string | null, string | null, string | null>
/** An identity column that keeps insertion order (lists answer in the order rows were first written). */
export type Position = ColumnType<string | number, never, never>

/** `tenants`: one support provider. */
export interface TenantTable {
  id: string
  key: string
  name: string
  settings: Json<Record<string, unknown>>
  position: Position
}

/** `users`: customers, agents and admins of a tenant. */
export interface UserTable {
  tenant_id: string
  id: string
  external_id: string | null
  email: string
  name: string
  kind: string
  organisation_id: string | null
  org_role: string | null
  locale: string
  active: boolean
  created_at: Timestamp
  position: Position
}

/** Fields every configuration table shares. */
export interface ConfigColumns {
  tenant_id: string
  key: string
  name: string
  labels: Json<Record<string, string>>
  position: Position
}

/** `organisations`: customer companies, by key and by id. */
export interface OrganisationTable extends ConfigColumns {
  id: string
}

/** `departments`: teams of agents; members live in `department_members`. */
export interface DepartmentTable extends ConfigColumns {
  workflow_key: string | null
  email: string | null
}

/** `department_members`: which agents belong to which department, in the order they were listed. */
export interface DepartmentMemberTable {
  tenant_id: string
  department_key: string
  user_id: string
  ordinal: number
}

/** `ticket_types`. */
export interface TicketTypeTable extends ConfigColumns {
  visibility: string
  workflow_key: string | null
}

/** `priorities`. */
export interface PriorityTable extends ConfigColumns {
  rank: number
  color: string
}

/** `catalog_items`: the service catalog tree. */
export interface CatalogItemTable extends ConfigColumns {
  kind: string
  parent_key: string | null
  organisation_ids: Json<string[] | null> | null
  active: boolean
}

/** `calendars`: business hours. */
export interface CalendarTable extends ConfigColumns {
  time_zone: string
  hours: Json<unknown[]>
  holidays: Json<string[]>
}

/** `sla_policies`. */
export interface SlaPolicyTable extends ConfigColumns {
  priority_key: string
  type_key: string | null
  department_key: string | null
  organisation_id: string | null
  calendar_key: string | null
  first_response: string | null
  resolution: string | null
}

/** `workflows`: every published version, its definition as JSON. */
export interface WorkflowTable {
  tenant_id: string
  key: string
  version: number
  definition: Json<Record<string, unknown>>
  position: Position
}

/** `tickets`: one column per field that lists filter or sort by; nested values as jsonb. */
export interface TicketTable {
  tenant_id: string
  id: string
  number: number
  subject: string
  description: string
  status: string
  status_category: string
  type_key: string | null
  priority_key: string | null
  /** The rank of `priority_key`, kept in step with `priorities` so that the priority sort is an index scan. */
  priority_rank: number | null
  department_key: string | null
  catalog: Json<Record<string, string>>
  requester_id: string
  organisation_id: string | null
  contact: Json<Record<string, unknown>>
  desired_due_date: DateText
  due_at: NullableTimestamp
  assignee_id: string | null
  reopen_count: number
  resolution: string | null
  previous_status: string | null
  status_version: number
  description_locked: boolean
  created_at: Timestamp
  updated_at: Timestamp
  status_changed_at: Timestamp
  first_response_at: NullableTimestamp
  resolved_at: NullableTimestamp
  closed_at: NullableTimestamp
  sla: Json<Record<string, unknown>>
  workflow_key: string
  workflow_version: number
  version: number
  search_tsv: ColumnType<string, never, never>
}

/** `ticket_number_counters`: the last number given out per tenant. */
export interface TicketNumberCounterTable {
  tenant_id: string
  last: number
}

/** `messages`: replies and internal notes. */
export interface MessageTable {
  tenant_id: string
  id: string
  ticket_id: string
  author_id: string | null
  visibility: string
  body: string
  attachment_ids: Json<string[]>
  is_description: boolean
  event: string | null
  created_at: Timestamp
  edited_at: NullableTimestamp
  position: Position
  search_tsv: ColumnType<string, never, never>
}

/** `events`: a ticket's history; `(ticket_id, version, seq)` is unique. */
export interface EventTable {
  tenant_id: string
  id: string
  ticket_id: string
  version: number
  seq: number
  type: string
  actor_id: string | null
  at: Timestamp
  visibility: string
  payload: Json<Record<string, unknown>>
  changes: Json<Record<string, unknown>>
}

/** `attachments`: file metadata; the bytes live elsewhere. */
export interface AttachmentTable {
  tenant_id: string
  id: string
  ticket_id: string | null
  message_id: string | null
  filename: string
  content_type: string
  size: ColumnType<string | number, number, number>
  sha256: string
  uploaded_by: string
  created_at: Timestamp
}

/** `timers`: status timers and SLA checks, written in the command's transaction. */
export interface TimerTable {
  id: string
  tenant_id: string
  ticket_id: string
  kind: string
  event: string
  due_at: Timestamp
  ticket_version: number
  position: Position
  /** The lease of the runner working on the timer (migration 0002); null when unclaimed. */
  claimed_until: ColumnType<Date | null, string | null | undefined, string | null>
}

/** `idempotency_keys`: the first result of an idempotent command. */
export interface IdempotencyKeyTable {
  tenant_id: string
  actor_id: string
  scope: string
  key: string
  request_hash: string
  ticket_id: string
  message_id: string | null
  created_at: Timestamp
}

/** `outbox`: one row per event, for the dispatcher (email, webhooks, live updates). */
export interface OutboxTable {
  position: Generated<string>
  tenant_id: string
  event_id: string
  ticket_id: string
  event_type: string
  visibility: string
  at: Timestamp
  published_at: NullableTimestamp
}

/** `passwords`: a password hash per user, for the built-in login (migration 0003). */
export interface PasswordTable {
  tenant_id: string
  user_id: string
  hash: string
  updated_at: ColumnType<Date, string | undefined, string>
}

/** `sessions`: login sessions by the hash of their bearer token (migration 0003). */
export interface SessionTable {
  token_hash: string
  tenant_id: string
  user_id: string
  created_at: Timestamp
  expires_at: Timestamp
}

/** The whole schema, as Kysely sees it. */
export interface Database {
  tenants: TenantTable
  users: UserTable
  organisations: OrganisationTable
  departments: DepartmentTable
  department_members: DepartmentMemberTable
  ticket_types: TicketTypeTable
  priorities: PriorityTable
  catalog_items: CatalogItemTable
  calendars: CalendarTable
  sla_policies: SlaPolicyTable
  workflows: WorkflowTable
  tickets: TicketTable
  ticket_number_counters: TicketNumberCounterTable
  messages: MessageTable
  events: EventTable
  attachments: AttachmentTable
  timers: TimerTable
  idempotency_keys: IdempotencyKeyTable
  outbox: OutboxTable
  passwords: PasswordTable
  sessions: SessionTable
}
