import type { Ticket } from "../domain/ticket.ts"
import type { TicketFilter } from "./ticket-store.ts"

// The visibility rule, `isVisible`, is the policy's: core/src/policy/visibility.ts.

/** Whether a ticket passes every filter but `q` (text search needs the messages). */
export function matchesFilter(ticket: Ticket, filter: TicketFilter): boolean {
  const within = <T>(list: ReadonlyArray<T> | undefined, value: T) => list === undefined || list.includes(value)
  return (
    within(filter.status, ticket.status) &&
    within(filter.category, ticket.statusCategory) &&
    within(filter.type, ticket.typeKey ?? "") &&
    within(filter.priority, ticket.priorityKey ?? "") &&
    within(filter.department, ticket.departmentKey) &&
    within(filter.assignee, ticket.assigneeId) &&
    within(filter.requester, ticket.requesterId) &&
    within(filter.organisation, ticket.organisationId ?? "") &&
    (filter.createdFrom === undefined || ticket.createdAt >= filter.createdFrom) &&
    (filter.createdTo === undefined || ticket.createdAt < filter.createdTo) &&
    (filter.workflow === undefined ||
      (ticket.workflowKey === filter.workflow.key &&
        (filter.workflow.version === undefined || ticket.workflowVersion === filter.workflow.version)))
  )
}

/** The words of a search; a lone number (`#1042`) also matches the ticket number. */
export function parseSearch(q: string): { readonly words: ReadonlyArray<string>; readonly number: number | null } {
  const trimmed = q.trim()
  const numeric = /^#?(\d{1,9})$/.exec(trimmed)
  return {
    words: trimmed.toLocaleLowerCase().split(/\s+/).filter((w) => w.length > 0),
    number: numeric?.[1] === undefined ? null : Number(numeric[1]),
  }
}
