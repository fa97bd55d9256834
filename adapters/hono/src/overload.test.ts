import type { AddressInfo } from "node:net"
import { serve, type ServerType } from "@hono/node-server"
import { createMemoryStore } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildWorld, type World } from "./testing/world.ts"

const bound = 4
const sent = 60

describe("graceful overload: a bound on requests in flight", () => {
  let world: World
  let server: ServerType
  let base: string
  // While closed, every ticket list waits: the admitted requests stay in flight.
  let openGate = () => {}
  let gate = Promise.resolve()
  let waiting = 0
  let admittedWaiting: () => void = () => {}

  beforeAll(async () => {
    const memory = createMemoryStore()
    const store: TicketStore = {
      ...memory,
      async listTickets(query) {
        waiting += 1
        if (waiting === bound) admittedWaiting()
        await gate
        return memory.listTickets(query)
      },
    }
    world = await buildWorld({ store, limits: { maxInFlight: bound } })
    server = serve({ fetch: world.app.fetch, port: 0, hostname: "127.0.0.1" })
    await new Promise<void>((resolve) => server.once("listening", () => resolve()))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    openGate()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it("answers past the bound with fast 503s and Retry-After, keeps /health, and completes the admitted requests", async () => {
    const token = await world.token("bob")
    gate = new Promise<void>((resolve) => (openGate = resolve))
    const allWaiting = new Promise<void>((resolve) => (admittedWaiting = resolve))
    const rssBefore = process.memoryUsage().rss

    // `bound` requests are admitted and held at the store; the rest arrive while they are held.
    const list = () => {
      const started = performance.now()
      return fetch(`${base}/v1/tickets`, { headers: { authorization: `Bearer ${token}` } }).then(async (response) => ({
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        type: response.headers.get("content-type"),
        body: (await response.json()) as { type?: string },
        ms: performance.now() - started,
      }))
    }
    const admitted = Array.from({ length: bound }, list)
    await allWaiting
    const shed = await Promise.all(Array.from({ length: sent - bound }, list))
    const health = await fetch(`${base}/health`)
    expect(health.status).toBe(200)

    openGate()
    const done = await Promise.all(admitted)
    const rssDelta = process.memoryUsage().rss - rssBefore

    expect(done.map((r) => r.status)).toEqual(Array(bound).fill(200))
    for (const response of shed) {
      expect(response.status).toBe(503)
      expect(response.retryAfter).toBe("1")
      expect(response.type).toContain("application/problem+json")
      expect(response.body.type).toMatch(/\/overloaded$/)
    }
    // After the held ones completed, the next request is admitted again.
    expect((await list()).status).toBe(200)

    const latencies = shed.map((r) => r.ms).sort((a, b) => a - b)
    const p99 = latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)] ?? 0
    console.info(JSON.stringify({ overload: { bound, sent, admitted: done.length, shed503: shed.length, other5xx: 0, p99ShedMs: Math.round(p99 * 10) / 10, rssDeltaMiB: Math.round(rssDelta / 2 ** 20) } }))
    // Generous: sixty short answers need a few MiB at most; a queue of held bodies would need far more.
    expect(rssDelta).toBeLessThan(100 * 2 ** 20)
  })
})
