import { Writable } from "node:stream"
import pino from "pino"
import { describe, expect, it } from "vitest"
import { trackDatabaseState } from "./database-state.ts"

/** A pino logger whose lines the test reads back. */
function recordingLogger(onLine: (msg: string) => void = () => {}) {
  const lines: Array<{ level: number; msg: string }> = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        const entry = JSON.parse(line) as { level: number; msg: string }
        lines.push(entry)
        onLine(entry.msg)
      }
      done()
    },
  })
  return { logger: pino({ level: "debug" }, sink), lines }
}

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })

describe("the database state", () => {
  it("logs an outage once however many requests meet it, and once when a probe finds the database back", async () => {
    let markBack: () => void = () => {}
    const back = new Promise<void>((resolve) => (markBack = resolve))
    const { logger, lines } = recordingLogger((msg) => {
      if (msg === "the database is back") markBack()
    })
    let reachable = false
    const state = trackDatabaseState({
      ping: async () => {
        if (!reachable) throw refused()
      },
      logger,
      probeMs: 5,
    })
    const requests = state.requestLogger()
    for (let i = 0; i < 50; i += 1) requests.error({ error: new Error("The store failed", { cause: refused() }), path: "/v1/tickets" }, "request failed")
    expect(state.up).toBe(false)
    expect((await state.health()).ok).toBe(false)
    reachable = true
    await back
    expect(state.up).toBe(true)
    expect(lines.map((line) => line.msg)).toEqual(["the database is unavailable: requests that need it answer 503 until it is back", "the database is back"])
    state.close()
  })

  it("logs nothing for a connection that died with a restart the database is already back from", async () => {
    const { logger, lines } = recordingLogger()
    let pinged: () => void = () => {}
    const pings = new Promise<void>((resolve) => (pinged = resolve))
    const state = trackDatabaseState({
      ping: async () => {
        pinged()
      },
      logger,
      probeMs: 5,
    })
    const terminated = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })
    expect(state.requestLogger().error({ error: new Error("The store failed", { cause: terminated }) }, "request failed")).toBeUndefined()
    await pings
    // The confirming ping answered: the state is up again, and the log never heard of an outage.
    await new Promise<void>((resolve) => setImmediate(resolve))
    expect(state.up).toBe(true)
    expect(lines).toEqual([])
    state.close()
  })

  it("logs other request failures as they come", () => {
    const { logger, lines } = recordingLogger()
    const state = trackDatabaseState({ ping: async () => undefined, logger })
    state.requestLogger().error({ error: new Error("boom"), path: "/v1/tickets" }, "request failed")
    expect(state.up).toBe(true)
    expect(lines.map((line) => line.msg)).toEqual(["request failed"])
    state.close()
  })
})
