import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { sql } from "kysely"
import { afterAll, describe, expect, it } from "vitest"
import { migrate } from "../migrate.ts"
import { openPgliteWorker, StatementTimeout } from "../pglite.ts"

// A statement that keeps PGlite's single thread busy for tens of seconds (a cross join matched by ILIKE).
const cpuBound = sql`SELECT count(*) FROM generate_series(1, 20000) a, generate_series(1, 20000) b WHERE (a::text || b::text) ILIKE '%zzz%'`

describe("PGlite in a worker thread", () => {
  const dirs: string[] = []
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true })
  })

  it("cancels a statement past its budget, keeps the event loop free meanwhile, and reopens the same data", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ticketflow-pglite-worker-"))
    dirs.push(dir)
    const handle = await openPgliteWorker({ dataDir: join(dir, "db"), statementTimeoutMs: 500, analyzeEveryMs: 0 })
    try {
      await migrate(handle.db)
      await sql`INSERT INTO tenants (id, key, name) VALUES ('t1', 'acme', 'Acme')`.execute(handle.db)

      const slow = cpuBound.execute(handle.db).then(
        () => null,
        (error: unknown) => error,
      )
      // The main thread answers timers while the statement runs: a 10 ms interval ticks many times
      // before the statement ends at its 500 ms budget. A blocked event loop would tick once at
      // most, when it is free again (missed interval ticks are not made up).
      let ticks = 0
      const ticking = setInterval(() => (ticks += 1), 10)
      const error = await slow.finally(() => clearInterval(ticking))
      expect(ticks).toBeGreaterThan(5)
      expect(error).toBeInstanceOf(StatementTimeout)
      expect((error as StatementTimeout).code).toBe("57014")
      // Cancelled at its budget, not run to its end (tens of seconds): the worker thread was
      // restarted once to stop it. How long that took is not asserted: speed is for the benchmarks.
      expect(handle.restarts).toBe(1)

      const { rows } = await sql<{ name: string }>`SELECT name FROM tenants WHERE id = 't1'`.execute(handle.db)
      expect(rows).toEqual([{ name: "Acme" }])
    } finally {
      await handle.close()
    }
  }, 60_000)

  it("keeps statistics fresh: migrate analyses, and analyze() picks up tables that changed", async () => {
    const handle = await openPgliteWorker({ analyzeEveryMs: 0 })
    try {
      await migrate(handle.db)
      expect(await handle.analyze()).toEqual([])
      await sql`INSERT INTO tenants (id, key, name) SELECT 't' || g, 'k' || g, 'n' FROM generate_series(1, 200) g`.execute(handle.db)
      expect(await handle.analyze()).toEqual(["public.tenants"])
    } finally {
      await handle.close()
    }
  }, 60_000)
})
