import { createEngine, type Actor, type Engine } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { createKyselyStore, quoteIdentifier, type Database } from "@ticketflow/kysely"
import { Kysely, PostgresDialect, sql } from "kysely"
import pg from "pg"
import { freshSchema } from "./fresh-schema.ts"
import { emit, round, save, say } from "./output.ts"
import { findPgbench, initPgbench, runPgbench } from "./pgbench.ts"
import { preparingPool } from "./prepared-pool.ts"
import { backendCpu, cpuBetween, pollBackendCpu, processCpuMs } from "./server-cpu.ts"
import { databaseUrl, ensureDatabase, redacted } from "./server.ts"
import { statementRecorder, type StatementTally } from "./statement-log.ts"
import { median, percentiles } from "./stats.ts"

const database = "ticketflow_bench"
const pgbenchDatabase = "ticketflow_pgbench"
const schema = "ticketflow"

/** A set of tickets, one per client, each flipping between in_queue and in_progress. */
export interface Flipper {
  readonly engine: Engine
  readonly agent: Actor
  readonly tickets: ReadonlyArray<string>
  /** Whether each ticket is in progress (the next event is REQUEUE). */
  readonly started: boolean[]
}

/** Creates `count` triaged tickets in a fresh demo tenant of `engine`. */
export async function prepareFlipper(engine: Engine, count: number, tenantKey = "bench"): Promise<Flipper> {
  const demo = await installDemo(engine, { tenantKey })
  const tickets: string[] = []
  for (let i = 0; i < count; i++) {
    const ticket = await engine.createTicket(demo.bob, { subject: `Benchmark ticket ${i + 1}`, department: "technical-support" })
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "TRIAGE" })
    tickets.push(ticket.id)
  }
  return { engine, agent: demo.agent, tickets, started: tickets.map(() => false) }
}

/** What `drive` measured. */
export interface DriveResult {
  readonly transitions: number
  readonly seconds: number
  readonly perSecond: number
  /** Latency of each fireEvent, ms. */
  readonly latencies: number[]
}

/** `clients` loops, each firing START/REQUEUE on its own ticket, for `ms` milliseconds. */
export async function drive(flipper: Flipper, clients: number, ms: number): Promise<DriveResult> {
  if (clients > flipper.tickets.length) throw new Error(`Only ${flipper.tickets.length} tickets for ${clients} clients`)
  let transitions = 0
  const latencies: number[] = []
  const start = performance.now()
  // A deadline, not a timer: PGlite answers in microtasks, and a loop of them never lets a timer fire.
  const deadline = start + ms
  await Promise.all(
    flipper.tickets.slice(0, clients).map(async (ticket, index) => {
      while (performance.now() < deadline) {
        const event = flipper.started[index] === true ? "REQUEUE" : "START"
        const began = performance.now()
        await flipper.engine.fireEvent(flipper.agent, { ticket, event })
        latencies.push(performance.now() - began)
        flipper.started[index] = !flipper.started[index]
        transitions++
      }
    }),
  )
  const seconds = (performance.now() - start) / 1000
  return { transitions, seconds, perSecond: transitions / seconds, latencies }
}

// The autovacuum daemon may be off (it is on the development server), and pgbench vacuums its
// tables before every run: ours get the same before every round.
async function vacuum(db: Kysely<Database>): Promise<void> {
  await sql`VACUUM tickets, events, outbox, timers`.execute(db)
}

/** A drive with the CPU it cost this process and the server's backends, ms per transition. */
async function driveWithCpu(flipper: Flipper, clients: number, ms: number) {
  const before = await backendCpu(database)
  const node = process.cpuUsage()
  const result = await drive(flipper, clients, ms)
  const used = process.cpuUsage(node)
  const after = await backendCpu(database)
  return {
    result,
    nodeMs: (used.user + used.system) / 1000 / result.transitions,
    serverMs: before === null || after === null ? null : cpuBetween(before, after) / result.transitions,
  }
}

const ms = (value: number | null) => (value === null ? "n/a (server not local)" : `${value.toFixed(2)} ms`)

/** Prints the statements per fireEvent and where their time goes. */
function printStatements(tallies: Map<string, StatementTally>, result: DriveResult, clients: number): void {
  const statements = [...tallies.values()].reduce((sum, t) => sum + t.count, 0)
  const statementMs = [...tallies.values()].reduce((sum, t) => sum + t.totalMs, 0)
  const meanLatency = result.latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, result.latencies.length)
  say(
    `pg round trips per fireEvent (${clients} clients, ${result.transitions} transitions, kysely log hook): ` +
      `${(statements / result.transitions).toFixed(2)} statements, mean fireEvent ${meanLatency.toFixed(2)} ms`,
  )
  for (const [label, tally] of [...tallies.entries()].sort((a, b) => b[1].totalMs - a[1].totalMs)) {
    say(
      `  ${label.padEnd(20)} ${(tally.count / result.transitions).toFixed(2)} per fireEvent, mean ${(tally.totalMs / tally.count).toFixed(2)} ms ` +
        `(${((100 * tally.totalMs) / statementMs).toFixed(0)}% of statement time), ${tally.sql.length} characters of SQL`,
    )
  }
  say(`  statements take ${(statementMs / result.transitions).toFixed(2)} ms of a fireEvent's ${meanLatency.toFixed(2)} ms (the rest: pool waits and the engine's own work)`)
  save(
    "round-trips.sql",
    [...tallies.entries()]
      .map(([label, tally]) => `-- ${label} (${(tally.count / result.transitions).toFixed(2)} per fireEvent)\n-- parameters: ${JSON.stringify(tally.parameters)}\n${tally.sql.trim()};\n`)
      .join("\n"),
  )
}

/** Server CPU to parse and plan a statement without running it (EXPLAIN), ms per statement. */
async function planCpu(url: string, tally: StatementTally, times: number): Promise<number | null> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${quoteIdentifier(schema)},public` })
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")
    const pid = rows[0]?.pid ?? 0
    const before = processCpuMs(pid)
    for (let i = 0; i < times; i++) await client.query(`EXPLAIN ${tally.sql}`, [...tally.parameters])
    const after = processCpuMs(pid)
    return before === null || after === null ? null : (after - before) / times
  } finally {
    await client.end()
  }
}

/**
 * Where a transition's time goes at `clients` clients: the statements per fireEvent, CPU per
 * transition in this process and in the server against pgbench's, the commit statement's parse
 * and plan, and an experiment with named prepared statements.
 */
async function profile(
  plain: { flipper: Flipper; db: Kysely<Database>; url: string },
  recorder: ReturnType<typeof statementRecorder>,
  pgbench: { binary: string; url: string },
  clients: number,
): Promise<void> {
  recorder.start()
  const tallied = await drive(plain.flipper, clients, 3000)
  const tallies = recorder.stop()
  printStatements(tallies, tallied, clients)

  await vacuum(plain.db)
  const ours = await driveWithCpu(plain.flipper, clients, 4000)
  const poll = pollBackendCpu(pgbenchDatabase)
  const bench = await runPgbench(pgbench.binary, pgbench.url, { clients, seconds: 4, perStatement: true })
  const pgbenchServer = await poll.stop()
  say(
    `pg CPU per transition (${clients} clients): ours ${ms(ours.nodeMs)} in Node (engine, kysely, pg driver, socket syscalls) + ${ms(ours.serverMs)} in Postgres backends ` +
      `(${ours.result.perSecond.toFixed(0)}/s); pgbench tpcb-like ${ms(pgbenchServer === null ? null : pgbenchServer / Math.max(1, bench.transactions))} in Postgres backends per transaction (${bench.tps.toFixed(0)} tps, pgbench's own CPU not counted)`,
  )
  const commit = tallies.get("commit")
  if (commit !== undefined) {
    const plan = await planCpu(plain.url, commit, 300)
    say(`  the commit statement (${commit.sql.length} characters, one statement of CTEs) costs ${ms(plan)} of server CPU to parse and plan alone (EXPLAIN without ANALYZE, 300 times): it is planned afresh on every transition`)
  }
  say(`pgbench tpcb-like per-statement latencies (${clients} clients), ms:`)
  for (const line of bench.output.split("\n").filter((l) => /^\s+[\d.]+\s+\d+\s+(BEGIN|UPDATE|SELECT|INSERT|END)/.test(l))) say(`  ${line.trim()}`)

  // The experiment: the same store and engine, the pool's clients naming every statement so the
  // server parses and plans each once per connection (what `pg` does for `{ name, text }`).
  const pool = preparingPool({ connectionString: plain.url, max: clients, options: `-c search_path=${quoteIdentifier(schema)},public` }, () => true)
  const preparedDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    const prepared = await prepareFlipper(createEngine({ store: createKyselyStore(preparedDb) }), clients, "bench-prepared")
    await drive(prepared, clients, 1000)
    const runs = { plain: [] as Array<{ tps: number; server: number | null }>, prepared: [] as Array<{ tps: number; server: number | null }> }
    for (let r = 0; r < 3; r++) {
      for (const [name, flipper] of [["plain", plain.flipper], ["prepared", prepared]] as const) {
        await vacuum(plain.db)
        const run = await driveWithCpu(flipper, clients, 3000)
        runs[name].push({ tps: run.result.perSecond, server: run.serverMs })
      }
    }
    const summary = (list: Array<{ tps: number; server: number | null }>) => ({
      tps: median(list.map((x) => x.tps)),
      server: list.some((x) => x.server === null) ? null : median(list.map((x) => x.server ?? 0)),
    })
    const a = summary(runs.plain)
    const b = summary(runs.prepared)
    say(
      `pg experiment, named prepared statements (${clients} clients, 3 alternating rounds): ${b.tps.toFixed(0)} transitions/s vs ${a.tps.toFixed(0)} as shipped ` +
        `(×${(b.tps / a.tps).toFixed(2)}), Postgres CPU per transition ${ms(b.server)} vs ${ms(a.server)}`,
    )
    emit({ bench: "pg", name: `experiment prepared statements ${clients} clients`, ours: round(b.tps, 1), baseline: round(a.tps, 1), unit: "transitions/s prepared vs as shipped", clients })
  } finally {
    await preparedDb.destroy()
  }
}

/** Options of the transitions benchmark. */
export interface TransitionsOptions {
  readonly clientCounts: ReadonlyArray<number>
  readonly rounds: number
  readonly roundSeconds: number
}

/**
 * Committed transitions per second through the engine on the Kysely store with 1, 8 and 32
 * clients on distinct tickets, against `pgbench -b tpcb-like` at scale 10 with as many clients
 * on the same server, in alternating rounds so drift hits both alike.
 */
export async function benchTransitions(options: TransitionsOptions): Promise<void> {
  const pgbench = await findPgbench()
  say(`pgbench: ${pgbench.binary} (${pgbench.how})`)
  await ensureDatabase(pgbenchDatabase)
  const pgbenchUrl = databaseUrl(pgbenchDatabase)
  const initStart = performance.now()
  await initPgbench(pgbench.binary, pgbenchUrl, 10)
  say(`pgbench -i -s 10 in ${redacted(pgbenchUrl)}: ${((performance.now() - initStart) / 1000).toFixed(1)} s`)

  await ensureDatabase(database)
  const url = databaseUrl(database)
  const maxClients = Math.max(...options.clientCounts)
  const recorder = statementRecorder()
  const handle = await freshSchema(url, schema, { max: maxClients, log: recorder.log })
  try {
    const engine = createEngine({ store: createKyselyStore(handle.db) })
    const flipper = await prepareFlipper(engine, maxClients)
    say(
      `ours: createEngine({ store: createKyselyStore(db) }) on ${redacted(url)} (schema ${schema}), pool of ${maxClients} connections; ` +
        `each client fires START/REQUEUE on its own ticket; ${options.rounds} alternating rounds of ${options.roundSeconds} s against pgbench, ` +
        `medians; both sides' tables vacuumed before each round`,
    )
    await drive(flipper, maxClients, 2000)

    for (const clients of options.clientCounts) {
      await drive(flipper, clients, 1000)
      const ours: number[] = []
      const baseline: number[] = []
      const latencies: number[] = []
      let command = ""
      for (let r = 0; r < options.rounds; r++) {
        await vacuum(handle.db)
        const result = await drive(flipper, clients, options.roundSeconds * 1000)
        ours.push(result.perSecond)
        latencies.push(...result.latencies)
        const bench = await runPgbench(pgbench.binary, pgbenchUrl, { clients, seconds: options.roundSeconds })
        baseline.push(bench.tps)
        command = bench.command
      }
      const oursTps = median(ours)
      const pgbenchTps = median(baseline)
      const ratio = oursTps / pgbenchTps
      const { p50, p99 } = percentiles(latencies)
      const target = clients === 8 ? `, target ≥ 0.8: ${ratio >= 0.8 ? "met" : "MISSED"}` : ""
      say(
        `pg transitions, ${clients} client${clients === 1 ? "" : "s"}: ours ${oursTps.toFixed(0)} transitions/s (p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms), ` +
          `pgbench tpcb-like ${pgbenchTps.toFixed(0)} tps, ratio ${ratio.toFixed(3)}${target}  [rounds: ours ${ours.map((v) => v.toFixed(0)).join("/")}, pgbench ${baseline.map((v) => v.toFixed(0)).join("/")}]`,
      )
      emit({
        bench: "pg",
        name: `transitions ${clients} clients`,
        ours: round(oursTps, 1),
        baseline: round(pgbenchTps, 1),
        unit: "transitions/s vs pgbench tps",
        p50: round(p50),
        p99: round(p99),
        clients,
        baselineCommand: command,
        ...(clients === 8 ? { target: 0.8, met: ratio >= 0.8 } : {}),
      })
    }

    const profileClients = options.clientCounts.includes(8) ? 8 : maxClients
    await profile({ flipper, db: handle.db, url }, recorder, { binary: pgbench.binary, url: pgbenchUrl }, profileClients)
  } finally {
    await handle.close()
  }
}
