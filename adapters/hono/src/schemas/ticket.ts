import { z } from "@hono/zod-openapi"
import { AllowedEventView, CalendarDate, Contact, Id, Instant, Key, Line, StatusCategory, Text, TicketDetailView, TicketView, ticketSortFields } from "@ticketflow/core"
import { integerParam, listParam } from "./common.ts"
import { named } from "./named.ts"

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
  description: "A ticket with `editableFields`: the fields of `PATCH /v1/tickets/{id}` the actor may change now, by the engine's edit rules (empty when they may change none).",
  example: { ...ticketExample, editableFields: ["type", "priority", "department", "assigneeId", "dueAt", "subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds"] },
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

/** The body of `POST /v1/tickets`. */
export const CreateTicketBody = z
  .object({
    subject: Line.trim().min(1).max(300).openapi({ example: "Invoices page shows the wrong totals" }),
    description: Text.max(100_000).optional().openapi({ description: "Markdown, stored as written.", example: "Since Monday the totals ignore credit notes." }),
    type: Key.optional().openapi({ example: "bug" }),
    priority: Key.optional().openapi({ example: "high" }),
    department: Key.optional().openapi({ example: "technical-support" }),
    catalog: z.record(Key, Key).optional().openapi({ description: "One catalog item key per kind.", example: { application: "crm", module: "crm-invoices" } }),
    desiredDueDate: CalendarDate.optional().openapi({ example: "2026-03-06" }),
    contact: Contact.optional(),
    requesterId: Id.optional().openapi({ description: "An agent creating on a customer's behalf names the customer." }),
    attachmentIds: z.array(Id).max(100).optional().openapi({ description: "Files uploaded with `POST /v1/attachments`." }),
  })
  .openapi("CreateTicket", { description: "A new ticket." })

/** The body of `PATCH /v1/tickets/{id}`: the fields to change; absent fields stay. */
export const UpdateTicketBody = z
  .object({
    subject: Line.trim().min(1).max(300).optional(),
    description: Text.max(100_000).optional(),
    catalog: z.record(Key, Key).optional(),
    desiredDueDate: CalendarDate.nullable().optional(),
    contact: Contact.optional(),
    type: Key.nullable().optional(),
    priority: Key.nullable().optional(),
    department: Key.nullable().optional(),
    assigneeId: Id.nullable().optional(),
    dueAt: Instant.nullable().optional(),
    attachmentIds: z.array(Id).max(100).optional().openapi({ description: "Files added to the description." }),
  })
  .strict()
  .openapi("UpdateTicket", {
    description: "Fields to change. The requester side edits subject, description, catalog, desired due date, contact and files while the description is unlocked; the team edits everything until closed.",
    example: { priority: "urgent", assigneeId: "2a2a2a2a-0000-4000-8000-000000000002" },
  })

/** The filters of `GET /v1/tickets` and `GET /v1/tickets/counts`. */
export const TicketListQuery = z.object({
  scope: z.enum(["mine", "organization", "all"]).optional().openapi({ description: "`mine`: the customer's own requests or the agent's assigned tickets; `organization`: the customer's organisation." }),
  status: listParam(Key, "Status keys."),
  category: listParam(StatusCategory, "Status categories."),
  type: listParam(Key, "Ticket type keys."),
  priority: listParam(Key, "Priority keys."),
  department: listParam(Key, "Department keys; `none` for unrouted tickets."),
  assignee: listParam(Id, "`me`, `none` or user ids."),
  requester: listParam(Id, "Requester user ids."),
  organization: listParam(Id, "Organisation ids."),
  created: z.enum(["today", "this_week", "this_month"]).optional().openapi({ description: "A date preset in the tenant's time zone." }),
  createdFrom: Instant.optional().openapi({ description: "Created at or after (ISO 8601)." }),
  createdTo: Instant.optional().openapi({ description: "Created before (ISO 8601)." }),
  q: Line.max(200).optional().openapi({ description: "Words in the subject and conversation; a number matches the ticket number." }),
  sort: z
    .string()
    .regex(new RegExp(`^-?(${ticketSortFields.join("|")})$`), `one of ${ticketSortFields.join(", ")}, optionally prefixed with -`)
    .optional()
    .openapi({ description: "A field, descending with a leading `-`.", example: "-createdAt" }),
  limit: integerParam("Page size, 1–200 (25).", 25).optional(),
  cursor: Line.max(500).optional().openapi({ description: "From the previous page's `nextCursor`." }),
})

/** An event the actor may fire now: core's `AllowedEventView`. */
export const AllowedEventSchema = named(AllowedEventView, "AllowedEvent", {
  description: "A transition this actor may fire now: where it leads and whether it needs a comment.",
  example: { event: "SUBMIT_FOR_ACCEPTANCE", target: "awaiting_acceptance", targetCategory: "pending", comment: "optional", resolutions: [], name: "Submit for acceptance", labels: {} },
})

/** The body of `POST /v1/tickets/{id}/transitions`. */
export const FireEventBody = z
  .object({
    event: Line.min(1).max(64).openapi({ example: "REQUEST_CLARIFICATION" }),
    comment: Text.trim().max(100_000).optional().openapi({ example: "Which browser do you use?" }),
    resolution: Key.optional(),
  })
  .openapi("FireEvent", { description: "A workflow event to fire, with its comment or resolution." })
