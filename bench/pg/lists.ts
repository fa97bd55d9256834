import type { StoreTicketQuery, TicketFilter, TicketSort, TicketVisibility } from "@ticketflow/core/store"
import { createKyselyStore } from "@ticketflow/kysely"
import { sql, type RawBuilder } from "kysely"
// The SQL of a list and a count, to EXPLAIN: internal to the adapter, read from its source (bench is not published).
import { countTicketsSql, listTicketsSql } from "../../adapters/kysely/src/ticket-query.ts"
import { ensureDataset, md5Uuid, type Dataset } from "./dataset.ts"
import { emit, round, save, say } from "./output.ts"
import { databaseUrl, ensureDatabase, redacted } from "./server.ts"
import { percentiles } from "./stats.ts"

type CountQuery = Omit<StoreTicketQuery, "sort" | "limit" | "cursor">

/** One timed list or count. */
interface Case {
  readonly name: string
  readonly kind: "list" | "count"
  /** Text searches and counts have the looser target. */
  readonly search: boolean
  readonly query: StoreTicketQuery
  /** Timed on the second page, after the cursor the first page answers. */
  readonly secondPage?: boolean
}

/** The p99 each kind must stay under, ms. */
const targetMs = { filter: 25, searchOrCount: 100 } as const

/** The instants DESIGN's presets stand for, in the tenant's time zone, at the data set's anchor. */
async function presets(dataset: Dataset): Promise<Record<"today" | "this_week" | "this_month", { from: string; to: string }>> {
  const { rows } = await sql<{ unit: string; from: Date; to: Date }>`
    SELECT u.unit, date_trunc(u.unit, ${dataset.anchor.toISOString()}::timestamptz AT TIME ZONE ${dataset.timeZone}) AT TIME ZONE ${dataset.timeZone} AS "from",
      (date_trunc(u.unit, ${dataset.anchor.toISOString()}::timestamptz AT TIME ZONE ${dataset.timeZone}) + ('1 ' || u.unit)::interval) AT TIME ZONE ${dataset.timeZone} AS "to"
    FROM unnest(ARRAY['day', 'week', 'month']) AS u(unit)`.execute(dataset.handle.db)
  const range = (unit: string) => {
    const row = rows.find((r) => r.unit === unit)
    if (row === undefined) throw new Error(`No ${unit} range`)
    return { from: new Date(row.from).toISOString(), to: new Date(row.to).toISOString() }
  }
  return { today: range("day"), this_week: range("week"), this_month: range("month") }
}

/** Every filter, visibility and sort of DESIGN's `GET /v1/tickets` worth timing on its own. */
async function cases(dataset: Dataset): Promise<Case[]> {
  const admin: TicketVisibility = { kind: "all" }
  const agent: TicketVisibility = { kind: "departments", departmentKeys: dataset.agent.departmentKeys, userId: dataset.agent.userId }
  const customer: TicketVisibility = { kind: "customer", userId: dataset.customer.userId, organisationId: null, hiddenTypeKeys: ["incentive"] }
  const supportAdmin: TicketVisibility = {
    kind: "customer",
    userId: dataset.supportAdmin.userId,
    organisationId: dataset.supportAdmin.organisationId,
    hiddenTypeKeys: ["incentive"],
  }
  const newest: TicketSort = { field: "createdAt", direction: "desc" }
  const range = await presets(dataset)
  const yearAgo = dataset.anchor.getTime() - 365 * 86_400_000
  const custom = { createdFrom: new Date(yearAgo).toISOString(), createdTo: new Date(yearAgo + 30 * 86_400_000).toISOString() }
  const middle = Math.ceil(dataset.tickets / 2)
  // A rare error code: one that the generator gave some ticket near the middle of the data set.
  const { rows } = await sql<{ code: string }>`
    SELECT substring(description FROM 'ERR-[0-9]{5}') AS code FROM tickets WHERE tenant_id = ${dataset.tenantId} AND number = ${middle}`.execute(dataset.handle.db)
  const rareCode = rows[0]?.code ?? "ERR-04217"

  const out: Case[] = []
  const list = (name: string, visibility: TicketVisibility, filter: TicketFilter, sort: TicketSort = newest, secondPage = false) => {
    out.push({
      name,
      kind: "list",
      search: filter.q !== undefined,
      query: { tenantId: dataset.tenantId, visibility, filter, searchInternal: visibility.kind !== "customer", sort, limit: 25, cursor: null },
      secondPage,
    })
  }
  const count = (name: string, visibility: TicketVisibility, filter: TicketFilter) => {
    out.push({
      name,
      kind: "count",
      search: true,
      query: { tenantId: dataset.tenantId, visibility, filter, searchInternal: visibility.kind !== "customer", sort: newest, limit: 25, cursor: null },
    })
  }

  list("admin · no filter", admin, {})
  list("admin · status in_queue", admin, { status: ["in_queue"] })
  list("admin · status awaiting_acceptance + needs_clarification", admin, { status: ["awaiting_acceptance", "needs_clarification"] })
  list("admin · category new+open (tab Open)", admin, { category: ["new", "open"] })
  list("admin · category pending", admin, { category: ["pending"] })
  list("admin · category closed", admin, { category: ["closed"] })
  list("admin · type bug", admin, { type: ["bug"] })
  list("admin · type none", admin, { type: [""] })
  list("admin · priority urgent", admin, { priority: ["urgent"] })
  list("admin · department billing", admin, { department: ["billing"] })
  list("admin · department none", admin, { department: [null] })
  list("admin · assignee agent", admin, { assignee: [dataset.agent.userId] })
  list("admin · assignee none", admin, { assignee: [null] })
  list("admin · requester", admin, { requester: [dataset.customer.userId] })
  list("admin · organization", admin, { organisation: [dataset.supportAdmin.organisationId] })
  list("admin · created today", admin, { createdFrom: range.today.from, createdTo: range.today.to })
  list("admin · created this week", admin, { createdFrom: range.this_week.from, createdTo: range.this_week.to })
  list("admin · created this month", admin, { createdFrom: range.this_month.from, createdTo: range.this_month.to })
  list("admin · created custom 30-day range a year ago", admin, custom)
  list("admin · category open + department billing + priority high", admin, { category: ["open"], department: ["billing"], priority: ["high"] })
  for (const field of ["createdAt", "updatedAt", "number", "priority", "dueAt"] as const) {
    for (const direction of ["desc", "asc"] as const) {
      if (field === "createdAt" && direction === "desc") continue
      list(`admin · sort ${direction === "desc" ? "-" : ""}${field}`, admin, {}, { field, direction })
    }
  }
  list("admin · category open, sort -priority", admin, { category: ["open"] }, { field: "priority", direction: "desc" })
  list("admin · category open, sort dueAt", admin, { category: ["open"] }, { field: "dueAt", direction: "asc" })
  list("admin · page 2 (cursor)", admin, {}, newest, true)
  list("admin · category open, sort -priority, page 2 (cursor)", admin, { category: ["open"] }, { field: "priority", direction: "desc" }, true)
  list("admin · q common word (printer)", admin, { q: "printer" })
  list(`admin · q rare word (${rareCode})`, admin, { q: rareCode })
  list("admin · q two words (printer slow)", admin, { q: "printer slow" })
  list("admin · q short word (os)", admin, { q: "os" })
  list(`admin · q number (#${middle})`, admin, { q: `#${middle}` })
  list("admin · q common word + category open", admin, { q: "printer", category: ["open"] })

  list("agent · no filter", agent, {})
  list("agent · assignee me", agent, { assignee: [dataset.agent.userId] })
  list("agent · assignee none + category open (queue)", agent, { assignee: [null], category: ["open", "new"] })
  list("agent · category open, sort -priority", agent, { category: ["open"] }, { field: "priority", direction: "desc" })
  list("agent · department billing", agent, { department: ["billing"] })
  list("agent · created this week", agent, { createdFrom: range.this_week.from, createdTo: range.this_week.to })
  list("agent · q common word (printer)", agent, { q: "printer" })
  list(`agent · q rare word (${rareCode})`, agent, { q: rareCode })

  list("customer · no filter", customer, {})
  list("customer · category open", customer, { category: ["open", "new"] })
  list("customer · sort -updatedAt", customer, {}, { field: "updatedAt", direction: "desc" })
  list("customer · q common word (printer)", customer, { q: "printer" })
  list(`customer · q number (#${middle})`, customer, { q: `#${middle}` })

  list("org support admin · no filter", supportAdmin, {})
  list("org support admin · category closed", supportAdmin, { category: ["closed"] })
  list("org support admin · requester", supportAdmin, { requester: [dataset.customer.userId] })
  list("org support admin · sort -priority", supportAdmin, {}, { field: "priority", direction: "desc" })
  list("org support admin · q common word (printer)", supportAdmin, { q: "printer" })

  count("count · admin", admin, {})
  count("count · admin · department billing", admin, { department: ["billing"] })
  count("count · admin · created this month", admin, { createdFrom: range.this_month.from, createdTo: range.this_month.to })
  count("count · admin · q common word (printer)", admin, { q: "printer" })
  count(`count · admin · q rare word (${rareCode})`, admin, { q: rareCode })
  count("count · agent", agent, {})
  count("count · agent · assignee me", agent, { assignee: [dataset.agent.userId] })
  count("count · customer", customer, {})
  count("count · org support admin", supportAdmin, {})
  return out
}

/** Runs a case once; answers the rows it listed (or the total it counted). */
async function runCase(store: ReturnType<typeof createKyselyStore>, c: Case): Promise<number> {
  if (c.kind === "count") {
    const { sort: _sort, limit: _limit, cursor: _cursor, ...query } = c.query
    return (await store.countTickets(query)).total
  }
  return (await store.listTickets(c.query)).items.length
}

/** The statement a case sends, for EXPLAIN. */
function statementOf(c: Case): RawBuilder<unknown> {
  if (c.kind === "count") {
    const { sort: _sort, limit: _limit, cursor: _cursor, ...query } = c.query
    return countTicketsSql(query as CountQuery)
  }
  return listTicketsSql(c.query)
}

/** Latency samples of `call`: a warm-up, then up to `max` calls or `budgetMs`, at least `min`. */
async function sample(call: () => Promise<unknown>, options: { max: number; min: number; budgetMs: number }): Promise<number[]> {
  const warm = performance.now()
  for (let i = 0; i < 3; i++) await call()
  // Statements of seconds get ten runs, not twenty: their p99 is their slowest run either way.
  const min = performance.now() - warm > 3000 ? Math.min(options.min, 10) : options.min
  const samples: number[] = []
  const deadline = performance.now() + options.budgetMs
  while (samples.length < options.max && (samples.length < min || performance.now() < deadline)) {
    const began = performance.now()
    await call()
    samples.push(performance.now() - began)
  }
  return samples
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/ -(?=[a-z])/g, " desc ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

/**
 * List, filter, search and count latency of the store on a generated data set, each against a
 * primary-key SELECT timed in the same run; the EXPLAIN (ANALYZE, BUFFERS) of every case is saved.
 */
export async function benchLists(options: { readonly tickets: number }): Promise<void> {
  await ensureDatabase("ticketflow_bench_lists")
  const url = databaseUrl("ticketflow_bench_lists")
  const dataset = await ensureDataset(url, options.tickets)
  try {
    say(
      `pg lists: ${dataset.tickets} tickets, ${dataset.messages} messages, 50 organisations in ${redacted(url)} (schema ${dataset.schema}, ` +
        `${dataset.reused ? `reused; generated in ${dataset.generatedSeconds.toFixed(0)} s` : `generated in ${dataset.generatedSeconds.toFixed(0)} s`}); ` +
        `presets at ${dataset.anchor.toISOString()} in ${dataset.timeZone}`,
    )
    const db = dataset.handle.db
    const store = createKyselyStore(db)
    const all = await cases(dataset)

    // The baseline: one ticket by primary key, a different one each time.
    let next = 0
    const ids = Array.from({ length: 997 }, (_, i) => md5Uuid(`ticket${1 + ((i * 7919) % dataset.tickets)}`))
    const pk = await sample(
      () => sql`SELECT * FROM tickets WHERE tenant_id = ${dataset.tenantId} AND id = ${ids[next++ % ids.length] ?? ""}`.execute(db),
      { max: 2000, min: 2000, budgetMs: 0 },
    )
    const baseline = percentiles(pk)
    say(`pg lists baseline · primary-key SELECT: p50 ${baseline.p50.toFixed(2)} ms, p99 ${baseline.p99.toFixed(2)} ms`)

    const missed: string[] = []
    let index = 0
    for (const raw of all) {
      index++
      const c: Case = raw.secondPage === true ? { ...raw, query: { ...raw.query, cursor: (await store.listTickets(raw.query)).nextCursor } } : raw
      let rows = 0
      const samples = await sample(
        async () => {
          rows = await runCase(store, c)
        },
        { max: 200, min: 20, budgetMs: 3000 },
      )
      const { p50, p99 } = percentiles(samples)
      const target = c.search ? targetMs.searchOrCount : targetMs.filter
      const met = p99 < target
      if (!met) missed.push(`${c.name} (p99 ${p99.toFixed(1)} ms ≥ ${target} ms)`)
      say(
        `pg ${c.kind} ${c.name}: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, ${c.kind === "count" ? `total ${rows}` : `${rows} rows`}, ` +
          `${samples.length} runs; baseline p99 ${baseline.p99.toFixed(2)} ms; target p99 < ${target} ms: ${met ? "met" : "MISSED"}`,
      )
      const statement = statementOf(c)
      const compiled = statement.compile(db)
      const { rows: plan } = await sql<{ "QUERY PLAN": string }>`EXPLAIN (ANALYZE, BUFFERS) ${statement}`.execute(db)
      save(
        `plans/${String(index).padStart(2, "0")}-${slug(c.name)}.txt`,
        `-- ${c.name}\n-- parameters: ${JSON.stringify(compiled.parameters)}\n${compiled.sql.trim()}\n\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}\n`,
      )
      emit({
        bench: "pg",
        name: `${c.kind} ${c.name}`,
        ours: round(p99),
        baseline: round(baseline.p99),
        unit: "ms p99",
        p50: round(p50),
        p99: round(p99),
        runs: samples.length,
        rows,
        target,
        met,
      })
    }
    say(`pg lists: EXPLAIN (ANALYZE, BUFFERS) plans saved in ${save("plans/README.txt", "One file per case: the statement, its parameters and its plan.\n").replace(/README\.txt$/, "")}`)
    say(missed.length === 0 ? "pg lists: every target met" : `pg lists: targets MISSED: ${missed.join("; ")}`)
  } finally {
    await dataset.handle.close()
  }
}
