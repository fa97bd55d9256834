import { createConfig, lintFromString } from "@redocly/openapi-core"
import { Hono } from "hono"
import { describe, expect, it } from "vitest"
import { createTicketflowApi } from "./app.ts"
import { buildWorld } from "./testing/world.ts"

interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  responses: Record<string, unknown>
}
interface Document {
  openapi: string
  servers: Array<{ url: string }>
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, { example?: unknown; description?: string }>; securitySchemes: Record<string, unknown> }
}

describe("the OpenAPI document", () => {
  it("lints clean with Redocly's recommended rules", async () => {
    const world = await buildWorld()
    const response = await world.app.request("/openapi.json")
    expect(response.status).toBe(200)
    const source = await response.text()
    const config = await createConfig({ extends: ["recommended"] })
    const problems = await lintFromString({ source, absoluteRef: "openapi.json", config })
    const described = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(", ")}`)
    expect(described).toEqual([])
  })

  it("is OpenAPI 3.1 with every route, named component schemas, examples and descriptions", async () => {
    const world = await buildWorld()
    const document = (await (await world.app.request("/openapi.json")).json()) as Document
    expect(document.openapi).toBe("3.1.0")
    expect(document.servers).toEqual([{ url: "/", description: "This server" }])
    const routes = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
    const expected = [
      "POST /v1/auth/login", "POST /v1/auth/logout", "GET /v1/auth/me",
      "POST /v1/tickets", "GET /v1/tickets", "GET /v1/tickets/counts", "GET /v1/tickets/{id}", "PATCH /v1/tickets/{id}",
      "GET /v1/tickets/{id}/transitions", "POST /v1/tickets/{id}/transitions",
      "GET /v1/tickets/{id}/messages", "POST /v1/tickets/{id}/messages", "GET /v1/tickets/{id}/events",
      "POST /v1/attachments", "GET /v1/attachments/{id}", "GET /v1/attachments/{id}/thumbnail", "GET /v1/events/stream",
      ...["departments", "ticket-types", "priorities", "catalog-items", "calendars", "sla-policies", "organizations"].flatMap((p) => [
        `GET /v1/${p}`, `POST /v1/${p}`, `GET /v1/${p}/{key}`, `PUT /v1/${p}/{key}`, `PATCH /v1/${p}/{key}`, `DELETE /v1/${p}/{key}`,
      ]),
      "GET /v1/users", "POST /v1/users", "GET /v1/users/{id}", "PATCH /v1/users/{id}", "PUT /v1/users/{id}/password",
      "GET /v1/workflows", "POST /v1/workflows/validate", "GET /v1/workflows/{key}", "POST /v1/workflows/{key}/versions", "POST /v1/workflows/{key}/migrations",
      "GET /health",
    ]
    expect(routes.sort()).toEqual(expected.sort())
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(operation.operationId, `${method} ${path}`).toBeTruthy()
        expect(operation.summary, `${method} ${path}`).toBeTruthy()
        expect(operation.description, `${method} ${path}`).toBeTruthy()
        expect(operation.tags?.length, `${method} ${path}`).toBe(1)
      }
    }
    const schemas = document.components.schemas
    for (const name of ["Problem", "Ticket", "TicketPage", "TicketCounts", "CreateTicket", "UpdateTicket", "Message", "PostMessage", "TicketEvent", "Attachment", "AllowedEvent", "FireEvent", "User", "Me", "Login", "LoginResult", "Department", "TicketType", "Priority", "CatalogItem", "Calendar", "SlaPolicy", "Organization", "Workflow", "WorkflowValidation", "Migration", "MigrationResult", "Health"]) {
      expect(schemas[name], name).toBeDefined()
      expect(schemas[name]?.description, name).toBeTruthy()
    }
    for (const name of ["Problem", "Ticket", "Message", "TicketEvent", "Attachment", "AllowedEvent", "User", "Department", "Workflow", "Migration", "Health"]) {
      expect(schemas[name]?.example, name).toBeDefined()
    }
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["bearerAuth", "cookieAuth"])
    const problem = (document.paths["/v1/tickets/{id}"]?.get?.responses["404"] as { content: Record<string, unknown> }).content
    expect(Object.keys(problem)).toEqual(["application/problem+json"])
  })
})

describe("/docs", () => {
  it("serves the Scalar reference with its script from the installed package, not a CDN", async () => {
    const world = await buildWorld()
    const page = await world.app.request("/docs")
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<script src="/docs/scalar.js"></script>')
    expect(html).toContain('"url": "/openapi.json"')
    expect(html).not.toMatch(/<script[^>]+src="https?:|<link[^>]+href="https?:|cdn\.jsdelivr/)
    const script = await world.app.request("/docs/scalar.js")
    expect(script.status).toBe(200)
    expect(script.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8")
    const bundle = await script.text()
    expect(bundle.length).toBeGreaterThan(1_000_000)
    expect(bundle).toContain("createApiReference")
  })
})

describe("mounted in a host Hono app", () => {
  it("serves its routes, document and reference under the host's prefix", async () => {
    const world = await buildWorld()
    const host = new Hono()
    host.get("/", (c) => c.text("host home"))
    host.route("/support", world.app)
    expect(await (await host.request("/")).text()).toBe("host home")
    const token = await world.token("bob")
    const me = await host.request("/support/v1/auth/me", { headers: { Authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    const document = (await (await host.request("/support/openapi.json")).json()) as Document
    expect(document.servers[0]?.url).toBe("/support")
    const html = await (await host.request("/support/docs")).text()
    expect(html).toContain('<script src="/support/docs/scalar.js"></script>')
    expect(html).toContain('"url": "/support/openapi.json"')
    const created = await host.request("/support/v1/tickets", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ subject: "Mounted" }) })
    expect(created.headers.get("Location")).toMatch(/^\/support\/v1\/tickets\/[0-9a-f-]{36}$/)
    const missing = await host.request("/support/v1/nothing-here", { headers: { Authorization: `Bearer ${token}` } })
    expect(missing.status).toBe(404)
    expect(missing.headers.get("Content-Type")).toBe("application/problem+json")
  })
})

describe("/health", () => {
  it("reports the host's health check: 200 when ok, 503 when not or when it throws", async () => {
    const world = await buildWorld()
    expect(await (await world.app.request("/health")).json()).toEqual({ ok: true })
    const make = (health: () => Promise<{ ok: boolean; details?: Record<string, unknown> }>) =>
      createTicketflowApi({ engine: world.engine, tenantId: world.demo.tenantId, auth: { store: world.authStore }, attachments: world.attachments, health })
    const up = await make(async () => ({ ok: true, details: { database: "up" } })).request("/health")
    expect(up.status).toBe(200)
    expect(await up.json()).toEqual({ ok: true, details: { database: "up" } })
    const down = await make(async () => ({ ok: false, details: { database: "down" } })).request("/health")
    expect(down.status).toBe(503)
    const broken = await make(async () => {
      throw new Error("connection refused")
    }).request("/health")
    expect(broken.status).toBe(503)
    expect(await broken.json()).toEqual({ ok: false, details: { error: "health check failed" } })
  })
})
