import { encodeCursor, ticketSortFields } from "@ticketflow/core/store"
import type { StoreTicketQuery, TicketFilter, TicketSort, TicketVisibility } from "@ticketflow/core/store"
import { seedTicketWorld, type TicketWorld } from "@ticketflow/core/testing"
import { sql, type Kysely, type RawBuilder } from "kysely"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Database } from "./schema.ts"
import { createKyselyStore } from "./store.ts"
import { countTicketsSql, listTicketsSql } from "./ticket-query.ts"
import {
  pgliteInMemory,
  postgresRequired,
  postgresSchema,
  probePostgres,
  redactedUrl,
  testDatabaseUrl,
  type TestDatabase,
} from "./test-databases.ts"

/** Every filter of `TicketFilter`, alone, on the world's data. */
function filters(w: TicketWorld): ReadonlyArray<readonly [string, TicketFilter]> {
  return [
    ["none", {}],
    ["status", { status: ["in_queue", "new"] }],
    ["category", { category: ["open"] }],
    ["type", { type: ["bug"] }],
    ["type or none", { type: ["bug", ""] }],
    ["priority", { priority: ["urgent"] }],
    ["department", { department: ["billing"] }],
    ["department unrouted", { department: [null] }],
    ["department or unrouted", { department: ["billing", null] }],
    ["assignee", { assignee: [w.users.agentTech.id] }],
    ["assignee none", { assignee: [null] }],
    ["requester", { requester: [w.users.bob.id] }],
    ["organisation", { organisation: [w.organisations.acme.id] }],
    ["created range", { createdFrom: w.tickets.invoice.createdAt, createdTo: w.tickets.bonus.createdAt }],
    ["workflow", { workflow: { key: "default", version: 1 } }],
    ["q long word", { q: "printer" }],
    ["q short word", { q: "of" }],
    ["q number", { q: "#3" }],
    ["q several words", { q: "invoice accounting" }],
  ]
}

/** Every kind of visibility. */
function visibilities(w: TicketWorld): ReadonlyArray<readonly [string, TicketVisibility]> {
  return [
    ["all", { kind: "all" }],
    ["departments", { kind: "departments", departmentKeys: ["billing"], userId: w.users.agentBilling.id }],
    ["customer", { kind: "customer", userId: w.users.bob.id, organisationId: null, hiddenTypeKeys: [] }],
    ["support admin", { kind: "customer", userId: w.users.alice.id, organisationId: w.organisations.acme.id, hiddenTypeKeys: ["incentive"] }],
  ]
}

const sorts: ReadonlyArray<TicketSort> = ticketSortFields.flatMap((field) =>
  (["asc", "desc"] as const).map((direction) => ({ field, direction })),
)

/** The plan of a statement with sequential scans disabled. */
async function planOf(db: Kysely<Database>, statement: RawBuilder<unknown>): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx)
    const { rows } = await sql<{ "QUERY PLAN": string }>`EXPLAIN ${statement}`.execute(trx)
    return rows.map((row) => row["QUERY PLAN"]).join("\n")
  })
}

function plansOn(kind: string, open: () => Promise<TestDatabase>): void {
  describe(kind, () => {
    let database: TestDatabase | null = null
    let world: TicketWorld
    beforeAll(async () => {
      database = await open()
      world = await seedTicketWorld(createKyselyStore(database.db))
      await sql`ANALYZE`.execute(database.db)
      console.info(`list plans on ${database.label}`)
    }, 120_000)
    afterAll(async () => {
      await database?.close()
    })

    it("never scans tickets or messages sequentially, for any filter × sort × visibility, with or without a cursor", async () => {
      if (database === null) throw new Error(`${kind} did not open`)
      const db = database.db
      const base = { tenantId: world.tenant.id, searchInternal: true, limit: 25 }
      const statements: Array<readonly [string, RawBuilder<unknown>]> = []
      const queries: Array<readonly [string, StoreTicketQuery]> = []
      for (const [filterName, filter] of filters(world)) {
        for (const [visibilityName, visibility] of visibilities(world)) {
          for (const sort of sorts) {
            const query: StoreTicketQuery = { ...base, filter, visibility, sort, cursor: null }
            const name = `${filterName} / ${visibilityName} / ${sort.field} ${sort.direction}`
            queries.push([name, query])
            const cursor = encodeCursor(sort, [sort.field === "number" ? 3 : Date.parse(world.tickets.login.createdAt), world.tickets.login.id])
            queries.push([`${name} / after a cursor`, { ...query, cursor }])
          }
          statements.push([`count: ${filterName} / ${visibilityName}`, countTicketsSql({ ...base, filter, visibility })])
        }
      }
      for (const [name, query] of queries) statements.push([name, listTicketsSql(query)])
      const sequential: string[] = []
      for (const [name, statement] of statements) {
        const plan = await planOf(db, statement)
        if (/Seq Scan on (tickets|messages)\b/.test(plan)) sequential.push(`${name}:\n${plan}`)
      }
      expect(statements.length).toBeGreaterThan(1500)
      expect(sequential).toEqual([])
    }, 300_000)
  })
}

plansOn("PGlite in memory", () => pgliteInMemory())

const postgres = await probePostgres()
const skipPostgres = "unreachable" in postgres && !postgresRequired
if (skipPostgres) {
  console.warn(`list plans on Postgres SKIPPED: ${redactedUrl(testDatabaseUrl)} is unreachable (${postgres.unreachable}); set DATABASE_URL, or CI=true to make this a failure`)
}
describe.skipIf(skipPostgres)("Postgres", () => {
  plansOn(`Postgres at ${redactedUrl(testDatabaseUrl)}`, () => postgresSchema())
})
