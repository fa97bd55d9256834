import type { CatalogItem } from "@ticketflow/core"

/** One catalog select of the create form: a kind, the kind it depends on, its options. */
export interface CatalogField {
  readonly kind: string
  /** The kind whose choice narrows this one (a module's application), if any. */
  readonly parentKind: string | null
  readonly items: ReadonlyArray<CatalogItem>
}

/**
 * The catalog selects a create form shows, parents before children: a kind depends on the
 * kind of its items' parents (modules on applications).
 */
export function catalogFields(items: ReadonlyArray<CatalogItem>): CatalogField[] {
  const active = items.filter((i) => i.active)
  const kindOf = new Map(active.map((i) => [i.key, i.kind]))
  const kinds = [...new Set(active.map((i) => i.kind))]
  const parentKindOf = (kind: string): string | null => {
    const parentKey = active.find((i) => i.kind === kind && i.parentKey !== null)?.parentKey
    return parentKey === undefined || parentKey === null ? null : (kindOf.get(parentKey) ?? null)
  }
  const fields = kinds.map((kind) => ({ kind, parentKind: parentKindOf(kind), items: active.filter((i) => i.kind === kind) }))
  const depth = (field: CatalogField, seen = new Set<string>()): number => {
    if (field.parentKind === null || seen.has(field.kind)) return 0
    seen.add(field.kind)
    const parent = fields.find((f) => f.kind === field.parentKind)
    return parent === undefined ? 0 : 1 + depth(parent, seen)
  }
  return fields.sort((a, b) => depth(a) - depth(b))
}

/** The options of a catalog select given what its parent select chose. */
export function catalogOptions(field: CatalogField, chosenParent: string | undefined): ReadonlyArray<CatalogItem> {
  if (field.parentKind === null) return field.items
  if (chosenParent === undefined) return []
  return field.items.filter((i) => i.parentKey === chosenParent)
}
