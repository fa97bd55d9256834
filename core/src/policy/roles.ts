import type { Ticket } from "../domain/ticket.ts"
import type { ActorRole } from "../workflow/definition.ts"
import type { ResolvedActor } from "./actor.ts"

/**
 * The workflow roles an actor holds on a ticket. "Requester side" is the requester, or a
 * support admin of the requester's organisation (not for requester_only types). Admins hold
 * the agent role too: they may do anything an agent may.
 */
export function rolesOn(actor: ResolvedActor, ticket: Ticket, typeIsRequesterOnly: boolean): ActorRole[] {
  const { user } = actor
  const roles: ActorRole[] = []
  if (user.kind === "admin") roles.push("admin", "agent")
  if (user.kind === "agent") roles.push("agent")
  const isRequester = ticket.requesterId === user.id
  const isOrgSupportAdmin =
    user.kind === "customer" &&
    user.orgRole === "support_admin" &&
    user.organisationId !== null &&
    ticket.organisationId === user.organisationId &&
    !typeIsRequesterOnly
  if (isRequester || isOrgSupportAdmin) roles.push("requester_side")
  return roles
}

/** Whether these roles act for the support team (agent or admin). */
export function actsForTeam(roles: ReadonlyArray<ActorRole>): boolean {
  return roles.includes("agent") || roles.includes("admin")
}
