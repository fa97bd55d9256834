import type { Engine, Timer } from "@ticketflow/core"
import { Logger, run, runMigrations, type LogLevel } from "graphile-worker"
import type pg from "pg"
import { createPool } from "./pool.ts"
import { claimOverdueTimers, claimTimer, releaseTimer } from "./timer-claims.ts"
import { installTimerJobs, timerTask, type TimerJobPayload } from "./timer-jobs.ts"

/** What became of a timer a worker ran: fired, dropped as stale, or left pending after a conflict. */
export type TimerOutcome = "fired" | "dropped" | "pending"

/** Options of `startTimerWorker`. */
export interface TimerWorkerOptions {
  /** The engine over a store on the same database. */
  readonly engine: Pick<Engine, "runTimer">
  /** A pool whose connections reach the ticketflow tables (see `openPostgres`); else `connectionString`. */
  readonly pool?: pg.Pool | undefined
  readonly connectionString?: string | undefined
  /** With `connectionString`: the schema of the ticketflow tables, when not on the default search path. */
  readonly schema?: string | undefined
  /** graphile-worker's own schema (`graphile_worker` by default): one per ticketflow schema. */
  readonly workerSchema?: string | undefined
  /** Timer jobs run at once by this process (4 by default). */
  readonly concurrency?: number | undefined
  /** How often graphile-worker looks for jobs that came due, in milliseconds (1000 by default). */
  readonly pollIntervalMs?: number | undefined
  /** How long a claim on a timer lasts: a process that dies holds its timers this long (60 s by default). */
  readonly leaseMs?: number | undefined
  /** How often this process sweeps overdue timers whose job was lost (15 s by default). */
  readonly sweepIntervalMs?: number | undefined
  /** How late a timer must be for the sweep to take it (30 s by default): until then its job has it. */
  readonly overdueMs?: number | undefined
  /** The instant a timer fires at, when later than its due time (the wall clock by default). */
  readonly now?: (() => Date) | undefined
  /** Told of every timer this process ran, and how. */
  readonly onTimer?: ((timer: Timer, outcome: TimerOutcome) => void) | undefined
  /** graphile-worker's and the sweep's messages; errors and warnings go to the console by default. */
  readonly log?: ((level: LogLevel, message: string) => void) | undefined
}

/** A running timer worker. */
export interface TimerWorker {
  /** Timers that had no job when the worker started and were given one. */
  readonly backfilled: number
  /** Sweeps overdue timers now; answers how many it ran. */
  sweep(): Promise<number>
  /** Lets running jobs finish, then stops (once, however often called); closes the pool only if the worker opened it. */
  stop(): Promise<void>
}

const sweepBatch = 50

/**
 * Runs timers on Postgres through graphile-worker. The `timers` rows stay the source of truth: a
 * trigger gives each row a job `run_at` its due time (job key = timer id, so a timer has one
 * job), and the job claims the row (`FOR UPDATE SKIP LOCKED` and a lease) before the engine's
 * `runTimer` fires it or drops it when stale. The fired timer's commit is version-checked and
 * deletes the row, so a timer fires once however many processes run it. A job a killed process
 * held stays locked in graphile-worker for hours: each worker also sweeps timers overdue by
 * `overdueMs` whose lease has ended, so they fire after `leaseMs` at most.
 *
 * @example
 * const { db, pool } = await openPostgres({ connectionString: process.env.DATABASE_URL ?? "" })
 * const engine = createEngine({ store: createKyselyStore(db) })
 * const worker = await startTimerWorker({ engine, pool })
 * process.on("SIGTERM", () => void worker.stop())
 */
export async function startTimerWorker(options: TimerWorkerOptions): Promise<TimerWorker> {
  const ownPool = options.pool === undefined
  const pool = options.pool ?? poolFrom(options)
  const workerSchema = options.workerSchema ?? "graphile_worker"
  const leaseMs = options.leaseMs ?? 60_000
  const now = options.now ?? (() => new Date())
  const log = options.log ?? consoleLog
  const logger = new Logger(() => (level, message) => log(level, message))

  async function fire(timer: Timer): Promise<TimerOutcome> {
    // A job may start a moment before its due time by our clock (the database's clock decides).
    const at = new Date(Math.max(now().getTime(), Date.parse(timer.dueAt)))
    let fired: boolean
    try {
      fired = await options.engine.runTimer(timer, at)
    } catch (error) {
      await releaseTimer(pool, timer.id).catch(() => undefined)
      throw error
    }
    // A fired timer's commit deleted its row; a stale one was dropped; a conflict left it in place.
    const outcome: TimerOutcome = fired ? "fired" : (await releaseTimer(pool, timer.id)) ? "pending" : "dropped"
    options.onTimer?.(timer, outcome)
    return outcome
  }

  async function sweep(): Promise<number> {
    let ran = 0
    // Bounded: a timer left pending by a conflict is claimable again at once.
    for (let round = 0; round < 20; round += 1) {
      const claimed = await claimOverdueTimers(pool, { overdueMs: options.overdueMs ?? 30_000, limit: sweepBatch, leaseMs })
      for (const timer of claimed) {
        await fire(timer).catch((error: unknown) => log("error", `timer ${timer.id} failed: ${describe(error)}`))
        ran += 1
      }
      if (claimed.length < sweepBatch) break
    }
    return ran
  }

  try {
    await runMigrations({ pgPool: pool, schema: workerSchema, logger })
    const { backfilled } = await installTimerJobs(pool, workerSchema)
    const runner = await run({
      pgPool: pool,
      schema: workerSchema,
      concurrency: options.concurrency ?? 4,
      pollInterval: options.pollIntervalMs ?? 1000,
      noHandleSignals: true,
      logger,
      taskList: {
        [timerTask]: async (payload) => {
          const { timerId } = payload as TimerJobPayload
          const timer = await claimTimer(pool, timerId, leaseMs)
          // Gone (fired, cancelled) or another runner's: nothing to do here.
          if (timer === null) return
          if ((await fire(timer)) === "pending") {
            // graphile-worker retries the job with back-off; the timer is claimable again.
            throw new Error(`Timer ${timerId} met a concurrent change of its ticket; retrying`)
          }
        },
      },
    })

    let stopped = false
    let stopping: Promise<void> | undefined
    let sweeping: Promise<unknown> = Promise.resolve()
    let next: ReturnType<typeof setTimeout> | undefined
    const sweepNow = (): Promise<number> => {
      const result = sweeping.then(sweep)
      sweeping = result.catch((error: unknown) => log("error", `timer sweep failed: ${describe(error)}`))
      return result
    }
    const schedule = () => {
      void sweepNow()
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) next = setTimeout(schedule, options.sweepIntervalMs ?? 15_000)
        })
    }
    schedule()

    return {
      backfilled,
      sweep: sweepNow,
      stop() {
        stopping ??= (async () => {
          stopped = true
          clearTimeout(next)
          await sweeping
          await runner.stop()
          if (ownPool) await pool.end()
        })()
        return stopping
      },
    }
  } catch (error) {
    if (ownPool) await pool.end().catch(() => undefined)
    throw error
  }
}

function poolFrom(options: TimerWorkerOptions): pg.Pool {
  if (options.connectionString === undefined) throw new Error("startTimerWorker needs a pool or a connectionString")
  return createPool({ connectionString: options.connectionString, schema: options.schema, max: (options.concurrency ?? 4) + 2 })
}

function consoleLog(level: LogLevel, message: string): void {
  if (level === "error" || level === "warning") console.error(`ticketflow timer worker: ${message}`)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
