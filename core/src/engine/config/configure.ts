import { Effect } from "effect"
import { NotFound } from "../../errors.ts"
import type { Actor, ResolvedActor } from "../../policy/actor.ts"
import { isStaff } from "../../policy/actor.ts"
import type { ConfigEntities, ConfigKind } from "../../ports/ticket-store.ts"
import { requireAdmin, requireStaff, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { fromStore, IdGeneratorService, readStore } from "../services.ts"
import { checkReferences } from "./references.ts"
import { configPatchSchemas, configSchemas, type ConfigInput, type ConfigPatch } from "./schemas.ts"

export type { ConfigInput, ConfigPatch } from "./schemas.ts"
export { configPatchSchemas, configSchemas } from "./schemas.ts"

/** Kinds a customer may read (to fill in the create form). */
const customerReadable: ReadonlyArray<ConfigKind> = ["ticketType", "priority", "department", "catalogItem"]
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
