import { spawn, type ChildProcess } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { createEngine } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { afterEach, describe, expect, it } from "vitest"
import { createKyselyStore, migrate } from "../src/index.ts"
import { openPglite } from "../src/pglite.ts"
import { postgresSchema, skipWithoutPostgres } from "../src/test-databases.ts"
import { autoCloseCounts, eventually, publishAutoCloseAfter, ticketsAwaitingAcceptance, timersLeft } from "../src/test-timers.ts"

const script = fileURLToPath(new URL("./timer-process.ts", import.meta.url))

/** A timer process: its output lines as they come, and how it ended. */
interface TimerProcess {
  readonly name: string
  readonly child: ChildProcess
  readonly lines: string[]
  readonly exited: Promise<number | null>
  waitFor(match: (line: string) => boolean, timeoutMs?: number): Promise<void>
}

const children: TimerProcess[] = []

/** Starts `node --import tsx timer-process.ts`, a real process, with the Node this test runs on. */
function start(name: string, env: Record<string, string>): TimerProcess {
  const child = spawn(process.execPath, ["--conditions=@ticketflow/source", "--import", "tsx", script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
  const lines: string[] = []
  const waiters = new Set<() => void>()
  createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line)
    for (const waiter of waiters) waiter()
  })
  const errors: string[] = []
  createInterface({ input: child.stderr! }).on("line", (line) => errors.push(line))
  // "close", not "exit": it comes once stdout has ended, so every line it printed has been read.
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)))
  const started: TimerProcess = {
    name,
    child,
    lines,
    exited,
    waitFor: (match, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!lines.some(match)) return
          waiters.delete(check)
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`${name} printed nothing expected in ${timeoutMs} ms:\n${lines.join("\n")}\n${errors.join("\n")}`))
        }, timeoutMs)
        waiters.add(check)
        void exited.then(check)
        check()
      }),
  }
  children.push(started)
  return started
}

const fired = (processes: ReadonlyArray<TimerProcess>) => processes.map((p) => `${p.name}: ${p.lines.filter((l) => !l.startsWith("ready")).join(", ") || "nothing"}`).join("; ")

afterEach(async () => {
  for (const { child, exited } of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
    await exited
  }
})

const skipPostgres = await skipWithoutPostgres("timer restart test on Postgres")

describe.skipIf(skipPostgres)("timers across a killed worker process (Postgres, graphile-worker)", () => {
  it("fires each due timer exactly once when the worker is SIGKILLed and two new ones take over", async () => {
    const database = await postgresSchema()
    try {
      const engine = createEngine({ store: createKyselyStore(database.db) })
      const demo = await installDemo(engine)
      await publishAutoCloseAfter(engine, demo, "PT2S")
      const env = { TIMER_MODE: "postgres", DATABASE_URL: database.url, TIMER_SCHEMA: database.schema, TIMER_WORKER_SCHEMA: database.workerSchema }

      const firstWave = await ticketsAwaitingAcceptance(engine, demo, 10, "First wave")
      const a = start("A", env)
      await a.waitFor((line) => line === "ready")
      // Killed as soon as it fired one: it likely holds other timers mid-run (claimed, their jobs locked).
      await a.waitFor((line) => line.startsWith("fired "))
      a.child.kill("SIGKILL")
      await a.exited
      // Written while no worker runs.
      const secondWave = await ticketsAwaitingAcceptance(engine, demo, 10, "Second wave")
      const [b, c] = [start("B", env), start("C", env)]
      await Promise.all([b.waitFor((line) => line === "ready"), c.waitFor((line) => line === "ready")])

      const all = [...firstWave, ...secondWave]
      const closedAll = await eventually(async () => (await autoCloseCounts(database.db)).size === all.length, 30_000)
      // A is dead; B and C stop on SIGTERM once their running jobs and sweeps are done. After
      // that no process is left to fire anything, and no timer row is left to fire (checked below).
      for (const p of [b, c]) p.child.kill("SIGTERM")
      expect(await b.exited).toBe(0)
      expect(await c.exited).toBe(0)
      console.info(`restart on Postgres: ${fired([a, b, c])}`)

      expect(closedAll).toBe(true)
      expect(await autoCloseCounts(database.db)).toEqual(new Map(all.map((t) => [t.id, 1])))
      expect(await timersLeft(database.db)).toBe(0)
      expect(a.lines.filter((l) => l.startsWith("fired ")).length).toBeGreaterThan(0)
    } finally {
      await database.close()
    }
  }, 90_000)
})

describe("timers across a killed process (PGlite on disk, the in-process loop)", () => {
  it("fires each due timer exactly once when the process is SIGKILLed and a new one takes over", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ticketflow-restart-"))
    try {
      // One process at a time owns a PGlite directory: set up, close, then hand it over.
      const setup = await openPglite({ dataDir })
      await migrate(setup.db)
      const engine = createEngine({ store: createKyselyStore(setup.db) })
      const demo = await installDemo(engine)
      await publishAutoCloseAfter(engine, demo, "PT3S")
      const soon = await ticketsAwaitingAcceptance(engine, demo, 5, "Soon")
      // Due an hour on: only a process whose clock has moved on (B) can fire these.
      await publishAutoCloseAfter(engine, demo, "PT1H")
      const later = await ticketsAwaitingAcceptance(engine, demo, 5, "Later")
      await setup.close()

      const a = start("A", { TIMER_MODE: "pglite", TIMER_DATA_DIR: dataDir })
      await a.waitFor((line) => line.startsWith("run fired="))
      a.child.kill("SIGKILL")
      await a.exited
      const b = start("B", { TIMER_MODE: "pglite", TIMER_DATA_DIR: dataDir, TIMER_UNTIL_EMPTY: "1", TIMER_CLOCK_SHIFT_MS: String(2 * 3_600_000) })
      await b.waitFor((line) => line === "closed", 45_000)
      expect(await b.exited).toBe(0)
      console.info(`restart on PGlite: ${fired([a, b])}`)

      const after = await openPglite({ dataDir })
      try {
        expect(await autoCloseCounts(after.db)).toEqual(new Map([...soon, ...later].map((t) => [t.id, 1])))
        expect(await timersLeft(after.db)).toBe(0)
      } finally {
        await after.close()
      }
      expect(b.lines.some((line) => /^run fired=[1-9]/.test(line))).toBe(true)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 90_000)
})
