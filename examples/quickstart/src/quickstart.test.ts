import { demoUsers } from "@ticketflow/core/demo"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startServer, type RunningServer } from "./test-server.ts"

describe("the quickstart over a real socket", () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer()
    console.info(`quickstart healthy ${Math.round(server.healthyAfterMs)} ms after spawning (fresh PGlite, demo installed)`)
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
  })

  const login = async (email: string, password = "demo-password") =>
    fetch(`${server.base}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })

  it("answers /health with the database up", async () => {
    const response = await fetch(`${server.base}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true, details: { database: "up" } })
  })

  it.each(demoUsers.map((user) => [user.email, user.kind] as const))("signs in %s (%s)", async (email, kind) => {
    const response = await login(email)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { token: string; user: { email: string; kind: string } }
    expect(body.user).toMatchObject({ email, kind })
    const me = await fetch(`${server.base}/v1/auth/me`, { headers: { authorization: `Bearer ${body.token}` } })
    expect(me.status).toBe(200)
  })

  it("refuses a wrong password with a problem", async () => {
    const response = await login("bob@acme.test", "not-the-password")
    expect(response.status).toBe(401)
    expect(response.headers.get("content-type")).toContain("application/problem+json")
  })

  it("lists the demo users for the console's login page, and serves the API reference", async () => {
    const demo = (await (await fetch(`${server.base}/v1/demo`)).json()) as { users: Array<{ email: string }> }
    expect(demo.users.map((u) => u.email)).toEqual(demoUsers.map((u) => u.email))
    expect((await fetch(`${server.base}/openapi.json`)).status).toBe(200)
    expect((await fetch(`${server.base}/docs`)).status).toBe(200)
    expect((await fetch(`${server.base}/`)).status).toBe(200)
  })

  it("keeps its data across a graceful restart and installs the demo only once", async () => {
    const token = ((await (await login("bob@acme.test")).json()) as { token: string }).token
    const created = await fetch(`${server.base}/v1/tickets`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ subject: "Survives a restart" }),
    })
    expect(created.status).toBe(201)
    const { number } = (await created.json()) as { number: number }
    expect(await server.stop()).toBe(0)
    expect(server.output()).toContain('"msg":"stopped"')

    server = await startServer({ dataDir: server.dataDir })
    expect(server.output()).not.toContain("installed the demo tenant")
    const again = ((await (await login("bob@acme.test")).json()) as { token: string }).token
    const ticket = await fetch(`${server.base}/v1/tickets/${number}`, { headers: { authorization: `Bearer ${again}` } })
    expect(ticket.status).toBe(200)
    expect(await ticket.json()).toMatchObject({ subject: "Survives a restart" })
  }, 120_000)
})

describe("npm start -- --no-demo, as README writes it", () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({
      viaNpm: true,
      args: ["--no-demo"],
      env: { TICKETFLOW_ADMIN_EMAIL: "owner@example.test", TICKETFLOW_ADMIN_PASSWORD: "owner-password-1" },
    })
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
  })

  const login = (email: string, password: string) =>
    fetch(`${server.base}/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })

  it("starts without the demo tenant: its users do not exist, the first admin does", async () => {
    expect((await login("alice@acme.test", "demo-password")).status).toBe(401)
    expect((await login("owner@example.test", "owner-password-1")).status).toBe(200)
    expect(server.output()).not.toContain("installed the demo tenant")
  })
})
