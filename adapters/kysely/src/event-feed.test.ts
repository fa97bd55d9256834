import { randomUUID } from "node:crypto"
import { createEngine, type TicketEvent } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { makeEvent, makeTenant, makeTicket } from "@ticketflow/core/testing"
import pg from "pg"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { createPool } from "./pool.ts"
import { createPostgresEventFeed, noticesOf, type PostgresEventFeed } from "./event-feed.ts"
import { createKyselyStore } from "./store.ts"
import { postgresSchema, skipWithoutPostgres, type PostgresTestDatabase } from "./test-databases.ts"
import { eventually } from "./test-timers.ts"

describe("notices of a batch", () => {
  const ticket = makeTicket({ tenantId: makeTenant().id, requesterId: randomUUID(), number: 1 })

  it("carries the events themselves when they fit", () => {
    const events = [makeEvent(ticket), makeEvent(ticket, { version: 2 })]
    expect(noticesOf(events).map((notice) => JSON.parse(notice))).toEqual([{ events }])
  })

  it("carries ids in chunks under NOTIFY's 8000 bytes when the events do not fit", () => {
    const events = Array.from({ length: 600 }, (_, i) => makeEvent(ticket, { version: i + 1, payload: { body: "x".repeat(100) } }))
    const notices = noticesOf(events)
    expect(notices.length).toBeGreaterThan(1)
    for (const notice of notices) expect(Buffer.byteLength(notice)).toBeLessThan(8000)
    const parsed = notices.map((notice) => JSON.parse(notice) as { tenantId: string; ids: string[] })
    expect(parsed.every((notice) => notice.tenantId === ticket.tenantId)).toBe(true)
    expect(parsed.flatMap((notice) => notice.ids)).toEqual(events.map((event) => event.id))
  })
})

const skip = await skipWithoutPostgres("Postgres event feed tests")

describe.skipIf(skip)("the Postgres event feed across two pools (LISTEN/NOTIFY)", () => {
  let database: PostgresTestDatabase
  const pools: pg.Pool[] = []
  const feeds: PostgresEventFeed[] = []

  /** A feed on a pool of its own, as another API process would have. */
  async function feedOnOwnPool(channel: string): Promise<PostgresEventFeed> {
    const pool = createPool({ connectionString: database.url, schema: database.schema, max: 3 })
    pools.push(pool)
    const feed = createPostgresEventFeed({ pool, channel })
    feeds.push(feed)
    await feed.ready
    return feed
  }

  beforeAll(async () => {
    database = await postgresSchema()
    console.info(`event feed tests on ${database.label}`)
  }, 120_000)
  afterEach(async () => {
    for (const feed of feeds.splice(0)) await feed.close()
    for (const pool of pools.splice(0)) await pool.end()
  })
  afterAll(async () => {
    await database?.close()
  })

  it("hands a batch published in one process to the subscribers of another, once, in order", async () => {
    const channel = `test_${randomUUID().slice(0, 8)}`
    const [publisher, other] = [await feedOnOwnPool(channel), await feedOnOwnPool(channel)]
    const ticket = makeTicket({ tenantId: makeTenant().id, requesterId: randomUUID(), number: 1 })
    const received: TicketEvent[][] = []
    const own: TicketEvent[][] = []
    other.subscribe((events) => received.push([...events]))
    publisher.subscribe((events) => own.push([...events]))
    const batches = [[makeEvent(ticket)], [makeEvent(ticket, { version: 2 }), makeEvent(ticket, { version: 2, seq: 1 })], [makeEvent(ticket, { version: 3 })]]
    for (const batch of batches) await publisher.publish(batch)
    expect(await eventually(async () => received.length === 3 && own.length === 3, 5_000)).toBe(true)
    expect(received).toEqual(batches)
    expect(own).toEqual(batches)
  })

  it("loads events too large for NOTIFY from the events table", async () => {
    const channel = `test_${randomUUID().slice(0, 8)}`
    const publisher = await feedOnOwnPool(channel)
    const other = await feedOnOwnPool(channel)
    const received: TicketEvent[][] = []
    other.subscribe((events) => received.push([...events]))
    const engine = createEngine({ store: createKyselyStore(database.db), feed: publisher })
    const demo = await installDemo(engine)
    const ticket = await engine.createTicket(demo.bob, { subject: "Long story", description: "word ".repeat(4000) })
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START" })
    expect(await eventually(async () => received.length === 2, 5_000)).toBe(true)
    const stored = await engine.listEvents(demo.agent, ticket.id)
    expect(received.flat()).toEqual(stored)
    expect(noticesOf(received[0] ?? [])[0]).toContain('"ids"')
  })

  it("stops handing batches to a subscriber that left", async () => {
    const channel = `test_${randomUUID().slice(0, 8)}`
    const [publisher, other] = [await feedOnOwnPool(channel), await feedOnOwnPool(channel)]
    const ticket = makeTicket({ tenantId: makeTenant().id, requesterId: randomUUID(), number: 1 })
    const kept: TicketEvent[][] = []
    const left: TicketEvent[][] = []
    other.subscribe((events) => kept.push([...events]))
    const unsubscribe = other.subscribe((events) => left.push([...events]))
    await publisher.publish([makeEvent(ticket)])
    expect(await eventually(async () => kept.length === 1, 5_000)).toBe(true)
    unsubscribe()
    await publisher.publish([makeEvent(ticket, { version: 2 })])
    expect(await eventually(async () => kept.length === 2, 5_000)).toBe(true)
    expect(left).toHaveLength(1)
  })

  it("listens again after its connection is cut", async () => {
    const channel = `test_${randomUUID().slice(0, 8)}`
    const applicationName = `feed_${randomUUID().slice(0, 8)}`
    const pool = new pg.Pool({ connectionString: database.url, max: 3, application_name: applicationName, options: `-c search_path=${database.schema}` })
    pool.on("error", () => {})
    pools.push(pool)
    const errors: unknown[] = []
    const listener = createPostgresEventFeed({ pool, channel, reconnectMs: 50, onError: (error) => errors.push(error) })
    feeds.push(listener)
    await listener.ready
    const publisher = await feedOnOwnPool(channel)
    const received: TicketEvent[][] = []
    listener.subscribe((events) => received.push([...events]))
    // Cut the listening connection from the server side, as a restart or a proxy would.
    const admin = new pg.Client({ connectionString: database.url })
    await admin.connect()
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [applicationName])
    await admin.end()
    expect(await eventually(async () => errors.length > 0, 5_000)).toBe(true)
    const ticket = makeTicket({ tenantId: makeTenant().id, requesterId: randomUUID(), number: 1 })
    // Published until heard: the feed is best effort while it reconnects.
    expect(
      await eventually(async () => {
        await publisher.publish([makeEvent(ticket)])
        return received.length > 0
      }, 5_000),
    ).toBe(true)
  })
})
