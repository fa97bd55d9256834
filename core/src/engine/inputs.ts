import * as z from "zod"
import { CalendarDate, Id, Instant, Key, Line, Text } from "../domain/common.ts"
import { Contact } from "../domain/ticket.ts"
import { ticketSortFields } from "../ports/ticket-store.ts"

/** A ticket by id (uuid), by number (`1042`), or by `#1042`. */
export const TicketRefInput = z.union([
  z.number().int().positive().max(2_147_483_647),
  // Ids are opaque (the engine's are uuids; bulk loads and custom id generators make others): one line, as every id.
  Id.transform((value) => {
    const numeric = /^#?(\d{1,9})$/.exec(value)
    return numeric?.[1] === undefined ? value : Number(numeric[1])
  }),
])

const idempotencyKey = Line.min(1).max(200)

/** An instant in any ISO offset, stored as `toISOString()` writes it so that replays compare exactly. */
const InstantInput = Instant.transform((value) => new Date(value).toISOString())

/** What `createTicket` takes. */
export const CreateTicketInput = z.object({
  subject: Line.trim().min(1).max(300),
  description: Text.max(100_000).default(""),
  type: Key.optional(),
  priority: Key.optional(),
  department: Key.optional(),
  /** One catalog item key per kind: `{ application: "crm", module: "crm-invoices" }`. */
  catalog: z.record(Key, Key).default({}),
  desiredDueDate: CalendarDate.optional(),
  contact: Contact.optional(),
  /** An agent creating on a customer's behalf names the customer. */
  requesterId: Id.optional(),
  attachmentIds: z.array(Id).max(100).default([]),
  idempotencyKey: idempotencyKey.optional(),
})
/** What `createTicket` takes. */
export type CreateTicketInput = z.input<typeof CreateTicketInput>

/** What `updateTicket` takes: the fields to change; absent fields stay. */
export const UpdateTicketInput = z
  .object({
    ticket: TicketRefInput,
    expectedVersion: z.number().int().positive().optional(),
    subject: Line.trim().min(1).max(300).optional(),
    description: Text.max(100_000).optional(),
    catalog: z.record(Key, Key).optional(),
    desiredDueDate: CalendarDate.nullable().optional(),
    contact: Contact.optional(),
    type: Key.nullable().optional(),
    priority: Key.nullable().optional(),
    department: Key.nullable().optional(),
    assigneeId: Id.nullable().optional(),
    dueAt: InstantInput.nullable().optional(),
    /** Files added to the description. */
    attachmentIds: z.array(Id).max(100).optional(),
  })
  .strict()
/** What `updateTicket` takes. */
export type UpdateTicketInput = z.input<typeof UpdateTicketInput>

/** What `postMessage` takes. */
export const PostMessageInput = z.object({
  ticket: TicketRefInput,
  body: Text.trim().min(1).max(100_000),
  visibility: z.enum(["public", "internal"]).default("public"),
  attachmentIds: z.array(Id).max(100).default([]),
  idempotencyKey: idempotencyKey.optional(),
})
/** What `postMessage` takes. */
export type PostMessageInput = z.input<typeof PostMessageInput>

/** What `fireEvent` takes. */
export const FireEventInput = z.object({
  ticket: TicketRefInput,
  event: Line.min(1).max(64),
  comment: Text.trim().max(100_000).optional(),
  resolution: Key.optional(),
  expectedVersion: z.number().int().positive().optional(),
})
/** What `fireEvent` takes. */
export type FireEventInput = z.input<typeof FireEventInput>

/** What `assign` takes; null unassigns. */
export const AssignInput = z.object({
  ticket: TicketRefInput,
  assigneeId: Id.nullable(),
  expectedVersion: z.number().int().positive().optional(),
})
/** What `assign` takes. */
export type AssignInput = z.input<typeof AssignInput>

/** What `setDueDate` takes; null clears the team's commitment. */
export const SetDueDateInput = z.object({
  ticket: TicketRefInput,
  dueAt: InstantInput.nullable(),
  expectedVersion: z.number().int().positive().optional(),
})
/** What `setDueDate` takes. */
export type SetDueDateInput = z.input<typeof SetDueDateInput>

/** Splits `a,b` into `["a", "b"]` and wraps a single value in a list: a query string's repeated or comma-separated parameter. */
function splitList(value: unknown): unknown {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item) => (typeof item === "string" ? item.split(",").filter((part) => part !== "") : [item]))
}

/** One value or a list of them (`?status=new&status=open`, `?status=new,open`, or `["new", "open"]` in code). */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess(splitList, z.array(item).max(100)) as unknown as z.ZodType<z.output<T>[], z.input<T> | z.input<T>[]>

/** A page size: a number, or its digits as a query string carries them. */
const PageSize = z
  .union([z.number(), z.string().regex(/^\d{1,9}$/, "a whole number").transform(Number)])
  .pipe(z.number().int().min(1).max(200))

/** The filters of `listTickets` and `countTickets` (DESIGN `GET /v1/tickets`). */
export const TicketQueryInput = z.object({
  scope: z.enum(["mine", "organization", "all"]).default("all"),
  status: oneOrMany(Key).optional(),
  category: oneOrMany(z.enum(["new", "open", "pending", "closed"])).optional(),
  type: oneOrMany(Key).optional(),
  priority: oneOrMany(Key).optional(),
  /** Department keys; `none` matches unrouted tickets. */
  department: oneOrMany(Key).optional(),
  /** `me`, `none` or a user id. */
  assignee: oneOrMany(Id).optional(),
  requester: oneOrMany(Id).optional(),
  organization: oneOrMany(Id).optional(),
  created: z.enum(["today", "this_week", "this_month"]).optional(),
  createdFrom: Instant.optional(),
  createdTo: Instant.optional(),
  q: Line.max(200).optional(),
  /** A field, descending with a leading `-`: `-createdAt` (the default), `priority`, `dueAt`. */
  sort: z
    .string()
    .max(64)
    .refine((value) => (ticketSortFields as ReadonlyArray<string>).includes(value.replace(/^-/, "")), {
      message: `sort is one of ${ticketSortFields.join(", ")}, optionally prefixed with -`,
    })
    .default("-createdAt"),
  limit: PageSize.default(25),
  cursor: Line.max(500).nullable().optional(),
})
/** The filters of `listTickets`. */
export type TicketQueryInput = z.input<typeof TicketQueryInput>

/** What `listMessages` takes. */
export const ListMessagesInput = z.object({
  ticket: TicketRefInput,
  order: z.enum(["asc", "desc"]).default("asc"),
})
/** What `listMessages` takes. */
export type ListMessagesInput = z.input<typeof ListMessagesInput>
