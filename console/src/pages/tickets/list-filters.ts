import type { CrudFilter } from "@refinedev/core"

/** The list's views: one per menu entry. */
export type TicketListKind = "mine" | "organization" | "queue" | "assigned"

/** The status tabs: Open covers categories new and open (DESIGN), "all" is for the team. */
export type StatusTab = "open" | "pending" | "closed" | "all"

/** The filters a user set above the list. */
export interface ListFilters {
  readonly q: string
  readonly types: ReadonlyArray<string>
  readonly priorities: ReadonlyArray<string>
  /** A department key, `none` for unrouted, or empty for every queue the agent sees. */
  readonly departments: ReadonlyArray<string>
  /** `me`, `none` or user ids. */
  readonly assignees: ReadonlyArray<string>
  readonly created: "today" | "this_week" | "this_month" | "custom" | null
  readonly range: readonly [string, string] | null
}

/** No filter set. */
export const noFilters: ListFilters = { q: "", types: [], priorities: [], departments: [], assignees: [], created: null, range: null }

const tabCategories: Readonly<Record<StatusTab, ReadonlyArray<string>>> = { open: ["new", "open"], pending: ["pending"], closed: ["closed"], all: [] }

/** The categories of a tab. */
export const categoriesOf = (tab: StatusTab): ReadonlyArray<string> => tabCategories[tab]

/** The scope each view asks the API for. */
export function scopeOf(view: TicketListKind): "mine" | "organization" | "all" {
  if (view === "mine" || view === "assigned") return "mine"
  if (view === "organization") return "organization"
  return "all"
}

/** The Refine filters of a view, its filters and (unless counting) its tab. */
export function crudFilters(view: TicketListKind, filters: ListFilters, tab: StatusTab | null): CrudFilter[] {
  const out: CrudFilter[] = [{ field: "scope", operator: "eq", value: scopeOf(view) }]
  if (tab !== null && categoriesOf(tab).length > 0) out.push({ field: "category", operator: "in", value: [...categoriesOf(tab)] })
  if (filters.q.trim() !== "") out.push({ field: "q", operator: "contains", value: filters.q.trim() })
  if (filters.types.length > 0) out.push({ field: "type", operator: "in", value: [...filters.types] })
  if (filters.priorities.length > 0) out.push({ field: "priority", operator: "in", value: [...filters.priorities] })
  if (filters.departments.length > 0) out.push({ field: "department", operator: "in", value: [...filters.departments] })
  if (filters.assignees.length > 0) out.push({ field: "assignee", operator: "in", value: [...filters.assignees] })
  if (filters.created !== null && filters.created !== "custom") out.push({ field: "created", operator: "eq", value: filters.created })
  if (filters.created === "custom" && filters.range !== null) out.push({ field: "createdAt", operator: "between", value: [...filters.range] })
  return out
}
