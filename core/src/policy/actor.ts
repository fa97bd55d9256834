import type { Tenant } from "../domain/tenant.ts"
import type { User } from "../domain/user.ts"

/** Who is acting: the engine looks up everything else about them. */
export interface Actor {
  readonly tenantId: string
  readonly userId: string
}

/** An actor with their user, departments and tenant loaded. */
export interface ResolvedActor {
  readonly tenant: Tenant
  readonly user: User
  readonly departmentKeys: ReadonlyArray<string>
}

/** Agents and admins: the support team's side. */
export function isStaff(actor: ResolvedActor): boolean {
  return actor.user.kind === "agent" || actor.user.kind === "admin"
}

/** Admins only. */
export function isAdmin(actor: ResolvedActor): boolean {
  return actor.user.kind === "admin"
}
