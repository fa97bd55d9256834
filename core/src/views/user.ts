import * as z from "zod"
import type { Tenant } from "../domain/tenant.ts"
import { TenantSettings } from "../domain/tenant.ts"
import { User } from "../domain/user.ts"
import { Key, Line } from "../domain/common.ts"

/** A user as the API shows it: without `tenantId`. */
export const UserView = User.omit({ tenantId: true })
/** A user as the API shows it. */
export type UserView = z.infer<typeof UserView>

/** The acting user, their departments and their tenant (by key and name: the API serves one tenant, its id stays inside). */
export const MeView = z.object({
  user: UserView,
  departmentKeys: z.array(z.string()),
  tenant: z.object({ key: Key, name: Line, settings: TenantSettings }),
})
/** The acting user, their departments and their tenant. */
export type MeView = z.infer<typeof MeView>

/** A user as the API shows it. */
export function toUserView(user: User): UserView {
  const { tenantId: _tenant, ...view } = user
  return view
}

/** The actor as `engine.me` resolves them, as the API shows it. */
export function toMeView(me: { readonly user: User; readonly departmentKeys: ReadonlyArray<string>; readonly tenant: Tenant }): MeView {
  return { user: toUserView(me.user), departmentKeys: [...me.departmentKeys], tenant: { key: me.tenant.key, name: me.tenant.name, settings: me.tenant.settings } }
}
