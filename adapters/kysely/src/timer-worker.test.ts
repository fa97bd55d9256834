import { randomUUID } from "node:crypto"
import { createEngine, manualClock, type Engine, type Timer } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { installDemo, type DemoActors } from "@ticketflow/core/demo"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { createKyselyStore } from "./store.ts"
import { postgresSchema, skipWithoutPostgres, type PostgresTestDatabase } from "./test-databases.ts"
import { autoCloseCounts, eventually, insertTimer, ticketsAwaitingAcceptance, timersLeft } from "./test-timers.ts"
import { installTimerJobs, timerJobKey, uninstallTimerJobs } from "./timer-jobs.ts"
import { startTimerWorker, type TimerOutcome, type TimerWorker, type TimerWorkerOptions } from "./timer-worker.ts"

const skip = await skipWithoutPostgres("timer worker tests on Postgres")

describe.skipIf(skip)("the graphile-worker timer worker (Postgres)", () => {
  let database: PostgresTestDatabase
  let engine: Engine
  let store: TicketStore
  let demo: DemoActors
  // Tickets are written in the past, so their timers are due by the database's clock at once.
  const clock = manualClock("2020-01-06T10:00:00.000Z")
  const workers: TimerWorker[] = []
  const ran: Array<{ timer: Timer; outcome: TimerOutcome; worker: number }> = []

  async function worker(index: number, options: Partial<TimerWorkerOptions> = {}): Promise<TimerWorker> {
    const started = await startTimerWorker({
      engine,
      pool: database.pool,
      workerSchema: database.workerSchema,
      pollIntervalMs: 100,
      onTimer: (timer, outcome) => ran.push({ timer, outcome, worker: index }),
      ...options,
    })
    workers.push(started)
    return started
  }

  /** Stops every worker of the test; each lets its running jobs and sweep finish first. */
  async function stopWorkers(): Promise<void> {
    await Promise.all(workers.splice(0).map((running) => running.stop()))
  }

  beforeAll(async () => {
    database = await postgresSchema({ max: 24 })
    console.info(`timer worker tests on ${database.label}`)
  }, 120_000)
  afterAll(async () => {
    await stopWorkers()
    await database?.close()
  })
  beforeEach(async () => {
    await stopWorkers()
    ran.length = 0
    await database.reset()
    clock.set("2020-01-06T10:00:00.000Z")
    store = createKyselyStore(database.db)
    engine = createEngine({ store, clock })
    demo = await installDemo(engine)
  })

  it("fires each due timer once with two workers, timers written before they started included", async () => {
    const tickets = await ticketsAwaitingAcceptance(engine, demo, 8)
    const [first, second] = await Promise.all([worker(1), worker(2)])
    // The first to install gives all 8 a job; the other may re-add a job whose timer a sweep took meanwhile.
    expect(Math.max(first?.backfilled ?? 0, second?.backfilled ?? 0)).toBe(8)
    expect(await eventually(async () => (await autoCloseCounts(database.db)).size === 8, 15_000)).toBe(true)
    // Stopping lets every job and sweep in flight finish: after it, nothing can fire any more.
    await stopWorkers()
    expect(await autoCloseCounts(database.db)).toEqual(new Map(tickets.map((t) => [t.id, 1])))
    expect(ran.filter((r) => r.outcome === "fired")).toHaveLength(8)
    expect(await timersLeft(database.db)).toBe(0)
  })

  it("gives a timer written while it runs a job at its due time, and removes the job of a cancelled one", async () => {
    await worker(1)
    const jobKeys = async () => (await database.pool.query<{ key: string }>(`SELECT key FROM ${database.workerSchema}.jobs WHERE key IS NOT NULL`)).rows.map((row) => row.key)
    const [closing] = await ticketsAwaitingAcceptance(engine, demo, 1)
    // Due in 2100: its job waits, until the ticket leaves the status and the commit cancels the timer.
    clock.set("2100-01-01T00:00:00.000Z")
    const [reworked] = await ticketsAwaitingAcceptance(engine, demo, 1)
    if (closing === undefined || reworked === undefined) throw new Error("two tickets")
    const [timer] = await store.listTimers(demo.tenantId, reworked.id)
    if (timer === undefined) throw new Error("an AUTO_CLOSE timer")
    expect(await jobKeys()).toContain(timerJobKey(timer.id))
    await engine.fireEvent(demo.bob, { ticket: reworked.id, event: "REQUEST_REWORK", comment: "Not yet" })
    expect(await store.listTimers(demo.tenantId, reworked.id)).toEqual([])
    expect(await jobKeys()).not.toContain(timerJobKey(timer.id))
    expect(await eventually(async () => (await autoCloseCounts(database.db)).has(closing.id), 10_000)).toBe(true)
    expect(await autoCloseCounts(database.db)).toEqual(new Map([[closing.id, 1]]))
  })

  it("installs its trigger once however often it starts, and can remove it", async () => {
    await Promise.all([worker(1), worker(2)])
    const triggers = () => database.pool.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'timers'::regclass AND NOT tgisinternal`)
    expect((await triggers()).rows).toEqual([{ tgname: "timers_schedule_jobs" }])
    await installTimerJobs(database.pool, database.workerSchema)
    expect((await triggers()).rows).toHaveLength(1)
    await stopWorkers()
    await uninstallTimerJobs(database.pool)
    expect((await triggers()).rows).toEqual([])
    const [ticket] = await ticketsAwaitingAcceptance(engine, demo, 1)
    const { rows } = await database.pool.query(`SELECT count(*)::int AS jobs FROM ${database.workerSchema}.jobs`)
    expect(rows).toEqual([{ jobs: 0 }])
    expect(await store.listTimers(demo.tenantId, ticket?.id ?? "")).toHaveLength(1)
  })

  it("drops a stale timer without touching its ticket", async () => {
    const [ticket] = await ticketsAwaitingAcceptance(engine, demo, 1)
    if (ticket === undefined) throw new Error("one ticket")
    // The ticket's own timer is due in 2020 too: keep it out of the way by cancelling it first.
    await database.pool.query("DELETE FROM timers WHERE ticket_id = $1", [ticket.id])
    const stale = { id: randomUUID(), tenantId: demo.tenantId, ticketId: ticket.id, event: "AUTO_CLOSE", dueAt: clock.now().toISOString(), ticketVersion: ticket.statusVersion - 1 }
    await insertTimer(database.db, stale)
    await worker(1)
    expect(await eventually(async () => (await timersLeft(database.db)) === 0, 10_000)).toBe(true)
    expect(ran.map((r) => [r.timer.id, r.outcome])).toEqual([[stale.id, "dropped"]])
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
  })

  it("sweeps overdue timers whose job a killed process holds, once across two workers", async () => {
    // A worker that starts and stops leaves graphile-worker's schema and the trigger in place.
    await (await worker(0)).stop()
    const tickets = await ticketsAwaitingAcceptance(engine, demo, 6)
    // Their jobs locked as by a process killed mid-run: graphile-worker frees them after 4 hours.
    await database.pool.query(`UPDATE ${database.workerSchema}._private_jobs SET locked_at = now(), locked_by = 'killed'`)
    await Promise.all([worker(1, { overdueMs: 0, sweepIntervalMs: 100 }), worker(2, { overdueMs: 0, sweepIntervalMs: 100 })])
    expect(await eventually(async () => (await autoCloseCounts(database.db)).size === 6, 10_000)).toBe(true)
    // Both sweeps, and any job, finish before stop() resolves: every firing there was is counted.
    await stopWorkers()
    expect(await autoCloseCounts(database.db)).toEqual(new Map(tickets.map((t) => [t.id, 1])))
    expect(ran.filter((r) => r.outcome === "fired")).toHaveLength(6)
    expect(await timersLeft(database.db)).toBe(0)
  })
})
