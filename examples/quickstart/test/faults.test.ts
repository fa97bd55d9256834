import { openPglite } from "@ticketflow/kysely/pglite"
import { openPostgres } from "@ticketflow/kysely/postgres"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startServer, type RunningServer } from "../src/test-server.ts"
import { closedByTimer, publishQuickAutoClose, ticketAwaitingAcceptance } from "./auto-close.ts"
import { openEventStream, type EventStream } from "./event-stream.ts"
import { checkIntegrity } from "./integrity.ts"
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from "./postgres-cluster.ts"
import { login, startWriteLoad, type LoadReport, type WriteLoad } from "./write-load.ts"

// The fault suite of issue #15: a Postgres cluster of its own (stopped `fast` and `immediate`,
// then started again), the API process killed with SIGKILL and restarted, on Postgres and on
// PGlite, all under a mixed write load through the HTTP API.

const bin = findPostgresBin()
const missing = bin === null ? "no initdb and pg_ctl under /usr/lib/postgresql/*/bin" : null

// Recovery times are reported (the issue's figure: full service within 5 s of the database's or
// the process's return), not asserted: a test proves that service comes back by itself; how
// fast is a measurement, read from the report line, never a timed assertion.

async function signIn(base: string) {
  return { customer: await login(base, "bob@acme.test"), agent: await login(base, "agent@demo.test") }
}

/** Resolves once the server's output matches `pattern` (its log reaches the test through a pipe, after its answers may). */
function outputMatches(server: RunningServer, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!pattern.test(server.output())) return false
      server.process.stdout?.off("data", check)
      resolve()
      return true
    }
    if (!check()) server.process.stdout?.on("data", check)
  })
}

/** Kills the API process with SIGKILL and starts another on the same data; the new server. */
async function killAndRestart(server: RunningServer, env: Record<string, string>): Promise<RunningServer> {
  const exited = new Promise((resolve) => server.process.once("exit", resolve))
  server.process.kill("SIGKILL")
  await exited
  return startServer({ dataDir: server.dataDir, env })
}

function printReport(label: string, report: LoadReport, lost: number, recoveries: ReadonlyArray<[string, number]>): void {
  const seconds = recoveries.map(([what, ms]) => `${what} ${(ms / 1000).toFixed(2)} s`).join(", ")
  console.info(
    `fault suite (${label}): acknowledged writes checked ${report.acknowledged.length}, lost ${lost}, 503s seen ${report.unavailable}, ` +
      `other 5xx ${report.otherFailures.filter((f) => f.status >= 500).length + report.unavailableMalformed}, unanswered while the API was down ${report.unanswered}; ` +
      `seconds to recovery: ${seconds}`,
  )
}

if (missing !== null && process.env.CI === "true") {
  it("finds initdb and pg_ctl (CI runs the fault suite)", () => {
    throw new Error(`the fault suite needs a Postgres server installation: ${missing}`)
  })
}

describe.skipIf(missing !== null)(`faults on Postgres${missing === null ? "" : ` (skipped: ${missing}; with CI=true this fails)`}`, () => {
  let cluster: PostgresCluster
  let server: RunningServer
  let load: WriteLoad
  let env: Record<string, string>
  // Opened before the outages and kept open through them: the feed behind it loses Postgres twice.
  let stream: EventStream
  const recoveries: Array<[string, number]> = []

  beforeAll(async () => {
    cluster = await startPostgresCluster(bin ?? "")
    env = { DATABASE_URL: cluster.url }
    server = await startServer({ env })
    const actors = await signIn(server.base)
    stream = await openEventStream(server.base, actors.agent)
    load = startWriteLoad(server.base, actors)
    await load.acknowledgedAfter(performance.now())
  }, 90_000)
  afterAll(async () => {
    stream?.close()
    await load?.stop()
    await server?.stop()
    await cluster?.destroy()
  })

  for (const mode of ["fast", "immediate"] as const) {
    it(`pg_ctl stop -m ${mode}: only 503s with Retry-After while down, full service again once it returns (the time is reported)`, async () => {
      await load.moreAcknowledged(40)
      const before = load.report()
      await cluster.stop(mode)
      // Down long enough for every kind of request to meet the outage.
      await load.moreUnavailable(100)
      await cluster.start()
      const back = performance.now()
      const served = await load.acknowledgedAfter(back)
      recoveries.push([`after stop -m ${mode}`, served - back])
      expect((await fetch(`${server.base}/health`)).status).toBe(200)
      // The stream opened before the outage delivers again: the feed listens anew by itself.
      const live = await stream.eventAfter(back)
      recoveries.push([`live updates after stop -m ${mode}`, live - back])
      expect(stream.ended).toBe(false)

      const after = load.report()
      expect(after.otherFailures).toEqual([])
      expect(after.unavailableMalformed).toBe(0)
      expect(after.unavailable).toBeGreaterThan(before.unavailable)
      expect(after.unanswered).toBe(0)
    }, 60_000)
  }

  it("runs timers after the outages: graphile-worker resumed by itself", async () => {
    const actors = await signIn(server.base)
    await publishQuickAutoClose(server.base, await login(server.base, "admin@demo.test"))
    const ticketId = await ticketAwaitingAcceptance(server.base, actors)
    // Due in 1 s; graphile-worker polls every second. Generous for two shared cores.
    await closedByTimer(server.base, actors.agent, ticketId, 20_000)
  }, 30_000)

  it("logs the outage once when it starts and once when it ends, not once per request", async () => {
    await outputMatches(server, /the database is back[^]*the database is back/)
    const output = server.output()
    expect(output.match(/the database is unavailable/g)?.length).toBe(2)
    expect(output.match(/the database is back/g)?.length).toBe(2)
    expect(output).not.toContain("request failed")
  })

  it("survives SIGKILL of the API process: the new one serves writes once it answers /health (the time is reported)", async () => {
    await load.moreAcknowledged(40)
    const restarted = performance.now()
    server = await killAndRestart(server, env)
    const healthy = performance.now()
    load.retarget(server.base)
    const served = await load.acknowledgedAfter(healthy)
    recoveries.push(["API restart after SIGKILL: spawn to first write", served - restarted], ["healthy to first write", served - healthy])
  }, 60_000)

  it("keeps every acknowledged write, and no half-written ticket or message", async () => {
    const report = await load.stop()
    const handle = await openPostgres({ connectionString: cluster.url, max: 2 })
    try {
      const integrity = await checkIntegrity(handle.db, report.acknowledged)
      printReport("Postgres", report, integrity.lost.length, recoveries)
      expect(integrity.checked).toBeGreaterThan(0)
      expect(integrity.lost).toEqual([])
      expect(integrity.ticketsWithoutHistory).toBe(0)
      expect(integrity.orphanMessages).toBe(0)
      expect(report.otherFailures).toEqual([])
      expect(report.unavailableMalformed).toBe(0)
    } finally {
      await handle.close()
    }
  }, 60_000)
})

describe("faults on PGlite", () => {
  let server: RunningServer
  let load: WriteLoad
  const recoveries: Array<[string, number]> = []

  beforeAll(async () => {
    server = await startServer()
    load = startWriteLoad(server.base, await signIn(server.base))
    await load.acknowledgedAfter(performance.now())
  }, 90_000)
  afterAll(async () => {
    await load?.stop()
    await server?.stop()
  })

  it("survives SIGKILL of the API process: the data directory reopens with every acknowledged write", async () => {
    for (let round = 1; round <= 2; round += 1) {
      await load.moreAcknowledged(40)
      const restarted = performance.now()
      server = await killAndRestart(server, {})
      const healthy = performance.now()
      load.retarget(server.base)
      const served = await load.acknowledgedAfter(healthy)
      recoveries.push([`API restart ${round} after SIGKILL: spawn to first write`, served - restarted], ["healthy to first write", served - healthy])
    }
    await load.moreAcknowledged(40)
    const report = await load.stop()
    expect(await server.stop()).toBe(0)
    const handle = await openPglite({ dataDir: join(server.dataDir, "pglite") })
    try {
      const integrity = await checkIntegrity(handle.db, report.acknowledged)
      printReport("PGlite", report, integrity.lost.length, recoveries)
      expect(integrity.checked).toBeGreaterThan(0)
      expect(integrity.lost).toEqual([])
      expect(integrity.ticketsWithoutHistory).toBe(0)
      expect(integrity.orphanMessages).toBe(0)
      expect(report.otherFailures).toEqual([])
      expect(report.unavailable + report.unavailableMalformed).toBe(0)
    } finally {
      await handle.close()
    }
  }, 90_000)
})
