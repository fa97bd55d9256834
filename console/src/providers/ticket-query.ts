import type { CrudFilter, CrudSort } from "@refinedev/core"

/** The list filters `GET /v1/tickets` and `/v1/tickets/counts` take. */
export const ticketFilterParams = [
  "scope",
  "status",
  "category",
  "type",
  "priority",
  "department",
  "assignee",
  "requester",
  "organization",
  "created",
  "createdFrom",
  "createdTo",
  "q",
] as const
/** A filter parameter of the tickets list. */
export type TicketFilterParam = (typeof ticketFilterParams)[number]

/** Ticket fields as a table names them, and the query parameter that filters them. */
const fieldAliases: Readonly<Record<string, TicketFilterParam>> = {
  statusCategory: "category",
  typeKey: "type",
  priorityKey: "priority",
  departmentKey: "department",
  assigneeId: "assignee",
  requesterId: "requester",
  organisationId: "organization",
  organization: "organization",
  search: "q",
}

const sortAliases: Readonly<Record<string, string>> = { priorityKey: "priority" }

/** Fields the API sorts by. */
export const ticketSortParams = ["createdAt", "updatedAt", "number", "priority", "dueAt"] as const

const known: ReadonlySet<string> = new Set(ticketFilterParams)

function toList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item) => (item === undefined || item === null || item === "" ? [] : [item instanceof Date ? item.toISOString() : String(item)]))
}

function addFilter(params: Map<string, string[]>, filter: CrudFilter): void {
  if (!("field" in filter)) {
    // Nested conditions have no counterpart in the API; their leaves are applied as plain filters.
    for (const inner of filter.value) addFilter(params, inner)
    return
  }
  const field = filter.field
  if (field === "createdAt") {
    const [from, to] = filter.operator === "between" && Array.isArray(filter.value) ? filter.value : [undefined, undefined]
    if (filter.operator === "gte" || filter.operator === "gt") params.set("createdFrom", toList(filter.value))
    else if (filter.operator === "lte" || filter.operator === "lt") params.set("createdTo", toList(filter.value))
    else if (filter.operator === "between") {
      if (from !== undefined && from !== null) params.set("createdFrom", toList(from))
      if (to !== undefined && to !== null) params.set("createdTo", toList(to))
    }
    return
  }
  const param = fieldAliases[field] ?? (known.has(field) ? (field as TicketFilterParam) : null)
  if (param === null) throw new Error(`The tickets list cannot filter by ${field}`)
  const values = toList(filter.value)
  if (values.length === 0) return
  if (param === "q" || param === "scope" || param === "created" || param === "createdFrom" || param === "createdTo") {
    params.set(param, [values[0] ?? ""])
    return
  }
  params.set(param, [...(params.get(param) ?? []), ...values])
}

/**
 * Builds the query string of the tickets list from Refine filters and sorters: lists join with
 * commas (`status=new,in_queue`), `createdAt` ranges become `createdFrom`/`createdTo`, and the
 * table's field names (`typeKey`, `assigneeId`) are accepted for the API's (`type`, `assignee`).
 */
export function ticketQuery(
  input: { filters?: ReadonlyArray<CrudFilter> | undefined; sorters?: ReadonlyArray<CrudSort> | undefined; limit?: number | undefined; cursor?: string | null | undefined },
): URLSearchParams {
  const params = new Map<string, string[]>()
  for (const filter of input.filters ?? []) addFilter(params, filter)
  const query = new URLSearchParams()
  for (const name of ticketFilterParams) {
    const values = params.get(name)
    if (values !== undefined && values.length > 0) query.set(name, [...new Set(values)].join(","))
  }
  const sorter = input.sorters?.[0]
  if (sorter !== undefined) {
    const field = sortAliases[sorter.field] ?? sorter.field
    if (!(ticketSortParams as ReadonlyArray<string>).includes(field)) throw new Error(`The tickets list cannot sort by ${sorter.field}`)
    query.set("sort", `${sorter.order === "desc" ? "-" : ""}${field}`)
  }
  if (input.limit !== undefined) query.set("limit", String(input.limit))
  if (input.cursor !== undefined && input.cursor !== null) query.set("cursor", input.cursor)
  return query
}

/** The same filters without status and category: what the counts endpoint takes for the tabs. */
export function countsQuery(filters: ReadonlyArray<CrudFilter> | undefined): URLSearchParams {
  const query = ticketQuery({ filters })
  query.delete("status")
  query.delete("category")
  return query
}
