import { Effect } from "effect"
import type { Ticket } from "../../domain/ticket.ts"
import type { Actor } from "../../policy/actor.ts"
import { ticketPermissions as permissionsOf, type TicketPermissions } from "../../policy/permissions.ts"
import { rolesOn } from "../../policy/roles.ts"
import { canSeeTicket } from "../../policy/visibility.ts"
import { resolveActor, typeIsRequesterOnly } from "../load.ts"

const none: TicketPermissions = { editableFields: [], messageVisibilities: [] }

/**
 * What the actor may do to this ticket now (a ticket the engine just returned, so the answer
 * matches its version): the fields they may change and the messages they may post, from the
 * roles they hold on it through `policy/permissions.ts`. None on a ticket they may not see.
 */
export const ticketPermissions = Effect.fnUntraced(function* (actorRef: Actor, ticket: Ticket) {
  const actor = yield* resolveActor(actorRef)
  if (ticket.tenantId !== actor.tenant.id) return none
  const requesterOnly = actor.user.kind === "customer" ? yield* typeIsRequesterOnly(ticket.tenantId, ticket.typeKey) : false
  if (!canSeeTicket(actor, ticket, requesterOnly)) return none
  return permissionsOf(rolesOn(actor, ticket, requesterOnly), ticket)
})
