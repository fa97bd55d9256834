/**
 * A process that runs timers until it is stopped (SIGTERM) or killed, for the restart test.
 * `TIMER_MODE=postgres` (`DATABASE_URL`, `TIMER_SCHEMA`, `TIMER_WORKER_SCHEMA`): the graphile-worker
 * worker; `TIMER_MODE=pglite` (`TIMER_DATA_DIR`): the in-process loop, which with `TIMER_UNTIL_EMPTY=1`
 * closes the database and exits once no timer is left; `TIMER_CLOCK_SHIFT_MS` moves its clock
 * ahead. Prints `ready`, then what it fired.
 */
import { createEngine } from "@ticketflow/core"
import { sql } from "kysely"
import { createKyselyStore, startTimerLoop } from "../src/index.ts"
import { openPglite } from "../src/pglite.ts"
import { openPostgres } from "../src/postgres.ts"
import { startTimerWorker } from "../src/worker.ts"

const env = (name: string): string => {
  const value = process.env[name]
  if (value === undefined || value === "") throw new Error(`${name} is not set`)
  return value
}
const say = (line: string) => process.stdout.write(`${line}\n`)

if (env("TIMER_MODE") === "postgres") {
  const { db, pool, close } = await openPostgres({ connectionString: env("DATABASE_URL"), schema: env("TIMER_SCHEMA"), max: 8 })
  const engine = createEngine({ store: createKyselyStore(db) })
  const worker = await startTimerWorker({
    engine,
    pool,
    workerSchema: env("TIMER_WORKER_SCHEMA"),
    pollIntervalMs: 100,
    leaseMs: 2_000,
    sweepIntervalMs: 250,
    overdueMs: 1_000,
    onTimer: (timer, outcome) => say(`${outcome} ${timer.ticketId}`),
  })
  say("ready")
  process.once("SIGTERM", () => {
    void worker
      .stop()
      .then(close)
      .then(() => process.exit(0))
  })
} else {
  const handle = await openPglite({ dataDir: env("TIMER_DATA_DIR") })
  // A process started "later" sees the clock moved on, whatever the machine's load delayed.
  const shift = Number(process.env.TIMER_CLOCK_SHIFT_MS ?? 0)
  const engine = createEngine({ store: createKyselyStore(handle.db), clock: { now: () => new Date(Date.now() + shift) } })
  const untilEmpty = process.env.TIMER_UNTIL_EMPTY === "1"
  const finish = async () => {
    await loop.stop()
    await handle.close()
    say("closed")
    process.exit(0)
  }
  const loop = startTimerLoop({
    engine,
    intervalMs: 100,
    onRun: (run) => say(`run fired=${run.fired} dropped=${run.dropped}`),
  })
  say("ready")
  process.once("SIGTERM", () => void finish())
  if (untilEmpty) {
    const check = setInterval(() => {
      void sql<{ left: number }>`SELECT count(*)::int AS left FROM timers`.execute(handle.db).then(({ rows }) => {
        if ((rows[0]?.left ?? 1) === 0) {
          clearInterval(check)
          void finish()
        }
      })
    }, 200)
  }
}
