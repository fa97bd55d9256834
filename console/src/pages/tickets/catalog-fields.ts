import type { CatalogItemView } from "@ticketflow/hono/client"

/** One catalog select of the create form: a kind, the kind it depends on, its options. */
export interface CatalogField {
  readonly kind: string
  /** The kind whose choice narrows this one (a module's application), if any. */
  readonly parentKind: string | null
  readonly items: ReadonlyArray<CatalogItemView>
}

/**
 * The catalog selects a create form shows, each kind right after the kind it depends on (a
 * kind depends on the kind of its items' parents: modules on applications), so a form reads
 * application → module, then site.
 */
export function catalogFields(items: ReadonlyArray<CatalogItemView>): CatalogField[] {
  const active = items.filter((i) => i.active)
  const kindOf = new Map(active.map((i) => [i.key, i.kind]))
  const kinds = [...new Set(active.map((i) => i.kind))]
  const parentKindOf = (kind: string): string | null => {
    const parentKey = active.find((i) => i.kind === kind && i.parentKey !== null)?.parentKey
    return parentKey === undefined || parentKey === null ? null : (kindOf.get(parentKey) ?? null)
  }
  const fields = kinds.map((kind) => ({ kind, parentKind: parentKindOf(kind), items: active.filter((i) => i.kind === kind) }))
  const ordered: CatalogField[] = []
  const place = (field: CatalogField) => {
    if (ordered.includes(field)) return
    ordered.push(field)
    for (const child of fields.filter((f) => f.parentKind === field.kind)) place(child)
  }
  // Roots first (a kind whose parent kind has no items counts as a root), then anything in a cycle.
  for (const field of fields) if (field.parentKind === null || !fields.some((f) => f.kind === field.parentKind)) place(field)
  for (const field of fields) place(field)
  return ordered
}

/** The options of a catalog select given what its parent select chose. */
export function catalogOptions(field: CatalogField, chosenParent: string | undefined): ReadonlyArray<CatalogItemView> {
  if (field.parentKind === null) return field.items
  if (chosenParent === undefined) return []
  return field.items.filter((i) => i.parentKey === chosenParent)
}
