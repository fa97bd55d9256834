import { createServer } from "node:net"
import { StoreFailure } from "@ticketflow/core"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createKyselyAuthStore } from "./auth-store.ts"
import { asStoreFailure, causedByConnectionFailure, isConnectionFailure } from "./db-errors.ts"
import { openPostgres, type PostgresHandle } from "./postgres.ts"
import { createKyselyStore } from "./store.ts"
import { skipWithoutPostgres, testDatabaseUrl } from "./test-databases.ts"

/** A port on 127.0.0.1 that nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  return typeof address === "object" && address !== null ? address.port : 0
}

describe("connection failures, as a store reports them", () => {
  let unreachable: PostgresHandle
  beforeAll(async () => {
    unreachable = await openPostgres({ connectionString: `postgres://postgres@127.0.0.1:${await closedPort()}/test` })
  })
  afterAll(async () => {
    await unreachable?.close()
  })

  it("maps a refused connection to StoreFailure in the ticket store and the session store", async () => {
    const refused = await createKyselyStore(unreachable.db).listTenants().catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(StoreFailure)
    expect(isConnectionFailure((refused as StoreFailure).cause)).toBe(true)
    const session = await createKyselyAuthStore(unreachable.db).findSession("hash", new Date()).catch((error: unknown) => error)
    expect(session).toBeInstanceOf(StoreFailure)
    expect(causedByConnectionFailure(session)).toBe(true)
  })

  it("names what pg and Postgres say when the server is going or gone", () => {
    const server = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" })
    for (const failure of [
      server("57P01", "terminating connection due to administrator command"),
      server("57P02", "terminating connection due to crash of another server process"),
      server("57P03", "the database system is shutting down"),
      server("53300", "sorry, too many clients already"),
      server("08006", "connection failure"),
      server("08001", "could not connect"),
      Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
      new Error("timeout exceeded when trying to connect"),
      new Error("Connection terminated unexpectedly"),
      new Error("Connection terminated due to connection timeout"),
      new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })], ""),
    ]) {
      expect(isConnectionFailure(failure), failure.message).toBe(true)
      expect(asStoreFailure(failure)).toBeInstanceOf(StoreFailure)
    }
    for (const statementError of [server("23505", "duplicate key value"), server("22021", "invalid byte sequence"), server("42601", "syntax error"), new Error("boom"), "text", null]) {
      expect(isConnectionFailure(statementError)).toBe(false)
      expect(asStoreFailure(statementError)).toBe(statementError)
    }
    // A statement past its budget may be retried too, but says nothing of the database being down.
    const cancelled = server("57014", "canceling statement due to statement timeout")
    expect(isConnectionFailure(cancelled)).toBe(false)
    expect(asStoreFailure(cancelled)).toBeInstanceOf(StoreFailure)
  })
})

const skip = await skipWithoutPostgres("connection failure tests on Postgres")

describe.skipIf(skip)("connection failures from a real server", () => {
  it("recognises a session the server terminated (57P01), and not a statement's own error", async () => {
    const client = new pg.Client(testDatabaseUrl)
    client.on("error", () => {})
    await client.connect()
    const syntax = await client.query("SELEC 1").catch((error: unknown) => error)
    expect(isConnectionFailure(syntax)).toBe(false)
    const admin = new pg.Client(testDatabaseUrl)
    await admin.connect()
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")
    const dying = client.query("SELECT pg_sleep(30)").catch((error: unknown) => error)
    await admin.query("SELECT pg_terminate_backend($1)", [rows[0]?.pid])
    await admin.end()
    const terminated = await dying
    expect((terminated as { code?: string }).code).toBe("57P01")
    expect(isConnectionFailure(terminated)).toBe(true)
    // The next query on the dead connection: pg's own words, without a code.
    const after = await client.query("SELECT 1").catch((error: unknown) => error)
    expect(isConnectionFailure(after)).toBe(true)
    await client.end().catch(() => undefined)
  })
})
