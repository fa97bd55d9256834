import { Effect } from "effect"
import * as z from "zod"
import { Calendar } from "../../domain/calendar.ts"
import { CatalogItem } from "../../domain/catalog-item.ts"
import { Department } from "../../domain/department.ts"
import { Organisation } from "../../domain/organisation.ts"
import { Priority } from "../../domain/priority.ts"
import { SlaPolicy } from "../../domain/sla-policy.ts"
import { TicketType } from "../../domain/ticket-type.ts"
import { NotFound, ValidationFailed } from "../../errors.ts"
import type { Actor, ResolvedActor } from "../../policy/actor.ts"
import { isStaff } from "../../policy/actor.ts"
import type { ConfigEntities, ConfigKind } from "../../ports/ticket-store.ts"
import { requireAdmin, requireStaff, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { fromStore, IdGeneratorService, readStore } from "../services.ts"

/** The schema of each configuration kind. */
export const configSchemas = {
  department: Department,
  ticketType: TicketType,
  priority: Priority,
  catalogItem: CatalogItem,
  organisation: Organisation.omit({ id: true, tenantId: true }).extend({ id: Organisation.shape.id.optional() }),
  calendar: Calendar,
  slaPolicy: SlaPolicy,
} as const

/** Every field optional and without its default: a patch changes only the fields it names. */
function patchOf<S extends z.ZodObject>(schema: S) {
  const fields = Object.entries(schema.shape).map(([name, field]) => {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)
    return [name, bare.optional()] as const
  })
  return z.object(Object.fromEntries(fields))
}

/** The patch schema of each configuration kind (`patchConfig`): the fields of its entity but the key, each optional, no defaults. */
export const configPatchSchemas = {
  department: patchOf(Department.omit({ key: true })),
  ticketType: patchOf(TicketType.omit({ key: true })),
  priority: patchOf(Priority.omit({ key: true })),
  catalogItem: patchOf(CatalogItem.omit({ key: true })),
  organisation: patchOf(configSchemas.organisation.omit({ key: true })),
  calendar: patchOf(Calendar.omit({ key: true })),
  slaPolicy: patchOf(SlaPolicy.omit({ key: true })),
} as const

/** What `patchConfig` takes for a kind: the fields to change. */
export type ConfigPatch<K extends ConfigKind> = z.input<(typeof configPatchSchemas)[K]>

/** What `putConfig` takes for a kind: the entity as written, defaults applied by the engine. */
export type ConfigInput<K extends ConfigKind> = z.input<(typeof configSchemas)[K]>

/** Kinds a customer may read (to fill in the create form). */
const customerReadable: ReadonlyArray<ConfigKind> = ["ticketType", "priority", "department", "catalogItem"]

/** The ids of the tenant's organisations. */
const organisationIdsOf = Effect.fnUntraced(function* (tenantId: string) {
  const organisations = yield* readStore((s) => s.listConfig(tenantId, "organisation"))
  return new Set(organisations.map((organisation) => organisation.id))
})

/** Checks that what an entity references exists, so a bad key fails now rather than at ticket time. */
const checkReferences = Effect.fnUntraced(function* (tenantId: string, kind: ConfigKind, entity: ConfigEntities[ConfigKind]) {
  const missingAt = (path: ReadonlyArray<string | number>, message: string) => new ValidationFailed({ message, issues: [{ path: [...path], message }] })
  const missing = (path: string, message: string) => missingAt([path], message)
  if (kind === "slaPolicy") {
    const policy = entity as ConfigEntities["slaPolicy"]
    if ((yield* readStore((s) => s.getConfig(tenantId, "priority", policy.priorityKey))) === null) {
      return yield* missing("priorityKey", `No priority ${policy.priorityKey}`)
    }
    if (policy.calendarKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "calendar", policy.calendarKey ?? ""))) === null) {
      return yield* missing("calendarKey", `No calendar ${policy.calendarKey}`)
    }
  }
  if (kind === "catalogItem") {
    const item = entity as ConfigEntities["catalogItem"]
    if (item.parentKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "catalogItem", item.parentKey ?? ""))) === null) {
      return yield* missing("parentKey", `No catalog item ${item.parentKey}`)
    }
  }
  if (kind === "slaPolicy") {
    const policy = entity as ConfigEntities["slaPolicy"]
    if (policy.typeKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "ticketType", policy.typeKey ?? ""))) === null) {
      return yield* missing("typeKey", `No ticket type ${policy.typeKey}`)
    }
    if (policy.departmentKey !== null && (yield* readStore((s) => s.getConfig(tenantId, "department", policy.departmentKey ?? ""))) === null) {
      return yield* missing("departmentKey", `No department ${policy.departmentKey}`)
    }
    if (policy.organisationId !== null && !(yield* organisationIdsOf(tenantId)).has(policy.organisationId)) {
      return yield* missing("organisationId", `No organisation ${policy.organisationId}`)
    }
  }
  if (kind === "catalogItem") {
    const offered = (entity as ConfigEntities["catalogItem"]).organisationIds ?? []
    const known = offered.length === 0 ? new Set<string>() : yield* organisationIdsOf(tenantId)
    const index = offered.findIndex((id) => !known.has(id))
    if (index >= 0) return yield* missingAt(["organisationIds", index], `No organisation ${offered[index]}`)
  }
  if (kind === "department") {
    const memberIds = (entity as ConfigEntities["department"]).memberIds
    for (const [index, userId] of memberIds.entries()) {
      const user = yield* readStore((s) => s.getUser(tenantId, userId))
      if (user === null) return yield* missingAt(["memberIds", index], `No user ${userId}`)
      if (user.kind === "customer") return yield* missingAt(["memberIds", index], `${userId} is a customer: departments are of the team`)
    }
  }
  if (kind === "organisation") {
    const organisation = entity as ConfigEntities["organisation"]
    const all = yield* readStore((s) => s.listConfig(tenantId, "organisation"))
    if (all.some((other) => other.id === organisation.id && other.key !== organisation.key)) {
      return yield* missing("id", `The id ${organisation.id} belongs to another organisation`)
    }
  }
  if (kind === "department" || kind === "ticketType") {
    const bound = (entity as ConfigEntities["department"] | ConfigEntities["ticketType"]).workflowKey
    if (bound !== null && (yield* readStore((s) => s.getWorkflow(tenantId, bound))) === null) {
      return yield* missing("workflowKey", `No workflow ${bound}`)
    }
  }
})

/** Creates or replaces a configuration entity by key (admins only). */
export const putConfig = Effect.fnUntraced(function* <K extends ConfigKind>(actorRef: Actor, kind: K, input: ConfigInput<K>) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, `configure ${kind}`)
  return yield* writeConfig(actor, kind, input, false)
})

/** Creates a configuration entity (admins only); a key that exists is `Conflict` (`duplicate_key`), decided by the store. */
export const createConfig = Effect.fnUntraced(function* <K extends ConfigKind>(actorRef: Actor, kind: K, input: ConfigInput<K>) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, `configure ${kind}`)
  return yield* writeConfig(actor, kind, input, true)
})

/** Changes the named fields of a configuration entity (admins only); absent fields stay, an unknown key is `NotFound`. */
export const patchConfig = Effect.fnUntraced(function* <K extends ConfigKind>(actorRef: Actor, kind: K, key: string, rawPatch: ConfigPatch<K>) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, `configure ${kind}`)
  const patch = yield* parseInput(configPatchSchemas[kind], rawPatch)
  const existing = yield* readStore((s) => s.getConfig(actor.tenant.id, kind, key))
  if (existing === null) return yield* new NotFound({ message: `No ${kind} ${key}`, entity: kind, key })
  const named = Object.fromEntries(Object.entries(patch as object).filter(([, value]) => value !== undefined))
  return yield* writeConfig(actor, kind, { ...existing, ...named, key } as ConfigInput<K>, false)
})

/** One configuration entity by key, as `listConfig` shows it to the actor; otherwise `NotFound`. */
export const getConfig = Effect.fnUntraced(function* <K extends ConfigKind>(actorRef: Actor, kind: K, key: string) {
  const found = (yield* listConfig(actorRef, kind)).find((entity) => entity.key === key)
  if (found === undefined) return yield* new NotFound({ message: `No ${kind} ${key}`, entity: kind, key })
  return found
})

const writeConfig = Effect.fnUntraced(function* <K extends ConfigKind>(actor: ResolvedActor, kind: K, input: ConfigInput<K>, create: boolean) {
  const parsed = (yield* parseInput(configSchemas[kind], input)) as Record<string, unknown>
  const tenantId = actor.tenant.id
  let entity = parsed as unknown as ConfigEntities[K]
  if (kind === "organisation") {
    const existing = yield* readStore((s) => s.getConfig(tenantId, "organisation", String(parsed.key)))
    const ids = yield* IdGeneratorService
    entity = { ...parsed, id: existing?.id ?? parsed.id ?? ids.next(), tenantId } as unknown as ConfigEntities[K]
  }
  yield* checkReferences(tenantId, kind, entity)
  yield* fromStore((s) => s.putConfig(tenantId, kind, entity, { create }))
  return entity
})

/** Removes a configuration entity (admins only). */
export const deleteConfig = Effect.fnUntraced(function* (actorRef: Actor, kind: ConfigKind, key: string) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, `configure ${kind}`)
  const removed = yield* readStore((s) => s.deleteConfig(actor.tenant.id, kind, key))
  if (!removed) return yield* new NotFound({ message: `No ${kind} ${key}`, entity: kind, key })
})

/**
 * Lists a configuration kind: the team reads everything; customers read what the create form
 * needs, with catalog items narrowed to those offered to their organisation.
 */
export const listConfig = Effect.fnUntraced(function* <K extends ConfigKind>(actorRef: Actor, kind: K) {
  const actor = yield* resolveActor(actorRef)
  if (!isStaff(actor) && !customerReadable.includes(kind)) yield* requireStaff(actor, `read ${kind}`)
  const all = yield* readStore((s) => s.listConfig(actor.tenant.id, kind))
  if (isStaff(actor) || kind !== "catalogItem") return all
  const organisationId = actor.user.organisationId
  return all.filter((entity) => {
    const item = entity as ConfigEntities["catalogItem"]
    return item.active && (item.organisationIds === null || (organisationId !== null && item.organisationIds.includes(organisationId)))
  })
})
