import { z } from "@hono/zod-openapi"
import { AllowedEventView, CreateTicketInput, FireEventInput, StatusCategory, TicketDetailView, TicketQueryInput, TicketView, UpdateTicketInput } from "@ticketflow/core"
import { documentedQuery } from "./common.ts"
import { named, requestBody } from "./named.ts"

const at = "2026-03-02T09:15:00.000Z"

/** An example ticket for the OpenAPI document. */
export const ticketExample: TicketView = {
  id: "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01",
  number: 1042,
  subject: "Invoices page shows the wrong totals",
  description: "Since Monday the totals on **Invoices** ignore credit notes.",
  status: "in_progress",
  statusCategory: "open",
  typeKey: "bug",
  priorityKey: "high",
  departmentKey: "technical-support",
  catalog: { application: "crm", module: "crm-invoices" },
  requesterId: "2a2a2a2a-0000-4000-8000-000000000004",
  organisationId: "3b3b3b3b-0000-4000-8000-000000000010",
  contact: { name: "Bob Acme", email: "bob@acme.test", phone: null },
  desiredDueDate: "2026-03-06",
  dueAt: null,
  assigneeId: "2a2a2a2a-0000-4000-8000-000000000002",
  reopenCount: 0,
  resolution: null,
  descriptionLocked: true,
  createdAt: at,
  updatedAt: at,
  statusChangedAt: at,
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  sla: {
    policyKey: "high-sla",
    calendarKey: "business-hours",
    state: "running",
    firstResponseTarget: "PT4H",
    resolutionTarget: "PT27H",
    firstResponseDueAt: "2026-03-02T13:15:00.000Z",
    resolutionDueAt: "2026-03-05T09:15:00.000Z",
    firstResponseRemainingMs: null,
    resolutionRemainingMs: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
  },
  workflowKey: "default",
  workflowVersion: 1,
  version: 2,
}

/** A ticket, as the API lists it: core's `TicketView`. */
export const TicketSchema = named(TicketView, "Ticket", { description: "A support request and its lifecycle state.", example: ticketExample })

/** One ticket for the actor who asked: core's `TicketDetailView`, with the fields they may change now. */
export const TicketDetailSchema = named(TicketDetailView, "TicketDetail", {
  description: "A ticket with what the actor may do to it now, by the engine's rules: `editableFields`, the fields of `PATCH /v1/tickets/{id}` they may change (empty when none), and `messageVisibilities`, the messages they may post (`public` replies, `internal` notes; empty on a closed ticket for the requester side).",
  example: { ...ticketExample, editableFields: ["type", "priority", "department", "assigneeId", "dueAt", "subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds"], messageVisibilities: ["public", "internal"] },
})

/** A page of tickets. */
export const TicketPageSchema = z
  .object({
    items: z.array(TicketSchema),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .openapi("TicketPage", { description: "One page of tickets, keyset-paginated." })

/** Ticket counts by status and category. */
export const TicketCountsSchema = z
  .object({
    total: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
    byCategory: z.record(StatusCategory, z.number().int()),
  })
  .openapi("TicketCounts", {
    description: "Counts for the list tabs: the same filters, ignoring `status` and `category`.",
    example: { total: 5, byStatus: { new: 2, in_progress: 2, closed: 1 }, byCategory: { new: 2, open: 2, pending: 0, closed: 1 } },
  })

/** The body of `POST /v1/tickets`: the engine's `CreateTicketInput` (the idempotency key comes as a header). */
export const CreateTicketBody = named(requestBody(CreateTicketInput.omit({ idempotencyKey: true })), "CreateTicket", {
  description: "A new ticket. `description` is Markdown, stored as written; `catalog` holds one catalog item key per kind; `requesterId` lets an agent create on a customer's behalf; `attachmentIds` are files uploaded with `POST /v1/attachments`.",
  example: { subject: "Invoices page shows the wrong totals", description: "Since Monday the totals ignore credit notes.", type: "bug", priority: "high", department: "technical-support", catalog: { application: "crm", module: "crm-invoices" }, desiredDueDate: "2026-03-06" },
})

/** The body of `PATCH /v1/tickets/{id}`: the engine's `UpdateTicketInput` (the ticket is in the path, the version in `If-Match`). */
export const UpdateTicketBody = named(requestBody(UpdateTicketInput.omit({ ticket: true, expectedVersion: true })), "UpdateTicket", {
  description: "Fields to change; absent fields stay. The requester side edits subject, description, catalog, desired due date, contact and files while the description is unlocked; the team edits everything until closed.",
  example: { priority: "urgent", assigneeId: "2a2a2a2a-0000-4000-8000-000000000002" },
})

const listDocs: Record<string, Record<string, unknown>> = {
  scope: { description: "`mine`: the customer's own requests or the agent's assigned tickets; `organization`: the customer's organisation." },
  status: { description: "Status keys.", param: { style: "form", explode: true } },
  category: { description: "Status categories.", param: { style: "form", explode: true } },
  type: { description: "Ticket type keys.", param: { style: "form", explode: true } },
  priority: { description: "Priority keys.", param: { style: "form", explode: true } },
  department: { description: "Department keys; `none` for unrouted tickets.", param: { style: "form", explode: true } },
  assignee: { description: "`me`, `none` or user ids.", param: { style: "form", explode: true } },
  requester: { description: "Requester user ids.", param: { style: "form", explode: true } },
  organization: { description: "Organisation ids.", param: { style: "form", explode: true } },
  created: { description: "A date preset in the tenant's time zone." },
  createdFrom: { description: "Created at or after (ISO 8601)." },
  createdTo: { description: "Created before (ISO 8601)." },
  q: { description: "Words in the subject and conversation; a number matches the ticket number." },
  sort: { description: "A field, descending with a leading `-`.", example: "-createdAt" },
  limit: { description: "Page size, 1–200 (25).", type: "integer", example: 25 },
  cursor: { description: "From the previous page's `nextCursor`." },
}

/** The filters of `GET /v1/tickets` and `GET /v1/tickets/counts`: the engine's `TicketQueryInput`, documented per parameter. */
export const TicketListQuery = documentedQuery(TicketQueryInput, listDocs)

/** An event the actor may fire now: core's `AllowedEventView`. */
export const AllowedEventSchema = named(AllowedEventView, "AllowedEvent", {
  description: "A transition this actor may fire now: where it leads and whether it needs a comment.",
  example: { event: "SUBMIT_FOR_ACCEPTANCE", target: "awaiting_acceptance", targetCategory: "pending", comment: "optional", resolutions: [], name: "Submit for acceptance", labels: {} },
})

/** The body of `POST /v1/tickets/{id}/transitions`: the engine's `FireEventInput` (the ticket is in the path, the version in `If-Match`). */
export const FireEventBody = named(requestBody(FireEventInput.omit({ ticket: true, expectedVersion: true })), "FireEvent", {
  description: "A workflow event to fire, with its comment or resolution.",
  example: { event: "REQUEST_CLARIFICATION", comment: "Which browser do you use?" },
})
