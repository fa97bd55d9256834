import { Effect } from "effect"
import type { Ticket } from "../../domain/ticket.ts"
import type { Actor } from "../../policy/actor.ts"
import { editableFields as editableFieldsOf, type EditableField } from "../../policy/permissions.ts"
import { rolesOn } from "../../policy/roles.ts"
import { canSeeTicket } from "../../policy/visibility.ts"
import { resolveActor, typeIsRequesterOnly } from "../load.ts"

/**
 * The fields the actor may change on this ticket now (a ticket the engine just returned, so
 * the answer matches its version): the roles they hold on it through the edit rules of
 * `policy/permissions.ts`. None on a ticket they may not see or of another tenant.
 */
export const editableFields = Effect.fnUntraced(function* (actorRef: Actor, ticket: Ticket) {
  const actor = yield* resolveActor(actorRef)
  if (ticket.tenantId !== actor.tenant.id) return [] as EditableField[]
  const requesterOnly = actor.user.kind === "customer" ? yield* typeIsRequesterOnly(ticket.tenantId, ticket.typeKey) : false
  if (!canSeeTicket(actor, ticket, requesterOnly)) return [] as EditableField[]
  return editableFieldsOf(rolesOn(actor, ticket, requesterOnly), ticket)
})
