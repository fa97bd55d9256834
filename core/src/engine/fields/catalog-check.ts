import { Effect } from "effect"
import type { CatalogItem } from "../../domain/catalog-item.ts"
import { ValidationFailed } from "../../errors.ts"
import { readStore } from "../services.ts"

const invalid = (kind: string, message: string) =>
  new ValidationFailed({ message, issues: [{ path: ["catalog", kind], message }] })

/**
 * Checks a ticket's catalog items: each exists, is of the kind it is given for, is offered to
 * the requester's organisation, and a child (a module) comes with its parent (its application)
 * and belongs to it.
 */
export const checkCatalog = Effect.fnUntraced(function* (
  tenantId: string,
  organisationId: string | null,
  catalog: Readonly<Record<string, string>>,
) {
  const entries = Object.entries(catalog)
  if (entries.length === 0) return
  const items = new Map<string, CatalogItem>()
  for (const [kind, key] of entries) {
    const item = yield* readStore((s) => s.getConfig(tenantId, "catalogItem", key))
    if (item === null || !item.active) return yield* invalid(kind, `No catalog item ${key}`)
    if (item.kind !== kind) return yield* invalid(kind, `${key} is a ${item.kind}, not a ${kind}`)
    if (item.organisationIds !== null && (organisationId === null || !item.organisationIds.includes(organisationId))) {
      return yield* invalid(kind, `${key} is not offered to this organisation`)
    }
    items.set(kind, item)
  }
  for (const [kind, item] of items) {
    if (item.parentKey === null) continue
    const parent = yield* readStore((s) => s.getConfig(tenantId, "catalogItem", item.parentKey ?? ""))
    if (parent === null) continue
    const chosenParent = items.get(parent.kind)
    if (chosenParent === undefined) {
      return yield* invalid(kind, `${item.key} belongs to ${parent.kind} ${parent.key}: choose it too`)
    }
    if (chosenParent.key !== item.parentKey) {
      return yield* invalid(kind, `${item.key} belongs to ${item.parentKey}, not ${chosenParent.key}`)
    }
  }
})
