import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { report, type Figure } from "../measure.ts"
import { benchDatabase, databaseUrl, recreateBenchDatabase, redacted } from "./database.ts"
import { prepareFixture, type ApiFixture } from "./fixture.ts"
import { median, postMessages, readStatuses, roundRobinGets, runLoad, toggleTransitions, type LoadRun, type Scenario, type TicketStatuses } from "./load.ts"
import { backendsCpuBetween, cpuSeconds, postgresBackendsCpu, startServerProcess, type ServerProcess } from "./processes.ts"
import { formatProfileSummary, summariseProfile } from "./profile-summary.ts"

/** `TICKETFLOW_BENCH_QUICK=1`: one short round a scenario, to try it out. */
const quick = process.env.TICKETFLOW_BENCH_QUICK === "1"
/** `TICKETFLOW_BENCH_CPU_PROF=1`: the quickstart runs with `--cpu-prof`; the summary is printed and saved. */
const cpuProfile = process.env.TICKETFLOW_BENCH_CPU_PROF === "1"

const connections = 32
/** The quickstart's pool size (`examples/quickstart/src/runtime.ts`); the bare route gets the same. */
const poolSize = 16
const ticketCount = 200
// Short rounds, many of them, interleaved: load from elsewhere on a shared machine drifts by the minute.
const rounds = quick ? 1 : 5
const roundSeconds = quick ? 3 : 5
const warmUpSeconds = quick ? 1 : 3
const listStatus = "in_queue"

const quickstartMain = fileURLToPath(new URL("../../examples/quickstart/src/main.ts", import.meta.url))
const bareServer = fileURLToPath(new URL("./bare-server.ts", import.meta.url))
const resultsDir = join(import.meta.dirname, "..", "results", `api-${new Date().toISOString().replace(/[:.]/g, "-")}`)

function say(line: string): void {
  console.log(line)
  mkdirSync(resultsDir, { recursive: true })
  appendFileSync(join(resultsDir, "output.txt"), `${line}\n`)
}

type Backend = "postgres" | "pglite"

/** The medians of a scenario's rounds, and how busy the server and Postgres were meanwhile. */
interface ScenarioResult {
  readonly rps: number
  readonly p50: number
  readonly p99: number
  readonly failed: number
  readonly statusCodes: Record<string, number>
  /** Server CPU seconds per wall second (1 = one core saturated). */
  readonly serverCpu: number | null
  /** The same for the Postgres backends of the benchmark's database. */
  readonly postgresCpu: number | null
  /** CPU microseconds a successful request cost the server and its Postgres backends together. */
  readonly cpuUsPerRequest: number | null
}

/** What one scenario's rounds used. */
interface Usage {
  readonly server: number[]
  readonly postgres: number[]
  readonly perRequest: number[]
}

const noUsage = (): Usage => ({ server: [], postgres: [], perRequest: [] })

const round2 = (value: number) => Math.round(value * 100) / 100

async function measureRound(scenario: Scenario, server: ServerProcess, runs: LoadRun[], usage: Usage): Promise<void> {
  // The previous run's last requests (the server finishes them) land before this one's CPU sample.
  await new Promise((resolve) => setTimeout(resolve, 500))
  await scenario.prepare?.()
  const serverBefore = cpuSeconds(server.pid)
  const postgresBefore = postgresBackendsCpu(benchDatabase)
  const started = performance.now()
  const run = await runLoad(scenario, { connections, seconds: roundSeconds })
  runs.push(run)
  const wall = (performance.now() - started) / 1000
  const serverAfter = cpuSeconds(server.pid)
  const postgresAfter = postgresBackendsCpu(benchDatabase)
  if (serverBefore === null || serverAfter === null || postgresBefore === null || postgresAfter === null) return
  const serverUsed = serverAfter - serverBefore
  const postgres = backendsCpuBetween(postgresBefore, postgresAfter)
  usage.server.push(serverUsed / wall)
  usage.postgres.push(postgres / wall)
  if (run.ok > 0) usage.perRequest.push(((serverUsed + postgres) * 1_000_000) / run.ok)
}

function summarise(runs: ReadonlyArray<LoadRun>, usage: Usage): ScenarioResult {
  const statusCodes: Record<string, number> = {}
  for (const run of runs) for (const [code, count] of Object.entries(run.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count
  return {
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
    statusCodes,
    serverCpu: usage.server.length === 0 ? null : median(usage.server),
    postgresCpu: usage.postgres.length === 0 ? null : median(usage.postgres),
    cpuUsPerRequest: usage.perRequest.length === 0 ? null : median(usage.perRequest),
  }
}

/**
 * Warms each scenario up, then runs them in interleaved rounds (so drifting load on the machine
 * hits each alike) and answers each one's medians.
 */
async function runScenarios(entries: ReadonlyArray<{ scenario: Scenario; server: ServerProcess }>): Promise<Map<string, ScenarioResult>> {
  for (const { scenario } of entries) {
    await scenario.prepare?.()
    await runLoad(scenario, { connections, seconds: warmUpSeconds })
  }
  const runs = new Map<string, LoadRun[]>(entries.map(({ scenario }) => [scenario.name, []]))
  const usage = new Map(entries.map(({ scenario }) => [scenario.name, noUsage()]))
  for (let round = 0; round < rounds; round++) {
    for (const { scenario, server } of entries) {
      process.stderr.write(`api: round ${round + 1}/${rounds} ${scenario.name}\n`)
      await measureRound(scenario, server, runs.get(scenario.name) ?? [], usage.get(scenario.name) ?? noUsage())
    }
  }
  return new Map(entries.map(({ scenario }) => [scenario.name, summarise(runs.get(scenario.name) ?? [], usage.get(scenario.name) ?? noUsage())]))
}

/** The four API scenarios against the quickstart, with the agent's token. */
function apiScenarios(base: string, fixture: ApiFixture): Scenario[] {
  const auth = { authorization: `Bearer ${fixture.agentToken}` }
  const statuses: TicketStatuses = new Map()
  return [
    { name: "GET /v1/tickets/{id}", url: base, requests: roundRobinGets(fixture.readTickets.map((id) => `/v1/tickets/${id}`), auth) },
    { name: `GET /v1/tickets?status=${listStatus}`, url: base, requests: roundRobinGets([`/v1/tickets?status=${listStatus}`], auth) },
    {
      name: "POST /v1/tickets/{id}/transitions",
      url: base,
      requests: toggleTransitions(fixture.transitionTickets, auth, statuses),
      prepare: () => readStatuses(base, fixture.transitionTickets, auth, statuses),
    },
    { name: "POST /v1/tickets/{id}/messages", url: base, requests: postMessages(fixture.messageTickets, auth) },
  ]
}

function bareScenario(base: string, fixture: ApiFixture): Scenario {
  return { name: "bare GET /bare/{id}", url: base, requests: roundRobinGets(fixture.readTickets.map((id) => `/bare/${id}`), {}) }
}

const figures: string[] = []

function emitFigure(backend: Backend, name: string, result: ScenarioResult, baseline: ScenarioResult): void {
  const cpu = [
    result.serverCpu === null ? "" : `server ${result.serverCpu.toFixed(2)} cores`,
    backend === "postgres" && result.postgresCpu !== null ? `its Postgres backends ${result.postgresCpu.toFixed(2)} cores` : "",
    result.cpuUsPerRequest === null ? "" : `${result.cpuUsPerRequest.toFixed(0)} CPU µs a request`,
  ].filter((part) => part !== "")
  say(
    `  ${backend} ${name}: p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms${cpu.length === 0 ? "" : `, ${cpu.join(", ")}`}` +
      (result.failed === 0 ? "" : `; WARNING ${result.failed} failed responses (status codes ${JSON.stringify(result.statusCodes)})`),
  )
  const figure = {
    bench: "api",
    name: `${backend} ${name}`,
    ours: round2(result.rps),
    baseline: round2(baseline.rps),
    unit: "req/s",
    p50: round2(result.p50),
    p99: round2(result.p99),
  }
  keep(figure)
  if (result.failed > 0) process.exitCode = 1
}

/** Prints a figure (readable line and JSON line) and keeps it in the run's `figures.jsonl`. */
function keep(figure: Figure): void {
  report(figure)
  figures.push(JSON.stringify({ ...figure, ratio: Number((figure.baseline === 0 ? 0 : figure.ours / figure.baseline).toFixed(4)) }))
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(join(resultsDir, "figures.jsonl"), `${figures.join("\n")}\n`)
}

async function startQuickstart(backend: Backend, dataDir: string): Promise<ServerProcess> {
  const profileDir = join(resultsDir, `cpu-${backend}`)
  return startServerProcess({
    script: quickstartMain,
    env: {
      DATABASE_URL: backend === "postgres" ? databaseUrl(benchDatabase) : undefined,
      TICKETFLOW_DATA_DIR: dataDir,
      // No request log lines: the figures measure the API, not the log sink; warnings and errors still show.
      LOG_LEVEL: "warn",
    },
    nodeFlags: cpuProfile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
    readyPath: "/health",
  })
}

function summariseProfiles(backend: Backend): void {
  const dir = join(resultsDir, `cpu-${backend}`)
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    const text = formatProfileSummary(summariseProfile(join(dir, file)))
    writeFileSync(join(dir, `${file}.txt`), `${text}\n`)
    say(`cpu profile of the ${backend} quickstart (${join(dir, file)}):\n${text}`)
  }
}

/** Stops a server; what it logged (warnings and errors only, at `LOG_LEVEL=warn`) is shown. */
async function stopChecked(server: ServerProcess, what: string): Promise<void> {
  const code = await server.stop()
  const output = server.output().trim()
  if (code !== 0) say(`  WARNING ${what} exited with ${code}:\n${output.slice(-4000)}`)
  else if (output !== "") say(`  ${what} logged:\n${output.slice(-2000)}`)
}

/** The measured scenarios of one backend, the bare route's among them. */
interface BackendResults {
  readonly api: Map<string, ScenarioResult>
  readonly bare: ScenarioResult
}

/** On Postgres the bare server runs beside the quickstart, its rounds interleaved with the API's. */
async function measurePostgres(dataDir: string): Promise<BackendResults> {
  const quickstart = await startQuickstart("postgres", dataDir)
  try {
    const fixture = await prepareFixture(quickstart.base, { ticketCount, connections })
    const bareProcess = await startServerProcess({
      script: bareServer,
      env: { DATABASE_URL: databaseUrl(benchDatabase), TICKETFLOW_BENCH_POOL_SIZE: String(poolSize) },
      readyPath: "/bare/health",
    })
    try {
      const bareEntry = { scenario: bareScenario(bareProcess.base, fixture), server: bareProcess }
      const api = apiScenarios(quickstart.base, fixture).map((scenario) => ({ scenario, server: quickstart }))
      const results = await runScenarios([bareEntry, ...api])
      const bare = results.get(bareEntry.scenario.name)
      if (bare === undefined) throw new Error("the bare route was not measured")
      results.delete(bareEntry.scenario.name)
      return { api: results, bare }
    } finally {
      await stopChecked(bareProcess, "the bare server")
    }
  } finally {
    await stopChecked(quickstart, "the postgres quickstart")
  }
}

/** PGlite belongs to one process: the bare server opens the same directory once the quickstart closed it. */
async function measurePglite(dataDir: string): Promise<BackendResults> {
  const quickstart = await startQuickstart("pglite", dataDir)
  let fixture: ApiFixture
  let api: Map<string, ScenarioResult>
  try {
    fixture = await prepareFixture(quickstart.base, { ticketCount, connections })
    api = await runScenarios(apiScenarios(quickstart.base, fixture).map((scenario) => ({ scenario, server: quickstart })))
  } finally {
    await stopChecked(quickstart, "the pglite quickstart")
  }
  const bareProcess = await startServerProcess({
    script: bareServer,
    env: { DATABASE_URL: undefined, TICKETFLOW_BENCH_PGLITE_DIR: join(dataDir, "pglite") },
    readyPath: "/bare/health",
  })
  try {
    const scenario = bareScenario(bareProcess.base, fixture)
    const bare = (await runScenarios([{ scenario, server: bareProcess }])).get(scenario.name)
    if (bare === undefined) throw new Error("the bare route was not measured")
    return { api, bare }
  } finally {
    await stopChecked(bareProcess, "the bare PGlite server")
  }
}

async function benchBackend(backend: Backend): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), `ticketflow-bench-api-${backend}-`))
  try {
    const { api, bare } = backend === "postgres" ? await measurePostgres(dataDir) : await measurePglite(dataDir)
    say(
      `${backend}: ${connections} connections, ${rounds} × ${roundSeconds} s a scenario (medians), ${ticketCount} tickets, ` +
        (backend === "postgres" ? `pool ${poolSize}, bare rounds interleaved with the API's` : "one PGlite, bare route measured after the quickstart stopped"),
    )
    emitFigure(backend, "bare GET /bare/{id}", bare, bare)
    for (const [name, result] of api) emitFigure(backend, name, result, bare)
    const get = api.get("GET /v1/tickets/{id}")
    if (backend === "postgres" && get !== undefined) {
      const ratio = get.rps / bare.rps
      say(
        `target GET ticket ÷ bare route ≥ 0.5: ${ratio.toFixed(3)} ${ratio >= 0.5 ? "met" : "MISSED"}; ` +
          `p99 < 20 ms: ${get.p99.toFixed(2)} ms ${get.p99 < 20 ? "met" : "MISSED"}`,
      )
    }
    if (get?.cpuUsPerRequest != null && bare.cpuUsPerRequest != null) {
      // Throughput on a shared machine drifts with its other load; CPU a request drifts less.
      keep({ bench: "api", name: `${backend} CPU cost GET /v1/tickets/{id} (lower is better)`, ours: Math.round(get.cpuUsPerRequest), baseline: Math.round(bare.cpuUsPerRequest), unit: "CPU µs/request" })
    }
    say(`${backend}: load average ${loadavg().map((load) => load.toFixed(2)).join(" ")} at the end (${availableParallelism()} CPUs)`)
    if (cpuProfile) summariseProfiles(backend)
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

/**
 * `npm run bench:api`: requests per second and latency of four API routes at 32 connections,
 * against the quickstart server on Postgres (and PGlite, for the record), with a bare Hono route
 * doing one `SELECT` by primary key on the same kind of pool as the baseline. Readable lines and
 * JSON lines go to stdout and to `bench/results/api-<time>/`.
 */
export async function benchApi(): Promise<void> {
  const version = await recreateBenchDatabase()
  const cpu = cpus()[0]?.model ?? "?"
  say(`api: Postgres ${version} at ${redacted(databaseUrl(benchDatabase))} (recreated), Node ${process.version}, ${availableParallelism()} × ${cpu}`)
  say(`api: autocannon runs in this process; the quickstart and the bare server each in their own${quick ? "; quick mode (TICKETFLOW_BENCH_QUICK=1)" : ""}`)
  say(`api: load average ${loadavg().map((load) => load.toFixed(2)).join(" ")} at the start: figures from a busy machine are low and noisy`)
  await benchBackend("postgres")
  await benchBackend("pglite")
  say(`api: results in ${resultsDir}`)
}

