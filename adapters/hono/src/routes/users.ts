import { createRoute, z } from "@hono/zod-openapi"
import { declarations, Forbidden, isAdmin, toUserView, Unauthenticated, type AuthStore } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import { hashPassword, verifyPassword } from "../auth/password.ts"
import { revokeUserSessions } from "../auth/revocations.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponsesOf } from "../problem.ts"
import { SetPasswordBody, UserInputSchema, UserPatchSchema, UserSchema } from "../schemas/auth.ts"
import { IdParam } from "../schemas/common.ts"
import { jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

const tags = ["Users"]

const listUsers = createRoute({
  method: "get", path: "/v1/users", operationId: "listUsers", tags,
  summary: declarations.listUsers.summary, description: "Agents and admins only.",
  responses: { 200: jsonResponse(z.array(UserSchema), "The users."), ...problemResponsesOf(declarations.listUsers) },
})
const createUser = createRoute({
  method: "post", path: "/v1/users", operationId: "createUser", tags,
  summary: declarations.createUser.summary, description: "An email or external id in use is 409; `Location` names the user.",
  request: { body: jsonBody(UserInputSchema, "The new user.") },
  responses: { 201: jsonResponse(UserSchema, "The user."), ...problemResponsesOf(declarations.createUser, { body: true }) },
})
const getUser = createRoute({
  method: "get", path: "/v1/users/{id}", operationId: "getUser", tags,
  summary: declarations.getUser.summary, description: "Another user's id is 403 for a customer.",
  request: { params: IdParam },
  responses: { 200: jsonResponse(UserSchema, "The user."), ...problemResponsesOf(declarations.getUser, { input: true }) },
})
const updateUser = createRoute({
  method: "patch", path: "/v1/users/{id}", operationId: "updateUser", tags,
  summary: declarations.updateUser.summary, description: "Name, kind, organisation, departments, `active: false` to deactivate (which ends the user's sessions and live streams; reactivating does not revive them)…",
  request: { params: IdParam, body: jsonBody(UserPatchSchema, "The fields to change.") },
  responses: { 200: jsonResponse(UserSchema, "The user."), ...problemResponsesOf(declarations.updateUser, { body: true, input: true }) },
})
const setPassword = createRoute({
  method: "put", path: "/v1/users/{id}/password", operationId: "setUserPassword", tags,
  summary: "Set a user's password", description: "Admins set anyone's; a user sets their own with `currentPassword`. Ends the user's other sessions and their live streams (all of them after an admin's reset of another user). Built-in login only.",
  request: { params: IdParam, body: jsonBody(SetPasswordBody.extend({ currentPassword: z.string().max(1024).optional() }), "The new password.") },
  // Not an engine operation (the built-in login keeps its passwords): it reads the user as
  // `getUser` does, and refuses a wrong current password with 401.
  responses: { 204: { description: "Set." }, ...problemResponsesOf(declarations.getUser, { body: true, input: true }) },
})

/** `/v1/users`: admins manage users; the team reads them. */
export function userRoutes(app: ApiApp, deps: ApiDeps): void {
  const { engine } = deps

  app.openapi(listUsers, async (c) => c.json((await engine.listUsers(requireActor(c))).map(toUserView), 200))

  app.openapi(createUser, async (c) => {
    const actor = requireActor(c)
    const user = await engine.createUser(actor, c.req.valid("json"))
    c.header("Location", `${c.req.path.replace(/\/$/, "")}/${user.id}`)
    return c.json(toUserView(user), 201)
  })

  app.openapi(getUser, async (c) => {
    return c.json(toUserView(await engine.getUser(requireActor(c), c.req.valid("param").id)), 200)
  })

  app.openapi(updateUser, async (c) => {
    const actor = requireActor(c)
    const id = c.req.valid("param").id
    const before = await engine.getUser(actor, id)
    const user = await engine.updateUser(actor, { ...c.req.valid("json"), id })
    // Deactivation ends every session; so does reactivation, so that no token of before revives.
    const auth = deps.auth
    if ((!user.active || !before.active) && !("authenticate" in auth)) await revokeUserSessions(auth.store, deps.revocations, { tenantId: user.tenantId, userId: user.id })
    return c.json(toUserView(user), 200)
  })

  const auth = deps.auth
  if (!("authenticate" in auth)) passwordRoute(app, deps, auth.store)
}

/** `PUT /v1/users/{id}/password`, with the built-in login only (a host app keeps its own passwords). */
function passwordRoute(app: ApiApp, deps: ApiDeps, store: AuthStore): void {
  app.openapi(setPassword, async (c) => {
    const actor = requireActor(c)
    const { id } = c.req.valid("param")
    const { password, currentPassword } = c.req.valid("json")
    // Who may set which password is decided here: the built-in login's passwords are the HTTP
    // adapter's, not the engine's. Whether the actor is an admin is core's policy.
    if (!isAdmin(await deps.engine.me(actor))) {
      if (id !== actor.userId) throw new Forbidden({ message: "You may set your own password only", action: "set_password" })
      const stored = await store.getPasswordHash(actor.tenantId, id)
      if (stored === null || currentPassword === undefined || !(await deps.passwordGate.run(() => verifyPassword(currentPassword, stored)))) {
        throw new Unauthenticated({ message: "The current password is wrong" })
      }
    } else if (id !== actor.userId) {
      await deps.engine.getUser(actor, id)
    }
    const hash = await deps.passwordGate.run(() => hashPassword(password, deps.passwordCost))
    // One's own change keeps the session that made it; an admin's reset of another ends them all.
    const except = id === actor.userId ? (c.get("auth").tokenHash ?? undefined) : undefined
    await store.setPasswordHash(actor.tenantId, id, hash, { except })
    deps.revocations.revoked({ tenantId: actor.tenantId, userId: id })
    return c.body(null, 204)
  })
}
