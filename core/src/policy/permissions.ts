import type { Ticket } from "../domain/ticket.ts"
import type { ActorRole } from "../workflow/definition.ts"
import { actsForTeam } from "./roles.ts"

/** Fields the requester side may edit while the description is unlocked. */
export const requesterFields = ["subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds"] as const
/** Fields only the support team may edit. */
export const teamFields = ["typeKey", "priorityKey", "departmentKey", "assigneeId", "dueAt"] as const
/** A ticket field an update may change. */
export type EditableField = (typeof requesterFields)[number] | (typeof teamFields)[number]

/** Why an actor may not edit a field now, or null when they may (DESIGN "Who may do what"). */
export function editRefusal(
  field: EditableField,
  roles: ReadonlyArray<ActorRole>,
  ticket: Ticket,
): "forbidden" | "locked" | null {
  if (roles.includes("admin")) return null
  const closed = ticket.statusCategory === "closed"
  if (roles.includes("agent")) return closed ? "locked" : null
  if (!roles.includes("requester_side")) return "forbidden"
  if ((teamFields as ReadonlyArray<string>).includes(field)) return "forbidden"
  return ticket.descriptionLocked || closed ? "locked" : null
}

/** Whether the actor may post a message of this visibility on the ticket now. */
export function messageRefusal(
  visibility: "public" | "internal",
  roles: ReadonlyArray<ActorRole>,
  ticket: Ticket,
): "forbidden" | "locked" | null {
  if (actsForTeam(roles)) return null
  if (visibility === "internal") return "forbidden"
  if (!roles.includes("requester_side")) return "forbidden"
  return ticket.statusCategory === "closed" ? "locked" : null
}

/** Every field an update may change, requester side first. */
export const editableFieldNames: ReadonlyArray<EditableField> = [...requesterFields, ...teamFields]

/**
 * The fields the actor may change on the ticket now: those `editRefusal` lets through. Pure,
 * so the API can tell a client what to offer and the update command enforces the same rule.
 */
export function editableFields(roles: ReadonlyArray<ActorRole>, ticket: Ticket): EditableField[] {
  return editableFieldNames.filter((field) => editRefusal(field, roles, ticket) === null)
}

/** The messages the actor may post on the ticket now, by `messageRefusal`: public replies, internal notes, both or none. */
export function postableVisibilities(roles: ReadonlyArray<ActorRole>, ticket: Ticket): Array<"public" | "internal"> {
  return (["public", "internal"] as const).filter((visibility) => messageRefusal(visibility, roles, ticket) === null)
}

/** What the actor may do to a ticket now besides firing events: the fields they may change and the messages they may post. */
export interface TicketPermissions {
  readonly editableFields: ReadonlyArray<EditableField>
  readonly messageVisibilities: ReadonlyArray<"public" | "internal">
}

/** The actor's permissions on the ticket now, from their roles on it; none for no roles. */
export function ticketPermissions(roles: ReadonlyArray<ActorRole>, ticket: Ticket): TicketPermissions {
  return { editableFields: editableFields(roles, ticket), messageVisibilities: postableVisibilities(roles, ticket) }
}
