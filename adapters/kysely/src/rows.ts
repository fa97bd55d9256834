import { Contact, TicketSla } from "@ticketflow/core"
import type { Attachment, Message, Tenant, Ticket, TicketEvent, Timer, User } from "@ticketflow/core"
import type { IdempotencyRecord } from "@ticketflow/core/store"
import { inShapeOrder, rowSpec } from "./columns.ts"

/** `tenants` ↔ `Tenant`. */
export const tenantRow = rowSpec<Tenant>([
  ["id", "id", "text"],
  ["key", "key", "text"],
  ["name", "name", "text"],
  ["settings", "settings", "jsonb"],
])

/** `users` ↔ `User`. */
export const userRow = rowSpec<User>([
  ["tenant_id", "tenantId", "text"],
  ["id", "id", "text"],
  ["external_id", "externalId", "text"],
  ["email", "email", "text"],
  ["name", "name", "text"],
  ["kind", "kind", "text"],
  ["organisation_id", "organisationId", "text"],
  ["org_role", "orgRole", "text"],
  ["locale", "locale", "text"],
  ["active", "active", "boolean"],
  ["created_at", "createdAt", "timestamptz"],
])

/** `tickets` ↔ `Ticket` (`priority_rank` and `search_tsv` are derived by SQL). */
export const ticketRow = rowSpec<Ticket>([
  ["tenant_id", "tenantId", "text"],
  ["id", "id", "text"],
  ["number", "number", "integer"],
  ["subject", "subject", "text"],
  ["description", "description", "text"],
  ["status", "status", "text"],
  ["status_category", "statusCategory", "text"],
  ["type_key", "typeKey", "text"],
  ["priority_key", "priorityKey", "text"],
  ["department_key", "departmentKey", "text"],
  ["catalog", "catalog", "jsonb"],
  ["requester_id", "requesterId", "text"],
  ["organisation_id", "organisationId", "text"],
  { column: "contact", field: "contact", type: "jsonb", read: inShapeOrder(Object.keys(Contact.shape)) },
  ["desired_due_date", "desiredDueDate", "date"],
  ["due_at", "dueAt", "timestamptz"],
  ["assignee_id", "assigneeId", "text"],
  ["reopen_count", "reopenCount", "integer"],
  ["resolution", "resolution", "text"],
  ["previous_status", "previousStatus", "text"],
  ["status_version", "statusVersion", "integer"],
  ["description_locked", "descriptionLocked", "boolean"],
  ["created_at", "createdAt", "timestamptz"],
  ["updated_at", "updatedAt", "timestamptz"],
  ["status_changed_at", "statusChangedAt", "timestamptz"],
  ["first_response_at", "firstResponseAt", "timestamptz"],
  ["resolved_at", "resolvedAt", "timestamptz"],
  ["closed_at", "closedAt", "timestamptz"],
  { column: "sla", field: "sla", type: "jsonb", read: inShapeOrder(Object.keys(TicketSla.shape)) },
  ["workflow_key", "workflowKey", "text"],
  ["workflow_version", "workflowVersion", "integer"],
  ["version", "version", "integer"],
])

/** `messages` ↔ `Message`. */
export const messageRow = rowSpec<Message>([
  ["tenant_id", "tenantId", "text"],
  ["id", "id", "text"],
  ["ticket_id", "ticketId", "text"],
  ["author_id", "authorId", "text"],
  ["visibility", "visibility", "text"],
  ["body", "body", "text"],
  ["attachment_ids", "attachmentIds", "jsonb"],
  ["is_description", "isDescription", "boolean"],
  ["event", "event", "text"],
  ["created_at", "createdAt", "timestamptz"],
  ["edited_at", "editedAt", "timestamptz"],
])

/** `events` ↔ `TicketEvent`. */
export const eventRow = rowSpec<TicketEvent>([
  ["tenant_id", "tenantId", "text"],
  ["id", "id", "text"],
  ["ticket_id", "ticketId", "text"],
  ["version", "version", "integer"],
  ["seq", "seq", "integer"],
  ["type", "type", "text"],
  ["actor_id", "actorId", "text"],
  ["at", "at", "timestamptz"],
  ["visibility", "visibility", "text"],
  ["payload", "payload", "jsonb"],
  ["changes", "changes", "jsonb"],
])

/** `timers` ↔ `Timer`. */
export const timerRow = rowSpec<Timer>([
  ["id", "id", "text"],
  ["tenant_id", "tenantId", "text"],
  ["ticket_id", "ticketId", "text"],
  ["kind", "kind", "text"],
  ["event", "event", "text"],
  ["due_at", "dueAt", "timestamptz"],
  ["ticket_version", "ticketVersion", "integer"],
])

/** `attachments` ↔ `Attachment`. */
export const attachmentRow = rowSpec<Attachment>([
  ["tenant_id", "tenantId", "text"],
  ["id", "id", "text"],
  ["ticket_id", "ticketId", "text"],
  ["message_id", "messageId", "text"],
  ["filename", "filename", "text"],
  ["content_type", "contentType", "text"],
  ["size", "size", "bigint"],
  ["sha256", "sha256", "text"],
  ["uploaded_by", "uploadedBy", "text"],
  ["created_at", "createdAt", "timestamptz"],
])

/** `idempotency_keys` ↔ `IdempotencyRecord`. */
export const idempotencyRow = rowSpec<IdempotencyRecord>([
  ["tenant_id", "tenantId", "text"],
  ["actor_id", "actorId", "text"],
  ["scope", "scope", "text"],
  ["key", "key", "text"],
  ["request_hash", "requestHash", "text"],
  ["ticket_id", "ticketId", "text"],
  ["message_id", "messageId", "text"],
  ["created_at", "createdAt", "timestamptz"],
])
