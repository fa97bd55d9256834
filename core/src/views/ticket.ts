import * as z from "zod"
import { Ticket, TicketSla } from "../domain/ticket.ts"
import type { EditableField, TicketPermissions } from "../policy/permissions.ts"

/**
 * A ticket's SLA on the wire: targets, due instants, breaches, and the business time left
 * while a clock is paused (null while it runs or stopped; the console shows it on the badge).
 */
export const TicketSlaView = TicketSla
/** A ticket's SLA on the wire. */
export type TicketSlaView = z.infer<typeof TicketSlaView>

/**
 * A ticket as the API shows it. Off the wire: `tenantId` (the API serves one tenant),
 * `statusVersion` (the version a status timer carries) and `previousStatus` (the workflow's
 * fact for transitions back): engine bookkeeping no client acts on. `version` stays: it is the ETag.
 */
export const TicketView = Ticket.omit({ tenantId: true, statusVersion: true, previousStatus: true })
/** A ticket as the API shows it. */
export type TicketView = z.infer<typeof TicketView>

/** The names of the fields of `PATCH /v1/tickets/{id}` whose edit rules `policy/permissions.ts` holds. */
export const TicketEditField = z.enum(["subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds", "type", "priority", "department", "assigneeId", "dueAt"])
/** A field of `PATCH /v1/tickets/{id}`. */
export type TicketEditField = z.infer<typeof TicketEditField>

/** The update body's name of each ticket field an update changes (`typeKey` is sent as `type`). */
const editFieldNames: Readonly<Record<EditableField, TicketEditField>> = {
  subject: "subject",
  description: "description",
  catalog: "catalog",
  desiredDueDate: "desiredDueDate",
  contact: "contact",
  attachmentIds: "attachmentIds",
  typeKey: "type",
  priorityKey: "priority",
  departmentKey: "department",
  assigneeId: "assigneeId",
  dueAt: "dueAt",
}

/**
 * One ticket for the actor who asked: the ticket, the `PATCH` fields they may change now and the
 * messages they may post now (computed by the engine's rules, so a client never re-derives them).
 */
export const TicketDetailView = TicketView.extend({
  editableFields: z.array(TicketEditField),
  /** `public` replies, `internal` notes, both (the team), or none (a closed ticket for the requester side). */
  messageVisibilities: z.array(z.enum(["public", "internal"])),
})
/** One ticket for the actor who asked, with what they may change and post now. */
export type TicketDetailView = z.infer<typeof TicketDetailView>

/** A ticket as the API shows it: the domain ticket without its bookkeeping. */
export function toTicketView(ticket: Ticket): TicketView {
  const { tenantId: _tenant, statusVersion: _statusVersion, previousStatus: _previous, ...view } = ticket
  return { ...view, catalog: { ...view.catalog }, contact: { ...view.contact }, sla: { ...view.sla } }
}

/** One ticket with what the actor may do to it now (`engine.ticketPermissions`), fields in the update body's names. */
export function toTicketDetailView(ticket: Ticket, permissions: TicketPermissions): TicketDetailView {
  return {
    ...toTicketView(ticket),
    editableFields: permissions.editableFields.map((field) => editFieldNames[field]),
    messageVisibilities: [...permissions.messageVisibilities],
  }
}
