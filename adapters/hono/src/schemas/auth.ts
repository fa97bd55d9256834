import { z } from "@hono/zod-openapi"
import { Id, Key, Line, MeView, OrgRole, UserKind, UserView } from "@ticketflow/core"
import { named } from "./named.ts"

const userExample = {
  id: "2a2a2a2a-0000-4000-8000-000000000004",
  externalId: null,
  email: "bob@acme.test",
  name: "Bob Acme",
  kind: "customer" as const,
  organisationId: "3b3b3b3b-0000-4000-8000-000000000010",
  orgRole: "member" as const,
  locale: "en",
  active: true,
  createdAt: "2026-01-05T10:00:00.000Z",
}

/** A user: core's `UserView`. */
export const UserSchema = named(UserView, "User", { description: "A customer, an agent or an admin.", example: userExample })

/** The body of `POST /v1/auth/login`. */
export const LoginBody = z
  .object({
    email: Line.min(3).max(320).openapi({ example: "bob@acme.test" }),
    password: z.string().min(1).max(1024).openapi({ example: "demo-password" }),
    cookie: z.boolean().optional().openapi({ description: "Also set an HttpOnly session cookie (for the console)." }),
  })
  .openapi("Login", { description: "Email and password." })

/** What a login returns. */
export const LoginResultSchema = z
  .object({
    token: z.string().openapi({ description: "Send as `Authorization: Bearer <token>`." }),
    tokenType: z.literal("Bearer"),
    expiresAt: z.string(),
    user: UserSchema,
  })
  .openapi("LoginResult", { description: "A session: an opaque bearer token and who it is for." })

/** The current actor: core's `MeView`. */
export const MeSchema = named(MeView, "Me", { description: "The acting user, their departments and their tenant." })

/** The body of `POST /v1/users` and `PUT /v1/users/{id}`. */
export const UserInputSchema = z
  .object({
    email: z.email(),
    name: Line.min(1).max(200),
    kind: UserKind,
    externalId: Line.min(1).max(200).nullable().optional(),
    organisationId: Id.nullable().optional(),
    organisationKey: Key.optional().openapi({ description: "The organisation by key, instead of `organisationId`." }),
    orgRole: OrgRole.nullable().optional(),
    departmentKeys: z.array(Key).optional().openapi({ description: "Departments an agent belongs to." }),
    locale: Line.min(2).max(16).optional(),
    active: z.boolean().optional(),
  })
  .openapi("UserInput", { description: "A user to create or update.", example: { email: "dana@acme.test", name: "Dana Acme", kind: "customer", organisationKey: "acme" } })

/** The body of `PATCH /v1/users/{id}`. */
export const UserPatchSchema = UserInputSchema.partial().openapi("UserPatch", { description: "Fields of a user to change.", example: { active: false } })

/** The body of `PUT /v1/users/{id}/password`. */
export const SetPasswordBody = z
  .object({ password: z.string().min(8).max(1024) })
  .openapi("SetPassword", { description: "A new password (at least 8 characters)." })
