import type { BaseRecord, CrudFilter, CrudSort, DataProvider, GetListResponse, LogicalFilter } from "@refinedev/core"
import type { TicketCountsView, TicketPageView } from "@ticketflow/hono/client"
import type { ApiClient } from "./http-client.ts"
import { isConfigResource, ticketChildResources, type TicketChildResource } from "./resources.ts"
import { countsQuery, ticketQuery } from "./ticket-query.ts"

/** What `/v1/tickets/counts` answers (the API's `TicketCountsView`). */
export type TicketCounts = TicketCountsView

/** The longest walk through pages to reach a page whose cursor is not known yet. */
const maxCursorWalk = 50


const enc = encodeURIComponent

function ticketIdOf(resource: string, meta: Record<string, unknown> | undefined, filters: ReadonlyArray<CrudFilter> | undefined): string {
  const fromFilter = filters?.find((f): f is LogicalFilter => "field" in f && f.field === "ticketId")?.value as unknown
  const id = meta?.ticketId ?? fromFilter
  if (typeof id !== "string" && typeof id !== "number") throw new Error(`The ${resource} resource needs meta.ticketId`)
  return enc(String(id))
}

/** The total a tab shows: the counts narrowed by the status or category filter of the list. */
export function totalFromCounts(counts: TicketCounts, filters: ReadonlyArray<CrudFilter> | undefined): number {
  const query = ticketQuery({ filters })
  const sum = (values: string, table: Readonly<Record<string, number>>) => values.split(",").reduce((total, key) => total + (table[key] ?? 0), 0)
  const status = query.get("status")
  const category = query.get("category")
  if (status !== null && category !== null) return Math.min(sum(status, counts.byStatus), sum(category, counts.byCategory))
  if (status !== null) return sum(status, counts.byStatus)
  if (category !== null) return sum(category, counts.byCategory)
  return counts.total
}

function matches(record: BaseRecord, filter: CrudFilter): boolean {
  if (!("field" in filter)) {
    return filter.operator === "or" ? filter.value.some((inner) => matches(record, inner)) : filter.value.every((inner) => matches(record, inner))
  }
  const actual = record[filter.field] as unknown
  const value = filter.value as unknown
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return true
  switch (filter.operator) {
    case "eq":
      return String(actual) === String(value)
    case "ne":
      return String(actual) !== String(value)
    case "in":
      return (value as unknown[]).map(String).includes(String(actual))
    case "nin":
      return !(value as unknown[]).map(String).includes(String(actual))
    case "contains": {
      const needle = String(value).toLowerCase()
      // `q` searches every text field of a configuration entity.
      if (filter.field === "q") return Object.values(record).some((v) => typeof v === "string" && v.toLowerCase().includes(needle))
      return String(actual ?? "").toLowerCase().includes(needle)
    }
    case "null":
      return actual === null || actual === undefined
    case "nnull":
      return actual !== null && actual !== undefined
    default:
      return true
  }
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b
  return String(a ?? "").localeCompare(String(b ?? ""))
}

/** Filters, sorts and pages a whole list in the browser (configuration lists are small). */
export function clientList<T extends BaseRecord>(
  all: ReadonlyArray<T>,
  params: { filters?: ReadonlyArray<CrudFilter> | undefined; sorters?: ReadonlyArray<CrudSort> | undefined; pagination?: { currentPage?: number; pageSize?: number; mode?: string } | undefined },
): GetListResponse<T> {
  const filtered = all.filter((record) => (params.filters ?? []).every((filter) => matches(record, filter)))
  const sorted = [...filtered]
  for (const sorter of [...(params.sorters ?? [])].reverse()) {
    sorted.sort((a, b) => (sorter.order === "desc" ? -1 : 1) * compare(a[sorter.field], b[sorter.field]))
  }
  const mode = params.pagination?.mode ?? "server"
  if (mode === "off") return { data: sorted, total: sorted.length }
  const size = params.pagination?.pageSize ?? 10
  const page = params.pagination?.currentPage ?? 1
  return { data: sorted.slice((page - 1) * size, page * size), total: sorted.length }
}

/** What `createDataProvider` takes. */
export interface DataProviderOptions {
  /** Fresh `Idempotency-Key`s for creates (a random UUID by default). */
  readonly idempotencyKey?: () => string
}

/**
 * Refine's data provider for ticketflow's REST API.
 *
 * - `tickets`: keyset pages (`cursor`) behind Refine's page numbers, every list filter, the
 *   total from `/v1/tickets/counts`; `meta.cursor` asks for a page by its cursor directly.
 * - `messages`, `events`, `transitions` of one ticket (`meta.ticketId`): creating a message
 *   posts a reply or note, creating a transition fires a workflow event.
 * - `attachments`: create uploads `variables.file`.
 * - configuration (`departments`, `ticket-types`, …) by key, `users` by id, `workflows` by key
 *   (create and update publish a version).
 * - `custom` for anything else, such as `/tickets/counts`, `/workflows/validate`, migrations.
 *
 * Problems (RFC 9457) reject as Refine errors with `errors` per field for forms.
 */
export function createDataProvider(client: ApiClient, options: DataProviderOptions = {}): DataProvider {
  // randomUUID exists only in secure contexts (https, localhost); plain http on a LAN gets a random string.
  const idempotencyKey = options.idempotencyKey ?? (() => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`)
  const cursors = new Map<string, Array<string | null>>()
  const cursorsOf = (query: URLSearchParams): Array<string | null> => {
    const key = query.toString()
    let known = cursors.get(key)
    if (known === undefined) {
      if (cursors.size > 200) cursors.clear()
      known = [null]
      cursors.set(key, known)
    }
    return known
  }

  const ticketPage = (query: URLSearchParams, cursor: string | null, signal?: AbortSignal) => {
    const withCursor = new URLSearchParams(query)
    if (cursor !== null) withCursor.set("cursor", cursor)
    return client.request<TicketPageView>("/v1/tickets", { query: withCursor, ...(signal === undefined ? {} : { signal }) })
  }

  const listTickets: DataProvider["getList"] = async ({ filters, sorters, pagination, meta }) => {
    const mode = pagination?.mode ?? "server"
    const pageSize = mode === "off" ? 200 : (pagination?.pageSize ?? 25)
    const page = pagination?.currentPage ?? 1
    const base = ticketQuery({ filters, sorters, limit: pageSize })
    const signal = (meta?.queryContext as { signal?: AbortSignal } | undefined)?.signal
    const known = cursorsOf(base)
    const counts = meta?.withoutTotal === true ? null : client.request<TicketCounts>("/v1/tickets/counts", { query: countsQuery(filters) })
    // Awaited below on every path that returns; this only keeps an early throw from leaving it unhandled.
    counts?.catch(() => undefined)
    let cursor: string | null
    if (typeof meta?.cursor === "string") cursor = meta.cursor
    else {
      // Walk forward from the last page whose cursor we know.
      let at = Math.min(page, known.length) - 1
      if (page - 1 - at > maxCursorWalk) throw new Error(`Page ${page} is too far ahead; narrow the filters`)
      cursor = known[at] ?? null
      while (at < page - 1) {
        const skipped = await ticketPage(base, cursor, signal)
        if (skipped.nextCursor === null) return { data: [], total: counts === null ? 0 : totalFromCounts(await counts, filters), cursor: { next: null } }
        at += 1
        known[at] = skipped.nextCursor
        cursor = skipped.nextCursor
      }
    }
    const result = await ticketPage(base, cursor, signal)
    if (typeof meta?.cursor !== "string" && known.length <= page) known[page] = result.nextCursor
    const total = counts === null ? (page - 1) * pageSize + result.items.length + (result.nextCursor === null ? 0 : 1) : totalFromCounts(await counts, filters)
    return { data: result.items as never[], total, cursor: { next: result.nextCursor, prev: cursor } }
  }

  const listUnder = async (resource: TicketChildResource, params: Parameters<DataProvider["getList"]>[0]) => {
    const id = ticketIdOf(resource, params.meta, params.filters)
    if (resource === "messages") {
      const order = (params.meta?.order as string | undefined) ?? (params.sorters?.[0]?.order === "desc" ? "desc" : "asc")
      const items = await client.request<BaseRecord[]>(`/v1/tickets/${id}/messages`, { query: { order } })
      return { data: items, total: items.length }
    }
    const items = await client.request<BaseRecord[]>(`/v1/tickets/${id}/${resource}`)
    return { data: items, total: items.length }
  }

  const apiPath = (url: string): string => {
    const root = `${client.apiUrl}/v1`
    const path = url.startsWith(root) ? url.slice(root.length) : url.startsWith("/v1/") ? url.slice(3) : url
    return `/v1${path.startsWith("/") ? path : `/${path}`}`
  }

  return {
    getApiUrl: () => `${client.apiUrl}/v1`,

    getList: async (params) => {
      const { resource } = params
      if (resource === "tickets") return listTickets(params) as never
      if ((ticketChildResources as ReadonlyArray<string>).includes(resource)) return (await listUnder(resource as TicketChildResource, params)) as never
      const all = await client.request<BaseRecord[]>(`/v1/${resource}`)
      return clientList(all, params) as never
    },

    getMany: async ({ resource, ids }) => {
      const all = await client.request<BaseRecord[]>(`/v1/${resource}`)
      const wanted = new Set(ids.map(String))
      const keyOf = (r: BaseRecord) => String(isConfigResource(resource) || resource === "workflows" ? r.key : r.id)
      return { data: all.filter((r) => wanted.has(keyOf(r)) || wanted.has(String(r.id))) as never[] }
    },

    getOne: async ({ resource, id, meta }) => {
      const version = meta?.version as number | undefined
      const data = await client.request<BaseRecord>(`/v1/${resource}/${enc(String(id))}`, version === undefined ? {} : { query: { version } })
      return { data: data as never }
    },

    create: async ({ resource, variables, meta }) => {
      const body = variables as Record<string, unknown>
      if (resource === "tickets") {
        const data = await client.request<BaseRecord>("/v1/tickets", { method: "POST", body, headers: { "Idempotency-Key": (meta?.idempotencyKey as string | undefined) ?? idempotencyKey() } })
        return { data: data as never }
      }
      if (resource === "messages") {
        const id = ticketIdOf(resource, meta, undefined)
        const posted = await client.request<{ message: BaseRecord; ticket: BaseRecord }>(`/v1/tickets/${id}/messages`, {
          method: "POST",
          body,
          headers: { "Idempotency-Key": (meta?.idempotencyKey as string | undefined) ?? idempotencyKey() },
        })
        return { data: posted as never }
      }
      if (resource === "transitions") {
        const id = ticketIdOf(resource, meta, undefined)
        const version = meta?.version as number | undefined
        const data = await client.request<BaseRecord>(`/v1/tickets/${id}/transitions`, { method: "POST", body, headers: version === undefined ? {} : { "If-Match": `"${version}"` } })
        return { data: data as never }
      }
      if (resource === "attachments") {
        const file = body.file as File | Blob | undefined
        if (file === undefined) throw new Error("An attachment needs variables.file")
        const name = (body.filename as string | undefined) ?? ("name" in file ? file.name : "file")
        return { data: (await client.upload<BaseRecord>("/v1/attachments", file, name)) as never }
      }
      if (resource === "workflows") {
        const key = enc(String(body.key))
        return { data: (await client.request<BaseRecord>(`/v1/workflows/${key}/versions`, { method: "POST", body })) as never }
      }
      return { data: (await client.request<BaseRecord>(`/v1/${resource}`, { method: "POST", body })) as never }
    },

    update: async ({ resource, id, variables, meta }) => {
      const path = `/v1/${resource}/${enc(String(id))}`
      if (resource === "workflows") {
        return { data: (await client.request<BaseRecord>(`${path}/versions`, { method: "POST", body: { ...(variables as object), key: String(id) } })) as never }
      }
      const version = meta?.version as number | undefined
      const headers: Record<string, string> = version === undefined ? {} : { "If-Match": `"${version}"` }
      return { data: (await client.request<BaseRecord>(path, { method: "PATCH", body: variables, headers })) as never }
    },

    deleteOne: async ({ resource, id }) => {
      const path = `/v1/${resource}/${enc(String(id))}`
      // Users are deactivated, never deleted: their tickets and messages keep their author.
      if (resource === "users") return { data: (await client.request<BaseRecord>(path, { method: "PATCH", body: { active: false } })) as never }
      await client.request<void>(path, { method: "DELETE" })
      return { data: { id } as never }
    },

    custom: async ({ url, method, filters, sorters, payload, query, headers }) => {
      const path = apiPath(url)
      const search = path === "/v1/tickets/counts" ? countsQuery(filters) : path === "/v1/tickets" ? ticketQuery({ filters, sorters }) : new URLSearchParams()
      for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
        if (value !== undefined && value !== null) search.set(name, String(value))
      }
      const data = await client.request<BaseRecord>(path, {
        method,
        query: search,
        ...(payload === undefined ? {} : { body: payload }),
        ...(headers === undefined ? {} : { headers: headers as Record<string, string> }),
      })
      return { data: data as never }
    },
  }
}
