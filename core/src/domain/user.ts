import * as z from "zod"
import { Id, Instant, Line } from "./common.ts"

/** What a user is to the support provider. */
export const UserKind = z.enum(["customer", "agent", "admin"])
/** What a user is to the support provider. */
export type UserKind = z.infer<typeof UserKind>

/** A customer's role in their organisation: support admins see their colleagues' tickets. */
export const OrgRole = z.enum(["member", "support_admin"])
/** A customer's role in their organisation. */
export type OrgRole = z.infer<typeof OrgRole>

/** A person: a customer, an agent or an admin. */
export const User = z.object({
  id: Id,
  tenantId: Id,
  /** The host app's id for this user, when the host authenticates. */
  externalId: Line.min(1).max(200).nullable().default(null),
  email: z.email(),
  name: Line.min(1).max(200),
  kind: UserKind,
  organisationId: Id.nullable().default(null),
  orgRole: OrgRole.nullable().default(null),
  locale: Line.min(2).max(16).default("en"),
  active: z.boolean().default(true),
  createdAt: Instant,
})
/** A person: a customer, an agent or an admin. */
export type User = z.infer<typeof User>
