import { createEngine, defaultWorkflow, replayTicket, VersionConflict, type Engine, type Ticket, type TicketEvent } from "@ticketflow/core"
import { installDemo, type DemoActors } from "@ticketflow/core/demo"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createKyselyStore } from "./store.ts"
import { postgresSchema, skipWithoutPostgres, type PostgresTestDatabase } from "./test-databases.ts"

const skip = await skipWithoutPostgres("concurrency tests on Postgres")

/** Settles every promise; the rejections must all be `VersionConflict` (the engine retried 3 times first). */
async function settle<T>(attempts: ReadonlyArray<Promise<T>>): Promise<{ acknowledged: T[]; conflicts: number }> {
  const results = await Promise.allSettled(attempts)
  const acknowledged: T[] = []
  let conflicts = 0
  for (const result of results) {
    if (result.status === "fulfilled") acknowledged.push(result.value)
    else if (result.reason instanceof VersionConflict) conflicts += 1
    else throw result.reason
  }
  return { acknowledged, conflicts }
}

/** Versions 1..n, each produced by one command (several events of one command share a version). */
function expectGaplessVersions(events: ReadonlyArray<TicketEvent>, row: Ticket): void {
  const versions = [...new Set(events.map((e) => e.version))].sort((a, b) => a - b)
  expect(versions).toEqual(Array.from({ length: row.version }, (_, i) => i + 1))
  const keys = events.map((e) => `${e.version}/${e.seq}`)
  expect(new Set(keys).size).toBe(keys.length)
}

describe.skipIf(skip)("concurrent commands on one ticket (Postgres, 16 pooled connections, 8 engines)", () => {
  let database: PostgresTestDatabase
  let engine: Engine
  // Engines queue their own writers of one ticket; eight of them race like eight API processes.
  let engines: Engine[]
  const racer = (i: number): Engine => engines[i % engines.length] ?? engine
  let demo: DemoActors

  beforeAll(async () => {
    database = await postgresSchema({ max: 16 })
    console.info(`concurrency tests on ${database.label}`)
    engine = createEngine({ store: createKyselyStore(database.db) })
    engines = Array.from({ length: 8 }, () => createEngine({ store: createKyselyStore(database.db) }))
    demo = await installDemo(engine)
    // NUDGE leaves in_progress for in_progress: valid from whatever state a racing attempt finds.
    await engine.publishWorkflow(demo.admin, {
      ...defaultWorkflow,
      transitions: [...defaultWorkflow.transitions, { event: "NUDGE", from: ["in_progress"], to: "in_progress", actors: ["agent"], comment: "none", assignActor: false, labels: {} }],
    })
  }, 120_000)
  afterAll(async () => {
    await database?.close()
  })

  it("64 fireEvent: each acknowledged one has its event, versions run 1..n, replay rebuilds the row", async () => {
    const created = await engine.createTicket(demo.bob, { subject: "Racing transitions" })
    await engine.fireEvent(demo.agent, { ticket: created.id, event: "START" })
    const { acknowledged, conflicts } = await settle(
      Array.from({ length: 64 }, (_, i) => racer(i).fireEvent(demo.agent, { ticket: created.id, event: "NUDGE" })),
    )
    console.info(`64 concurrent fireEvent: ${acknowledged.length} acknowledged, ${conflicts} VersionConflict after the engine's 3 retries`)
    expect(acknowledged.length + conflicts).toBe(64)
    expect(acknowledged.length).toBeGreaterThan(0)

    const row = await engine.getTicket(demo.agent, created.id)
    const events = await engine.listEvents(demo.agent, created.id)
    expectGaplessVersions(events, row)
    // One NUDGE event per acknowledged command, at the version that command answered with; none for the refused.
    const nudges = events.filter((e) => e.type === "StatusChanged" && e.payload.event === "NUDGE")
    expect(nudges.map((e) => e.version).sort((a, b) => a - b)).toEqual(acknowledged.map((t) => t.version).sort((a, b) => a - b))
    expect(row.version).toBe(2 + acknowledged.length)
    expect(replayTicket(events)).toEqual(row)
  })

  it("64 postMessage: all acknowledged and present once", async () => {
    const created = await engine.createTicket(demo.bob, { subject: "Racing replies" })
    const bodies = Array.from({ length: 64 }, (_, i) => `Reply ${i + 1}`)
    // An append does not depend on what else changed, so the engine retries it until it lands.
    await Promise.all(bodies.map((body, i) => racer(i).postMessage(demo.agent, { ticket: created.id, body })))

    const messages = await engine.listMessages(demo.agent, { ticket: created.id })
    const replies = messages.filter((m) => !m.isDescription).map((m) => m.body)
    expect(replies.sort()).toEqual([...bodies].sort())
    const row = await engine.getTicket(demo.agent, created.id)
    const events = await engine.listEvents(demo.agent, created.id)
    expectGaplessVersions(events, row)
    expect(events.filter((e) => e.type === "MessagePosted")).toHaveLength(64)
    expect(row.version).toBe(1 + 64)
    expect(replayTicket(events)).toEqual(row)
  })

  it("16 concurrent creates get 16 distinct numbers", async () => {
    const before = await engine.listTickets(demo.agent, { sort: "-number", limit: 1 })
    const last = before.items[0]?.number ?? 0
    const tickets = await Promise.all(Array.from({ length: 16 }, (_, i) => racer(i).createTicket(demo.bob, { subject: `Racing create ${i + 1}` })))
    const numbers = tickets.map((t) => t.number).sort((a, b) => a - b)
    expect(new Set(numbers).size).toBe(16)
    // Nothing else drew a number meanwhile, so they are the next 16.
    expect(numbers).toEqual(Array.from({ length: 16 }, (_, i) => last + i + 1))
    for (const ticket of tickets) expect(await engine.getTicket(demo.agent, ticket.number)).toEqual(ticket)
  })
})
