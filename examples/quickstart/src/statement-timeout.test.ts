import { randomUUID } from "node:crypto"
import { createEngine, createMemoryAttachmentStore } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { createTicketflowApi, setPassword } from "@ticketflow/hono"
import { createKyselyAuthStore, createKyselyStore, migrate } from "@ticketflow/kysely"
import { openPostgres, type PostgresHandle } from "@ticketflow/kysely/postgres"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const budgetMs = 300

/**
 * A request whose statement runs past the store's budget answers 503 with `Retry-After`, and
 * the statement is cancelled on the server — through the engine's store and through the auth
 * store that authenticates every request. A lock held by another connection makes the
 * statement wait past its budget (Postgres counts lock waits in `statement_timeout`).
 */
describe("a statement past its budget, over HTTP on Postgres", () => {
  const schema = `timeout_${randomUUID().replaceAll("-", "")}`
  const admin = new pg.Client({ connectionString: url })
  let handle: PostgresHandle
  let api: ReturnType<typeof createTicketflowApi>
  let token = ""

  beforeAll(async () => {
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
    handle = await openPostgres({ connectionString: url, schema, max: 4, statementTimeoutMs: budgetMs, applicationName: schema })
    await migrate(handle.db, { schema })
    const engine = createEngine({ store: createKyselyStore(handle.db) })
    const auth = createKyselyAuthStore(handle.db)
    const demo = await installDemo(engine)
    await setPassword(auth, demo.tenantId, demo.bob.userId, "correct horse battery")
    api = createTicketflowApi({ engine, tenantId: demo.tenantId, auth: { store: auth }, attachments: createMemoryAttachmentStore() })
    const login = await api.request("/v1/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "bob@acme.test", password: "correct horse battery" }),
    })
    expect(login.status).toBe(200)
    token = ((await login.json()) as { token: string }).token
  })

  afterAll(async () => {
    await handle?.close()
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.end()
  })

  /** Runs `request` while another connection holds `table` locked; resolves to the response and what was still waiting after it. */
  async function whileLocked(table: string, request: () => Response | Promise<Response>) {
    const locker = new pg.Client({ connectionString: url })
    await locker.connect()
    try {
      await locker.query("BEGIN")
      await locker.query(`LOCK TABLE ${schema}.${table} IN ACCESS EXCLUSIVE MODE`)
      const response = await request()
      const waiting = await admin.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND wait_event_type = 'Lock'",
        [schema],
      )
      return { response, stillWaiting: (waiting.rows[0] as { n: number }).n }
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined)
      await locker.end()
    }
  }

  const asCustomer = (path: string) => api.request(path, { headers: { Authorization: `Bearer ${token}` } })

  // The engine's statement waits on the tickets table; the session lookup that authenticates the request on sessions.
  it.each([
    ["the engine's statement", "tickets"],
    ["the session lookup authenticating the request", "sessions"],
  ])("answers 503 with Retry-After, not 500, when %s runs past it, and cancels the statement", async (_what, table) => {
    const { response, stillWaiting } = await whileLocked(table, () => asCustomer("/v1/tickets"))
    expect(response.status).toBe(503)
    expect(response.headers.get("Retry-After")).toMatch(/^\d+$/)
    expect(response.headers.get("Content-Type")).toContain("application/problem+json")
    expect(stillWaiting).toBe(0)
    expect((await asCustomer("/v1/tickets")).status).toBe(200)
  })
})
