import { randomUUID } from "node:crypto"
import { createEngine, manualClock, type Engine, type TimerRun } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { installDemo, type DemoActors } from "@ticketflow/core/demo"
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import { createKyselyStore } from "./store.ts"
import { pgliteInMemory, type TestDatabase } from "./test-databases.ts"
import { autoCloseCounts, eventually, insertTimer, ticketsAwaitingAcceptance, timersLeft } from "./test-timers.ts"
import { startTimerLoop } from "./timer-loop.ts"

const day = 24 * 60 * 60 * 1000

describe("the in-process timer loop (PGlite)", () => {
  let database: TestDatabase
  let engine: Engine
  let store: TicketStore
  let demo: DemoActors
  const clock = manualClock("2026-01-05T10:00:00.000Z")

  beforeAll(async () => {
    database = await pgliteInMemory()
  }, 120_000)
  afterAll(async () => {
    await database?.close()
  })
  beforeEach(async () => {
    await database.reset()
    clock.set("2026-01-05T10:00:00.000Z")
    store = createKyselyStore(database.db)
    engine = createEngine({ store, clock })
    demo = await installDemo(engine)
  })

  it("fires each due AUTO_CLOSE once, and nothing before it is due", async () => {
    const tickets = await ticketsAwaitingAcceptance(engine, demo, 3)
    const runs: TimerRun[] = []
    const loop = startTimerLoop({ engine, intervalMs: 20, onRun: (run) => runs.push(run) })
    try {
      await loop.tick()
      expect(await autoCloseCounts(database.db)).toEqual(new Map())
      clock.advance(7 * day)
      expect(await eventually(async () => (await autoCloseCounts(database.db)).size === 3, 5_000)).toBe(true)
      await loop.tick()
    } finally {
      await loop.stop()
    }
    expect(await autoCloseCounts(database.db)).toEqual(new Map(tickets.map((t) => [t.id, 1])))
    expect(runs).toEqual([{ fired: 3, dropped: 0 }])
    expect(await timersLeft(database.db)).toBe(0)
    for (const ticket of tickets) {
      expect(await engine.getTicket(demo.admin, ticket.id)).toMatchObject({ status: "closed", resolution: "auto_accepted" })
    }
  })

  it("drops a stale timer without touching its ticket", async () => {
    const [ticket] = await ticketsAwaitingAcceptance(engine, demo, 1)
    if (ticket === undefined) throw new Error("one ticket")
    // An AUTO_CLOSE scheduled for an earlier stay in this status: it must not close the ticket now.
    const stale = { id: randomUUID(), tenantId: demo.tenantId, ticketId: ticket.id, event: "AUTO_CLOSE", dueAt: clock.now().toISOString(), ticketVersion: ticket.statusVersion - 1 }
    await insertTimer(database.db, stale)
    const runs: TimerRun[] = []
    // The loop runs once on start; the tick after it finds nothing left.
    const loop = startTimerLoop({ engine, intervalMs: 1_000_000, onRun: (run) => runs.push(run) })
    try {
      expect(await loop.tick()).toEqual({ fired: 0, dropped: 0 })
    } finally {
      await loop.stop()
    }
    expect(runs).toEqual([{ fired: 0, dropped: 1 }])
    expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
    expect((await store.listTimers(demo.tenantId, ticket.id)).map((t) => t.id)).not.toContain(stale.id)
    expect(await timersLeft(database.db)).toBe(1)
  })

  it("stops after the run in progress and runs no more", async () => {
    // Fake timers: the loop's pauses are counted and advanced, never slept through.
    vi.useFakeTimers()
    try {
      let runs = 0
      const loop = startTimerLoop({
        engine: { runDueTimers: async () => ((runs += 1), { fired: 0, dropped: 0 }) },
        intervalMs: 5,
      })
      await vi.advanceTimersByTimeAsync(50)
      await loop.stop()
      const after = runs
      expect(after).toBeGreaterThan(1)
      // Nothing is left scheduled, so no run can start however long time goes on.
      expect(vi.getTimerCount()).toBe(0)
      await vi.advanceTimersByTimeAsync(60_000)
      expect(runs).toBe(after)
    } finally {
      vi.useRealTimers()
    }
  })

  it("goes on after runs that failed (the database away) and fires once it is back", async () => {
    const failures: unknown[] = []
    let failing = 3
    const fired = new Promise<void>((resolve) => {
      const loop = startTimerLoop({
        engine: {
          runDueTimers: async () => {
            if (failing > 0) {
              failing -= 1
              throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })
            }
            return { fired: 1, dropped: 0 }
          },
        },
        intervalMs: 5,
        onError: (error) => failures.push(error),
        onRun: () => void loop.stop().then(resolve),
      })
    })
    await fired
    expect(failures).toHaveLength(3)
  })
})
