import { spawn } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { createServer } from "node:net"

/** A server the benchmark started as its own process, so its CPU is not the load generator's. */
export interface ServerProcess {
  readonly base: string
  readonly pid: number
  readonly output: () => string
  /** Sends SIGTERM and resolves once the process exited (and wrote its CPU profile, if asked). */
  stop(): Promise<number | null>
}

/** What to start: a script run by this very Node, its environment, and flags for Node itself. */
export interface ServerCommand {
  readonly script: string
  readonly args?: ReadonlyArray<string>
  readonly env: Record<string, string | undefined>
  /** Node flags such as `--cpu-prof`. */
  readonly nodeFlags?: ReadonlyArray<string>
  /** The path polled until it answers 200. */
  readonly readyPath: string
}

/** A port that was free a moment ago (the quickstart logs its port only at `info`, which the bench silences). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Starts `command.script` with `process.execPath` on a free port and waits until it answers `readyPath`. */
export async function startServerProcess(command: ServerCommand, timeoutMs = 120_000): Promise<ServerProcess> {
  const port = await freePort()
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries({ ...process.env, ...command.env, PORT: String(port), HOST: "127.0.0.1" })) {
    if (value !== undefined) env[name] = value
  }
  const child = spawn(process.execPath, ["--conditions=@ticketflow/source", ...(command.nodeFlags ?? []), command.script, ...(command.args ?? [])], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  let gone = false
  void exited.then(() => (gone = true))

  const base = `http://127.0.0.1:${port}`
  const deadline = performance.now() + timeoutMs
  for (;;) {
    if (gone) throw new Error(`${command.script} exited before it was ready:\n${output}`)
    if (performance.now() > deadline) {
      child.kill("SIGKILL")
      throw new Error(`${command.script} was not ready within ${timeoutMs} ms:\n${output}`)
    }
    const ready = await fetch(`${base}${command.readyPath}`).then((response) => response.ok, () => false)
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    base,
    pid: child.pid ?? 0,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
      return exited
    },
  }
}

/**
 * CPU seconds (user + system) a process has used so far, from `/proc` (Linux); null elsewhere.
 * Sampled around a run, it tells whether the server was the bottleneck (near 1 s a second).
 */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? ticks / 100 : null
  } catch {
    return null
  }
}

/**
 * CPU seconds used so far by each Postgres backend connected to `database` (its process title
 * names it), so other databases' work on a shared server does not count; null off Linux.
 */
export function postgresBackendsCpu(database: string): Map<number, number> | null {
  let entries: string[]
  try {
    entries = readdirSync("/proc")
  } catch {
    return null
  }
  const backends = new Map<number, number>()
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    let title: string
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, "utf8")
    } catch {
      continue
    }
    if (!title.startsWith("postgres:") || !title.includes(` ${database} `)) continue
    const seconds = cpuSeconds(Number(entry))
    if (seconds !== null) backends.set(Number(entry), seconds)
  }
  return backends
}

/**
 * CPU seconds the backends used between two samples. A backend that closed in between (an idle
 * pool connection timing out) is left out rather than subtracted: a slight undercount.
 */
export function backendsCpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0)
  return total
}
