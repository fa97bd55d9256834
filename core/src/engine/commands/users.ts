import { Effect } from "effect"
import * as z from "zod"
import { Id, Key, Line } from "../../domain/common.ts"
import { Tenant, TenantSettings } from "../../domain/tenant.ts"
import { User } from "../../domain/user.ts"
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

/** Changes the settings of the actor's tenant (admins only); absent settings stay. */
export const updateTenantSettings = Effect.fnUntraced(function* (actorRef: Actor, patch: z.input<typeof TenantSettings.partial>) {
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
  if (input.kind === "customer" && organisationId !== null && input.orgRole === null) {
    // A customer in an organisation is a plain member unless made its support admin.
    input.orgRole = "member"
  }
  const ids = yield* IdGeneratorService
  const clock = yield* ClockService
  const { organisationKey: _organisationKey, departmentKeys, ...fields } = input
  const user: User = {
    ...fields,
    organisationId,
    orgRole: organisationId === null ? null : input.orgRole,
    id: existing?.id ?? input.id ?? ids.next(),
    tenantId,
    createdAt: existing?.createdAt ?? clock.now().toISOString(),
  }
  yield* fromStore((s) => s.putUser(user))
  if (departmentKeys !== undefined) yield* setUserDepartments(tenantId, user.id, departmentKeys)
  return user
})

const setUserDepartments = Effect.fnUntraced(function* (tenantId: string, userId: string, keys: ReadonlyArray<string>) {
  const departments = yield* readStore((s) => s.listConfig(tenantId, "department"))
  const unknown = keys.filter((key) => !departments.some((d) => d.key === key))
  if (unknown.length > 0) {
    return yield* new ValidationFailed({ message: `No department ${unknown.join(", ")}`, issues: [{ path: ["departmentKeys"], message: `Unknown: ${unknown.join(", ")}` }] })
  }
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
