import { decodeCursor, encodeCursor, parseSearch } from "@ticketflow/core/store"
import type { StatusCategory, Ticket, TicketCounts, TicketPage } from "@ticketflow/core"
import type { SortKey, StoreTicketQuery, TicketFilter, TicketSort, TicketVisibility } from "@ticketflow/core/store"
import { sql, type Kysely, type RawBuilder } from "kysely"
import { ticketRow } from "./rows.ts"
import type { Database } from "./schema.ts"

type Sql = RawBuilder<unknown>
type CountQuery = Omit<StoreTicketQuery, "sort" | "limit" | "cursor">

/** The sort value `sortKeyOf` gives a null: last in both directions. */
const nullLast = Number.MAX_SAFE_INTEGER
/** Beyond this a number is no instant JavaScript can hold. */
const maxInstant = 8.64e15

// The sort expressions, verbatim as in the indexes of migration 0001 (the planner matches text).
function sortExpression(sort: TicketSort): string {
  const asc = sort.direction === "asc"
  switch (sort.field) {
    case "createdAt":
      return "t.created_at"
    case "updatedAt":
      return "t.updated_at"
    case "number":
      return "t.number"
    case "dueAt":
      return asc ? "coalesce(t.due_at, 'infinity'::timestamptz)" : "coalesce(t.due_at, '-infinity'::timestamptz)"
    case "priority":
      return asc ? `coalesce(t.priority_rank::bigint, ${nullLast})` : `coalesce(t.priority_rank::bigint, -${nullLast})`
  }
}

/** A cursor's sort value as a SQL literal of the expression's type. */
function cursorValue(sort: TicketSort, value: number): Sql {
  switch (sort.field) {
    case "number":
    case "priority": {
      const whole = Math.max(-nullLast, Math.min(nullLast, Math.round(value)))
      return sql`${String(whole)}::bigint`
    }
    default: {
      if (value >= maxInstant) return sql`'infinity'::timestamptz`
      if (value <= -maxInstant) return sql`'-infinity'::timestamptz`
      return sql`${new Date(value).toISOString()}::timestamptz`
    }
  }
}

/** The sort key of a row as `sortKeyOf` computes it for the ticket, from the row's columns. */
function rowSortKey(row: Readonly<Record<string, unknown>>, sort: TicketSort): SortKey {
  const missing = sort.direction === "asc" ? nullLast : -nullLast
  const time = (value: unknown) => (value === null ? missing : new Date(value as string | Date).getTime())
  const id = String(row.id)
  switch (sort.field) {
    case "createdAt":
      return [time(row.created_at), id]
    case "updatedAt":
      return [time(row.updated_at), id]
    case "number":
      return [Number(row.number), id]
    case "dueAt":
      return [time(row.due_at), id]
    case "priority":
      return [row.priority_rank === null ? missing : Number(row.priority_rank), id]
  }
}

const any = (column: string, values: ReadonlyArray<string>): Sql => sql`${sql.raw(column)} = ANY(${[...values]}::text[])`

/** `column` is one of `values`, where `nullMatch` in the list also matches a null column. */
function oneOf(column: string, values: ReadonlyArray<string | null>, nullMatch: string | null): Sql {
  const present = values.filter((v): v is string => v !== null && v !== nullMatch)
  const matchesNull = values.includes(nullMatch)
  if (!matchesNull) return any(column, present)
  if (present.length === 0) return sql`${sql.raw(column)} IS NULL`
  return sql`(${any(column, present)} OR ${sql.raw(column)} IS NULL)`
}

/** `isVisible` as SQL. */
function visibilityCondition(visibility: TicketVisibility): Sql | null {
  switch (visibility.kind) {
    case "all":
      return null
    case "departments":
      return sql`(t.department_key IS NULL OR ${any("t.department_key", visibility.departmentKeys)} OR t.assignee_id = ${visibility.userId})`
    case "customer": {
      if (visibility.organisationId === null) return sql`t.requester_id = ${visibility.userId}`
      const shown =
        visibility.hiddenTypeKeys.length === 0
          ? sql`TRUE`
          : sql`(t.type_key IS NULL OR NOT ${any("t.type_key", visibility.hiddenTypeKeys)})`
      return sql`(t.requester_id = ${visibility.userId} OR (t.organisation_id = ${visibility.organisationId} AND ${shown}))`
    }
  }
}

/** `matchesFilter` as SQL: `""` in type, priority and organisation lists matches a null, as there. */
function filterConditions(filter: TicketFilter): Sql[] {
  const out: Sql[] = []
  if (filter.status !== undefined) out.push(any("t.status", filter.status))
  if (filter.category !== undefined) out.push(any("t.status_category", filter.category))
  if (filter.type !== undefined) out.push(oneOf("t.type_key", filter.type, ""))
  if (filter.priority !== undefined) out.push(oneOf("t.priority_key", filter.priority, ""))
  if (filter.department !== undefined) out.push(oneOf("t.department_key", filter.department, null))
  if (filter.assignee !== undefined) out.push(oneOf("t.assignee_id", filter.assignee, null))
  if (filter.requester !== undefined) out.push(any("t.requester_id", filter.requester))
  if (filter.organisation !== undefined) out.push(oneOf("t.organisation_id", filter.organisation, ""))
  if (filter.createdFrom !== undefined) out.push(sql`t.created_at >= ${filter.createdFrom}::timestamptz`)
  if (filter.createdTo !== undefined) out.push(sql`t.created_at < ${filter.createdTo}::timestamptz`)
  if (filter.workflow !== undefined) {
    out.push(sql`t.workflow_key = ${filter.workflow.key}`)
    if (filter.workflow.version !== undefined) out.push(sql`t.workflow_version = ${filter.workflow.version}`)
  }
  return out
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * The tickets one search word matches: in the subject, the description or a message body
 * (internal notes only when `internal`). Words of three characters and more match anywhere
 * (ILIKE, served by the trigram indexes), exactly as the memory store's substring search;
 * shorter words match the start of a word (full-text prefix search on the `simple` tsvector).
 */
function wordTickets(tenantId: string, word: string, internal: boolean): Sql {
  const notes = internal ? sql`` : sql` AND m.visibility = 'public'`
  const short = [...word].length < 3 && /^[\p{L}\p{N}]+$/u.test(word)
  if (short) {
    const query = sql`to_tsquery('simple'::regconfig, ${`${word}:*`})`
    return sql`SELECT s.id FROM tickets s WHERE s.tenant_id = ${tenantId} AND s.search_tsv @@ ${query}
      UNION ALL
      SELECT m.ticket_id FROM messages m WHERE m.tenant_id = ${tenantId} AND m.search_tsv @@ ${query}${notes}`
  }
  const pattern = `%${escapeLike(word)}%`
  return sql`SELECT s.id FROM tickets s WHERE s.tenant_id = ${tenantId} AND (s.subject || ' ' || s.description) ILIKE ${pattern}
    UNION ALL
    SELECT m.ticket_id FROM messages m WHERE m.tenant_id = ${tenantId} AND m.body ILIKE ${pattern}${notes}`
}

/** `q` as SQL: every word matches, or a lone number is the ticket's number. */
function searchCondition(query: CountQuery): Sql | null {
  const q = query.filter.q
  if (q === undefined || q.trim() === "") return null
  const search = parseSearch(q)
  const words = search.words.map((word) => wordTickets(query.tenantId, word, query.searchInternal))
  if (search.number === null) return sql`(${sql.join(words.map((tickets) => sql`t.id IN (${tickets})`), sql` AND `)})`
  // A lone number is the only word: the ticket of that number joins the word's matches in one
  // set, which the planner probes by index (an OR beside it would scan the whole list index).
  return sql`t.id IN (
    SELECT n.id FROM tickets n WHERE n.tenant_id = ${query.tenantId} AND n.number = ${search.number}
    UNION ALL
    ${sql.join(words, sql` UNION ALL `)})`
}

/** Every condition of a list or count query, tenant first. */
function whereClause(query: CountQuery): Sql {
  const conditions: Sql[] = [sql`t.tenant_id = ${query.tenantId}`]
  const visible = visibilityCondition(query.visibility)
  if (visible !== null) conditions.push(visible)
  conditions.push(...filterConditions(query.filter))
  const search = searchCondition(query)
  if (search !== null) conditions.push(search)
  return sql.join(conditions, sql` AND `)
}

/** The SQL of one page of a list, with one row more than the page to tell whether another follows. */
export function listTicketsSql(query: StoreTicketQuery): RawBuilder<Record<string, unknown>> {
  const expression = sortExpression(query.sort)
  const descending = query.sort.direction === "desc"
  const after = query.cursor === null ? null : decodeCursor(query.cursor, query.sort)
  const conditions: Sql[] = [whereClause(query)]
  if (after !== null) {
    const value = cursorValue(query.sort, after[0])
    const op = sql.raw(descending ? "<" : ">")
    // Numbers are unique per tenant: the number alone orders the list, and its index serves it.
    conditions.push(
      query.sort.field === "number"
        ? sql`t.number ${op} ${value}`
        : sql`(${sql.raw(expression)}, t.id) ${op} (${value}, ${after[1]})`,
    )
  }
  const direction = descending ? "DESC" : "ASC"
  const order = query.sort.field === "number" ? `t.number ${direction}` : `${expression} ${direction}, t.id ${direction}`
  return sql<Record<string, unknown>>`
    SELECT ${sql.raw(ticketRow.select("t"))}, t.priority_rank
    FROM tickets t
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${sql.raw(order)}
    LIMIT ${query.limit + 1}`
}

/** One page of tickets in one statement; the cursor is the shared one of `@ticketflow/core`. */
export async function listTickets(db: Kysely<Database>, query: StoreTicketQuery): Promise<TicketPage> {
  const { rows } = await listTicketsSql(query).execute(db)
  const page = rows.slice(0, query.limit)
  const last = page[page.length - 1]
  return {
    items: page.map((row) => ticketRow.fromRow(row) as Ticket),
    nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor(query.sort, rowSortKey(last, query.sort)) : null,
  }
}

/** The SQL of the counts by status and category. */
export function countTicketsSql(query: CountQuery): RawBuilder<{ status: string; status_category: StatusCategory; count: number }> {
  return sql`
    SELECT t.status, t.status_category, count(*)::int AS count
    FROM tickets t
    WHERE ${whereClause(query)}
    GROUP BY t.status, t.status_category`
}

/** Tickets per status and category in one statement. */
export async function countTickets(db: Kysely<Database>, query: CountQuery): Promise<TicketCounts> {
  const { rows } = await countTicketsSql(query).execute(db)
  const byStatus: Record<string, number> = {}
  const byCategory: Record<StatusCategory, number> = { new: 0, open: 0, pending: 0, closed: 0 }
  let total = 0
  for (const row of rows) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.count
    byCategory[row.status_category] += row.count
    total += row.count
  }
  return { total, byStatus, byCategory }
}
