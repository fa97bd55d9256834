import type { Ticket } from "../domain/ticket.ts"
import { isVisible } from "../ports/ticket-match.ts"
import type { TicketVisibility } from "../ports/ticket-store.ts"
import type { ResolvedActor } from "./actor.ts"

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
