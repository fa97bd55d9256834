/**
 * The baseline of `npm run bench:api`: a bare Hono route doing one `SELECT` by primary key, on a
 * `pg` pool of the quickstart's size (Postgres) or on the quickstart's PGlite directory. No auth,
 * no validation, no engine: what one indexed read over HTTP costs on this machine.
 *
 * Environment: `PORT`, `HOST`; `DATABASE_URL` and `TICKETFLOW_BENCH_POOL_SIZE` for Postgres, or
 * `TICKETFLOW_BENCH_PGLITE_DIR` for PGlite.
 */
import { serve } from "@hono/node-server"
import { createPool } from "@ticketflow/kysely/postgres"
import { openPglite } from "@ticketflow/kysely/pglite"
import { Hono } from "hono"

type Row = Record<string, unknown>

/** One parameterised query, whichever database answers it. */
interface Query {
  rows(text: string, values: unknown[]): Promise<Row[]>
  close(): Promise<void>
}

async function openQuery(): Promise<Query> {
  const pgliteDir = process.env.TICKETFLOW_BENCH_PGLITE_DIR
  if (pgliteDir !== undefined) {
    const handle = await openPglite({ dataDir: pgliteDir })
    return {
      rows: async (text, values) => (await handle.pglite.query<Row>(text, values)).rows,
      close: () => handle.close(),
    }
  }
  const connectionString = process.env.DATABASE_URL
  if (connectionString === undefined) throw new Error("the bare server needs DATABASE_URL or TICKETFLOW_BENCH_PGLITE_DIR")
  const pool = createPool({ connectionString, max: Number(process.env.TICKETFLOW_BENCH_POOL_SIZE ?? 16) })
  return {
    rows: async (text, values) => (await pool.query<Row>(text, values)).rows,
    close: () => pool.end(),
  }
}

const query = await openQuery()
const app = new Hono()
app.get("/bare/health", async (c) => c.json((await query.rows("SELECT 1 AS ok", []))[0] ?? {}))
app.get("/bare/:id", async (c) => {
  const row = (await query.rows("SELECT * FROM tickets WHERE id = $1", [c.req.param("id")]))[0]
  return row === undefined ? c.json({ error: "not found" }, 404) : c.json(row)
})

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: process.env.HOST ?? "127.0.0.1" })
process.once("SIGTERM", () => {
  server.close(() => {
    void query.close().then(() => process.exit(0))
  })
  if ("closeAllConnections" in server) server.closeAllConnections()
})
