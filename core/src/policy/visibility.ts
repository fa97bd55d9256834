import type { Ticket } from "../domain/ticket.ts"
import type { ResolvedActor } from "./actor.ts"

/** Which tickets an actor may see; computed by the engine's policy, applied by the store. */
export type TicketVisibility =
  | { readonly kind: "all" }
  | {
      readonly kind: "departments"
      /** An agent sees their departments' tickets, unrouted tickets and tickets assigned to them. */
      readonly departmentKeys: ReadonlyArray<string>
      readonly userId: string
    }
  | {
      readonly kind: "customer"
      readonly userId: string
      /** Set for organisation support admins: they also see their organisation's tickets… */
      readonly organisationId: string | null
      /** …except those of these requester_only types. */
      readonly hiddenTypeKeys: ReadonlyArray<string>
    }

/**
 * Whether an actor with this visibility may see the ticket (DESIGN "Visibility"): the rule a
 * store applies to every list and count (SQL stores restate it, see `@ticketflow/kysely`).
 */
export function isVisible(ticket: Ticket, visibility: TicketVisibility): boolean {
  switch (visibility.kind) {
    case "all":
      return true
    case "departments":
      return (
        ticket.departmentKey === null ||
        visibility.departmentKeys.includes(ticket.departmentKey) ||
        ticket.assigneeId === visibility.userId
      )
    case "customer":
      if (ticket.requesterId === visibility.userId) return true
      return (
        visibility.organisationId !== null &&
        ticket.organisationId === visibility.organisationId &&
        !(ticket.typeKey !== null && visibility.hiddenTypeKeys.includes(ticket.typeKey))
      )
  }
}

/**
 * The tickets an actor may see (DESIGN "Visibility"): admins all of their tenant; agents their
 * departments', unrouted and assigned ones (or all, by tenant setting); customers their own,
 * and organisation support admins their organisation's except requester_only types.
 */
export function visibilityOf(actor: ResolvedActor, requesterOnlyTypeKeys: ReadonlyArray<string>): TicketVisibility {
  const { user } = actor
  switch (user.kind) {
    case "admin":
      return { kind: "all" }
    case "agent":
      return actor.tenant.settings.agentsSeeAllTickets
        ? { kind: "all" }
        : { kind: "departments", departmentKeys: actor.departmentKeys, userId: user.id }
    case "customer":
      return {
        kind: "customer",
        userId: user.id,
        organisationId: user.orgRole === "support_admin" ? user.organisationId : null,
        hiddenTypeKeys: requesterOnlyTypeKeys,
      }
  }
}

/** Whether the actor may see this ticket, knowing whether its type is requester_only. */
export function canSeeTicket(actor: ResolvedActor, ticket: Ticket, typeIsRequesterOnly: boolean): boolean {
  if (ticket.tenantId !== actor.tenant.id) return false
  const hidden = typeIsRequesterOnly && ticket.typeKey !== null ? [ticket.typeKey] : []
  return isVisible(ticket, visibilityOf(actor, hidden))
}
