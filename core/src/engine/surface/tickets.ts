import { AssignInput, CreateTicketInput, FireEventInput, SetDueDateInput, TicketQueryInput, TicketRefInput, UpdateTicketInput } from "../inputs.ts"
import { assign, setDueDate } from "../commands/assign.ts"
import { createTicket } from "../commands/create-ticket.ts"
import { fireEvent } from "../transition/fire-event.ts"
import { updateTicket } from "../commands/update-ticket.ts"
import { declare } from "../declare.ts"
import { ticketPermissions } from "../queries/ticket-permissions.ts"
import { countTickets, getTicket, listTickets } from "../queries/tickets.ts"

/** Tickets: create, change, move through the workflow, read and list. */
export const ticketDeclarations = {
  createTicket: declare({
    kind: "command",
    summary: "Creates a ticket for the actor, or (the team) on a customer's behalf; an idempotency key makes a retry return the first ticket.",
    input: CreateTicketInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "Forbidden", "Conflict", "AttachmentRejected"],
    program: createTicket,
  }),
  updateTicket: declare({
    kind: "command",
    summary: "Changes a ticket's fields under the edit rules; absent fields stay.",
    input: UpdateTicketInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound", "Forbidden", "TicketLocked", "VersionConflict", "AttachmentRejected"],
    program: updateTicket,
  }),
  assign: declare({
    kind: "command",
    summary: "Assigns a ticket to an active agent, or unassigns it with null (the team).",
    input: AssignInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound", "Forbidden", "TicketLocked", "VersionConflict"],
    program: assign,
  }),
  setDueDate: declare({
    kind: "command",
    summary: "Sets or clears the team's committed due date (the team).",
    input: SetDueDateInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound", "Forbidden", "TicketLocked", "VersionConflict"],
    program: setDueDate,
  }),
  fireEvent: declare({
    kind: "command",
    summary: "Fires a workflow event (START, REQUEST_CLARIFICATION, ACCEPT, CLOSE…) with its comment or resolution.",
    input: FireEventInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound", "InvalidTransition", "VersionConflict", "NotFound"],
    program: fireEvent,
  }),
  getTicket: declare({
    kind: "query",
    summary: "A ticket the actor may see, by id, number or #number.",
    input: TicketRefInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound"],
    program: getTicket,
  }),
  ticketPermissions: declare({
    kind: "query",
    summary: "What the actor may do to a ticket now (as the engine just returned it): the fields they may change, the messages they may post.",
    input: null,
    access: "member",
    errors: ["Unauthenticated"],
    program: ticketPermissions,
  }),
  listTickets: declare({
    kind: "query",
    summary: "A page of the tickets the actor may see, filtered and sorted, with a cursor to the next page.",
    input: TicketQueryInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated"],
    program: listTickets,
  }),
  countTickets: declare({
    kind: "query",
    summary: "Counts by status and category for the list's filters, ignoring status and category (the tabs).",
    input: TicketQueryInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated"],
    program: countTickets,
  }),
}
