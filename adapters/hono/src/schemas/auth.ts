import { z } from "@hono/zod-openapi"
import { CreateUserInput, Line, MeView, UpdateUserInput, UserView } from "@ticketflow/core"
import { named, requestBody } from "./named.ts"

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

/** The body of `POST /v1/users`: the engine's `CreateUserInput`. */
export const UserInputSchema = named(requestBody(CreateUserInput), "UserInput", {
  description: "A user to create: `organisationKey` names the organisation instead of `organisationId`; `departmentKeys` are the departments an agent belongs to.",
  example: { email: "dana@acme.test", name: "Dana Acme", kind: "customer", organisationKey: "acme" },
})

/** The body of `PATCH /v1/users/{id}`: the engine's `UpdateUserInput` (the user is in the path). */
export const UserPatchSchema = named(UpdateUserInput.omit({ id: true }), "UserPatch", { description: "Fields of a user to change; `active: false` deactivates.", example: { active: false } })

/** The body of `PUT /v1/users/{id}/password`. */
export const SetPasswordBody = z
  .object({ password: z.string().min(8).max(1024) })
  .openapi("SetPassword", { description: "A new password (at least 8 characters)." })
