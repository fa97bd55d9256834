import { Effect } from "effect"
import type { Ticket, TicketRef } from "../domain/ticket.ts"
import { Forbidden, NotFound, TicketNotFound, Unauthenticated } from "../errors.ts"
import type { Actor, ResolvedActor } from "../policy/actor.ts"
import { isAdmin, isStaff } from "../policy/actor.ts"
import { rolesOn } from "../policy/roles.ts"
import { canSeeTicket } from "../policy/visibility.ts"
import type { ActorRole } from "../workflow/definition.ts"
import { compileWorkflow, type CompiledWorkflow } from "../workflow/compile.ts"
import { readStore, WorkflowCache } from "./services.ts"

/** Loads the actor's user, departments and tenant; an unknown or inactive user is `Unauthenticated`. */
export const resolveActor = Effect.fnUntraced(function* (actor: Actor) {
  const profile = yield* readStore((s) => s.loadActor(actor.tenantId, actor.userId))
  if (profile === null || !profile.user.active) {
    return yield* new Unauthenticated({ message: `No active user ${actor.userId} in tenant ${actor.tenantId}` })
  }
  const resolved: ResolvedActor = { tenant: profile.tenant, user: profile.user, departmentKeys: profile.departmentKeys }
  return resolved
})

/** Fails with `Forbidden` unless the actor is on the support team. */
export function requireStaff(actor: ResolvedActor, action: string): Effect.Effect<void, Forbidden> {
  return isStaff(actor) ? Effect.void : Effect.fail(new Forbidden({ message: `Only the support team may ${action}`, action }))
}

/** Fails with `Forbidden` unless the actor is an admin. */
export function requireAdmin(actor: ResolvedActor, action: string): Effect.Effect<void, Forbidden> {
  return isAdmin(actor) ? Effect.void : Effect.fail(new Forbidden({ message: `Only admins may ${action}`, action }))
}

/** A ticket the actor may see, with the roles they hold on it. */
export interface VisibleTicket {
  readonly ticket: Ticket
  readonly roles: ReadonlyArray<ActorRole>
  readonly typeIsRequesterOnly: boolean
}

/** Whether a ticket's type is hidden from organisation support admins. */
export const typeIsRequesterOnly = Effect.fnUntraced(function* (tenantId: string, typeKey: string | null) {
  if (typeKey === null) return false
  const type = yield* readStore((s) => s.getConfig(tenantId, "ticketType", typeKey))
  return type?.visibility === "requester_only"
})

/** Loads a ticket the actor may see; an invisible ticket is `TicketNotFound`, never `Forbidden`. */
export const loadVisibleTicket = Effect.fnUntraced(function* (actor: ResolvedActor, ref: string | number) {
  const ticketRef: TicketRef = typeof ref === "number" ? { number: ref } : { id: ref }
  const ticket = yield* readStore((s) => s.getTicket(actor.tenant.id, ticketRef))
  const notFound = () => new TicketNotFound({ message: `Ticket ${String(ref)} not found`, ticket: String(ref) })
  if (ticket === null) return yield* notFound()
  const requesterOnly = actor.user.kind === "customer" ? yield* typeIsRequesterOnly(ticket.tenantId, ticket.typeKey) : false
  if (!canSeeTicket(actor, ticket, requesterOnly)) return yield* notFound()
  const visible: VisibleTicket = { ticket, roles: rolesOn(actor, ticket, requesterOnly), typeIsRequesterOnly: requesterOnly }
  return visible
})

/** A workflow version compiled once per engine: published versions never change. */
export const loadWorkflow = Effect.fnUntraced(function* (tenantId: string, key: string, version?: number) {
  const cache = yield* WorkflowCache
  if (version !== undefined) {
    const cached = cache.get(`${tenantId}\u0000${key}\u0000${version}`)
    if (cached !== undefined) return cached
  }
  const definition = yield* readStore((s) => s.getWorkflow(tenantId, key, version))
  if (definition === null) {
    return yield* new NotFound({ message: `Workflow ${key}${version === undefined ? "" : ` v${version}`} not found`, entity: "workflow", key })
  }
  const cacheKey = `${tenantId}\u0000${key}\u0000${definition.version}`
  const cached = cache.get(cacheKey)
  if (cached !== undefined) return cached
  const compiled: CompiledWorkflow = compileWorkflow(definition)
  cache.set(cacheKey, compiled)
  return compiled
})
