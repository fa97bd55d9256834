import { Effect } from "effect"
import * as z from "zod"
import { Id, Key, Line } from "../../domain/common.ts"
import type { Department } from "../../domain/department.ts"
import { Tenant, TenantSettings } from "../../domain/tenant.ts"
import { OrgRole, User, UserKind } from "../../domain/user.ts"
import { NotFound, ValidationFailed } from "../../errors.ts"
import type { Actor } from "../../policy/actor.ts"
import { defaultWorkflow } from "../../workflow/default-workflow.ts"
import { requireAdmin, requireStaff, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService, fromStore, IdGeneratorService, readStore } from "../services.ts"

/** What `createTenant` takes. */
export const CreateTenantInput = z.object({
  id: Id.optional(),
  key: Key,
  name: Line.min(1).max(200),
  settings: TenantSettings.prefault({}),
})
/** What `createTenant` takes. */
export type CreateTenantInput = z.input<typeof CreateTenantInput>

/** Creates a tenant with the default workflow installed (a trusted, host-side call). */
export const createTenant = Effect.fnUntraced(function* (rawInput: CreateTenantInput) {
  const input = yield* parseInput(CreateTenantInput, rawInput)
  const ids = yield* IdGeneratorService
  const tenant: Tenant = Tenant.parse({ ...input, id: input.id ?? ids.next() })
  yield* readStore((s) => s.putTenant(tenant))
  const installed = yield* readStore((s) => s.getWorkflow(tenant.id, defaultWorkflow.key))
  if (installed === null) yield* readStore((s) => s.putWorkflow(tenant.id, defaultWorkflow))
  return tenant
})

/** What `updateTenantSettings` takes: the settings to change; absent settings stay. */
export type TenantSettingsPatch = Partial<z.input<typeof TenantSettings>>

/** Changes the settings of the actor's tenant (admins only); absent settings stay. */
export const updateTenantSettings = Effect.fnUntraced(function* (actorRef: Actor, patch: TenantSettingsPatch) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, "change tenant settings")
  const settings = yield* parseInput(TenantSettings, { ...actor.tenant.settings, ...(patch as object) })
  const workflow = yield* readStore((s) => s.getWorkflow(actor.tenant.id, settings.defaultWorkflowKey))
  if (workflow === null) {
    return yield* new ValidationFailed({ message: `No workflow ${settings.defaultWorkflowKey}`, issues: [{ path: ["defaultWorkflowKey"], message: "No such workflow" }] })
  }
  const tenant: Tenant = { ...actor.tenant, settings }
  yield* readStore((s) => s.putTenant(tenant))
  return tenant
})

/** What `upsertUser` takes: a user by id, or by `externalId` for a host app's own users. */
export const UpsertUserInput = User.omit({ tenantId: true, createdAt: true, id: true }).extend({
  id: Id.optional(),
  /** Organisation by key, as an alternative to `organisationId`. */
  organisationKey: Key.optional(),
  /** Departments the user belongs to (agents). */
  departmentKeys: z.array(Key).optional(),
})
/** What `upsertUser` takes. */
export type UpsertUserInput = z.input<typeof UpsertUserInput>

/**
 * Creates or updates a user, matched by id, then `externalId`, then email. A trusted,
 * host-side call: host apps with their own authentication upsert their users through it.
 */
export const syncUser = Effect.fnUntraced(function* (tenantId: string, rawInput: UpsertUserInput) {
  const input = yield* parseInput(UpsertUserInput, rawInput)
  const tenant = yield* readStore((s) => s.getTenant(tenantId))
  if (tenant === null) return yield* new NotFound({ message: `No tenant ${tenantId}`, entity: "tenant", key: tenantId })
  const existing =
    (input.id === undefined ? null : yield* readStore((s) => s.getUser(tenantId, input.id ?? ""))) ??
    (input.externalId === null ? null : yield* readStore((s) => s.findUser(tenantId, { externalId: input.externalId ?? "" }))) ??
    (yield* readStore((s) => s.findUser(tenantId, { email: input.email })))
  return yield* writeUser(tenantId, input, existing)
})

/**
 * Writes a user over `existing` (or as a new one): the organisation by key or id, a customer in
 * an organisation a member unless made its support admin, and the agent's departments. An email
 * or external id another user has is `Conflict` (the store's unique keys decide, so two writers
 * cannot both take one).
 */
const writeUser = Effect.fnUntraced(function* (tenantId: string, input: z.output<typeof UpsertUserInput>, existing: User | null) {
  let organisationId = input.organisationId
  if (input.organisationKey !== undefined) {
    const organisation = yield* readStore((s) => s.getConfig(tenantId, "organisation", input.organisationKey ?? ""))
    if (organisation === null) {
      return yield* new ValidationFailed({ message: `No organisation ${input.organisationKey}`, issues: [{ path: ["organisationKey"], message: "No such organisation" }] })
    }
    organisationId = organisation.id
  } else if (organisationId !== null && organisationId !== existing?.organisationId) {
    const wanted = organisationId
    const organisations = yield* readStore((s) => s.listConfig(tenantId, "organisation"))
    if (!organisations.some((organisation) => organisation.id === wanted)) {
      return yield* new ValidationFailed({ message: `No organisation ${wanted}`, issues: [{ path: ["organisationId"], message: "No such organisation" }] })
    }
  }
  // A customer in an organisation is a plain member unless made its support admin.
  const orgRole = input.kind === "customer" && organisationId !== null && input.orgRole === null ? "member" : input.orgRole
  const ids = yield* IdGeneratorService
  const clock = yield* ClockService
  const { organisationKey: _organisationKey, departmentKeys, ...fields } = input
  const user: User = {
    ...fields,
    organisationId,
    orgRole: organisationId === null ? null : orgRole,
    id: existing?.id ?? input.id ?? ids.next(),
    tenantId,
    createdAt: existing?.createdAt ?? clock.now().toISOString(),
  }
  // Unknown departments are refused before anything is written: a refused request changes nothing.
  const departments = departmentKeys === undefined ? null : yield* knownDepartments(tenantId, departmentKeys)
  yield* fromStore((s) => s.putUser(user))
  if (departmentKeys !== undefined && departments !== null) yield* setUserDepartments(tenantId, user.id, departmentKeys, departments)
  return user
})

/** The tenant's departments, or `ValidationFailed` naming the keys that are none of them. */
const knownDepartments = Effect.fnUntraced(function* (tenantId: string, keys: ReadonlyArray<string>) {
  const departments = yield* readStore((s) => s.listConfig(tenantId, "department"))
  const unknown = keys.filter((key) => !departments.some((d) => d.key === key))
  if (unknown.length > 0) {
    return yield* new ValidationFailed({ message: `No department ${unknown.join(", ")}`, issues: [{ path: ["departmentKeys"], message: `Unknown: ${unknown.join(", ")}` }] })
  }
  return departments
})

const setUserDepartments = Effect.fnUntraced(function* (tenantId: string, userId: string, keys: ReadonlyArray<string>, departments: ReadonlyArray<Department>) {
  for (const department of departments) {
    const member = department.memberIds.includes(userId)
    const wanted = keys.includes(department.key)
    if (member === wanted) continue
    const memberIds = wanted ? [...department.memberIds, userId] : department.memberIds.filter((id) => id !== userId)
    yield* readStore((s) => s.putConfig(tenantId, "department", { ...department, memberIds }))
  }
})

/** Creates or updates a user (admins only). */
export const upsertUser = Effect.fnUntraced(function* (actorRef: Actor, input: UpsertUserInput) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, "manage users")
  return yield* syncUser(actor.tenant.id, input)
})

/** What `createUser` takes: a new user (no id: the engine makes one). */
export const CreateUserInput = UpsertUserInput.omit({ id: true })
/** What `createUser` takes. */
export type CreateUserInput = z.input<typeof CreateUserInput>

/** Creates a user (admins only); an email or external id in use is `Conflict`, never an update of the other user. */
export const createUser = Effect.fnUntraced(function* (actorRef: Actor, rawInput: CreateUserInput) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, "manage users")
  const input = yield* parseInput(CreateUserInput, rawInput)
  return yield* writeUser(actor.tenant.id, input, null)
})

/** What `updateUser` takes: the user's id and the fields to change; absent fields stay. */
export const UpdateUserInput = z
  .object({
    id: Id,
    email: z.email().optional(),
    name: Line.min(1).max(200).optional(),
    kind: UserKind.optional(),
    externalId: Line.min(1).max(200).nullable().optional(),
    organisationId: Id.nullable().optional(),
    organisationKey: Key.optional(),
    orgRole: OrgRole.nullable().optional(),
    departmentKeys: z.array(Key).optional(),
    locale: Line.min(2).max(16).optional(),
    active: z.boolean().optional(),
  })
  .strict()
/** What `updateUser` takes. */
export type UpdateUserInput = z.input<typeof UpdateUserInput>

/**
 * Changes the named fields of a user (admins only); `active: false` deactivates. Taking another
 * user's email is `Conflict`; an unknown user `NotFound`.
 */
export const updateUser = Effect.fnUntraced(function* (actorRef: Actor, rawInput: UpdateUserInput) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, "manage users")
  const { id, ...patch } = yield* parseInput(UpdateUserInput, rawInput)
  const existing = yield* readStore((s) => s.getUser(actor.tenant.id, id))
  if (existing === null) return yield* new NotFound({ message: `No user ${id}`, entity: "user", key: id })
  const named = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
  const { tenantId: _tenantId, createdAt: _createdAt, ...fields } = existing
  const input = yield* parseInput(UpsertUserInput, { ...fields, ...named, id })
  return yield* writeUser(actor.tenant.id, input, existing)
})

/** A user by id: the support team reads anyone of the tenant, a customer only themselves (`Forbidden`). */
export const getUser = Effect.fnUntraced(function* (actorRef: Actor, rawId: string) {
  const id = yield* parseInput(Id, rawId)
  const actor = yield* resolveActor(actorRef)
  if (id === actor.user.id) return actor.user
  yield* requireStaff(actor, "read other users")
  const user = yield* readStore((s) => s.getUser(actor.tenant.id, id))
  if (user === null) return yield* new NotFound({ message: `No user ${id}`, entity: "user", key: id })
  return user
})

/** How a host finds a user: by id, email (matched as stored, then lower-cased) or external id. */
export type UserLookup = { readonly id: string } | { readonly email: string } | { readonly externalId: string }

/** Finds a user of a tenant, or null (a trusted, host-side call: logins and host authentication). */
export const lookupUser = Effect.fnUntraced(function* (tenantId: string, by: UserLookup) {
  if ("id" in by) return yield* readStore((s) => s.getUser(tenantId, by.id))
  if ("externalId" in by) return yield* readStore((s) => s.findUser(tenantId, { externalId: by.externalId }))
  const exact = yield* readStore((s) => s.findUser(tenantId, { email: by.email }))
  const lower = by.email.toLowerCase()
  return exact ?? (lower === by.email ? null : yield* readStore((s) => s.findUser(tenantId, { email: lower })))
})

/** The users of a tenant (a trusted, host-side call: provisioning, passwords). */
export const hostListUsers = Effect.fnUntraced(function* (tenantId: string) {
  return yield* readStore((s) => s.listUsers(tenantId))
})

/** Every tenant of the store (a trusted, host-side call: a server picks the tenant it serves). */
export const listTenants = Effect.fnUntraced(function* () {
  return yield* readStore((s) => s.listTenants())
})

/** The users of the tenant (the support team only). */
export const listUsers = Effect.fnUntraced(function* (actorRef: Actor) {
  const actor = yield* resolveActor(actorRef)
  yield* requireStaff(actor, "list users")
  return yield* readStore((s) => s.listUsers(actor.tenant.id))
})

/** The acting user and their departments. */
export const me = Effect.fnUntraced(function* (actorRef: Actor) {
  const actor = yield* resolveActor(actorRef)
  return { user: actor.user, departmentKeys: actor.departmentKeys, tenant: actor.tenant }
})
