import * as z from "zod"
import { CalendarDate, Duration, Id, Instant, Key, Line, Text } from "./common.ts"

/** The engine meaning of a status: SLA clocks run in new/open, pause in pending, stop in closed. */
export const StatusCategory = z.enum(["new", "open", "pending", "closed"])
/** The engine meaning of a status. */
export type StatusCategory = z.infer<typeof StatusCategory>

/** Who to talk to about a ticket; defaults to the requester. */
export const Contact = z.object({
  name: Line.min(1).max(200),
  email: z.email().nullable().default(null),
  phone: Line.max(64).nullable().default(null),
})
/** Who to talk to about a ticket. */
export type Contact = z.infer<typeof Contact>

/** The state of one SLA clock. */
export const SlaClockState = z.enum(["none", "running", "paused", "stopped"])
/** The state of one SLA clock. */
export type SlaClockState = z.infer<typeof SlaClockState>

/** The SLA targets of a ticket and how far along they are. */
export const TicketSla = z.object({
  policyKey: Key.nullable(),
  calendarKey: Key.nullable(),
  state: SlaClockState,
  firstResponseTarget: Duration.nullable(),
  resolutionTarget: Duration.nullable(),
  /** Due instants while the clock runs; null while paused or stopped. */
  firstResponseDueAt: Instant.nullable(),
  resolutionDueAt: Instant.nullable(),
  /** Business milliseconds left when the clock paused. */
  firstResponseRemainingMs: z.number().int().nullable(),
  resolutionRemainingMs: z.number().int().nullable(),
  firstResponseBreachedAt: Instant.nullable(),
  resolutionBreachedAt: Instant.nullable(),
})
/** The SLA targets of a ticket. */
export type TicketSla = z.infer<typeof TicketSla>

/** A support request and everything the engine knows about its lifecycle. */
export const Ticket = z.object({
  id: Id,
  tenantId: Id,
  /** Per-tenant sequence, shown as `#1042`. */
  number: z.number().int().positive(),
  subject: Line.min(1).max(300),
  description: Text.max(100_000),
  status: Key,
  statusCategory: StatusCategory,
  typeKey: Key.nullable(),
  priorityKey: Key.nullable(),
  departmentKey: Key.nullable(),
  /** One catalog item per kind: `{ application: "crm", module: "crm-invoices" }`. */
  catalog: z.record(Key, Key),
  requesterId: Id,
  organisationId: Id.nullable(),
  contact: Contact,
  /** The customer's wish. */
  desiredDueDate: CalendarDate.nullable(),
  /** The team's commitment; may differ from the wish. */
  dueAt: Instant.nullable(),
  assigneeId: Id.nullable(),
  reopenCount: z.number().int().nonnegative(),
  resolution: Key.nullable(),
  /** The status the ticket came from, for transitions back to it. */
  previousStatus: Key.nullable(),
  /** The ticket version at which it entered its status: a status timer carries it. */
  statusVersion: z.number().int().positive(),
  descriptionLocked: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
  statusChangedAt: Instant,
  firstResponseAt: Instant.nullable(),
  resolvedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  sla: TicketSla,
  workflowKey: Key,
  workflowVersion: z.number().int().positive(),
  /** Optimistic concurrency: every change increments it. */
  version: z.number().int().positive(),
})
/** A support request. */
export type Ticket = z.infer<typeof Ticket>

/** A ticket by id, or by its number (`1042` or `"#1042"`). */
export type TicketRef = { readonly id: string } | { readonly number: number }
