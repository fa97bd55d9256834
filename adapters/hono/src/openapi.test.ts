import { OpenAPIHono } from "@hono/zod-openapi"
import { createConfig, lintFromString } from "@redocly/openapi-core"
import { Hono } from "hono"
import { describe, expect, it } from "vitest"
import { createTicketflowApi } from "./app.ts"
import { installCommand, scalarPackages } from "./docs-reference.ts"
import type { ApiEnv } from "./env.ts"
import { documentRoutes } from "./openapi.ts"
import { resolveOptions, type HostAuthScheme } from "./options.ts"
import { problemResponse } from "./problem.ts"
import { buildWorld, type World } from "./testing/world.ts"

interface Operation {
  security?: Array<Record<string, string[]>>
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  responses: Record<string, unknown>
}
interface Document {
  openapi: string
  servers: Array<{ url: string }>
  security?: Array<Record<string, string[]>>
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, { example?: unknown; description?: string }>; securitySchemes?: Record<string, unknown> }
}

const routesOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ method, path, operation })))

const lint = async (source: string) => {
  const config = await createConfig({ extends: ["recommended"] })
  const problems = await lintFromString({ source, absoluteRef: "openapi.json", config })
  return problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(", ")}`)
}

/** The API with the host's authentication: the demo admin, when the request says `x-host-user: admin`. */
const hostApi = (world: World, scheme?: HostAuthScheme) =>
  createTicketflowApi({
    engine: world.engine,
    tenantId: world.demo.tenantId,
    attachments: world.attachments,
    auth: { authenticate: async (request) => (request.headers.get("x-host-user") === "admin" ? world.demo.admin : null), ...(scheme === undefined ? {} : { scheme }) },
  })

const hostScheme: HostAuthScheme = {
  name: "acmeSession",
  definition: { type: "apiKey", in: "cookie", name: "acme_session", description: "Acme's session cookie, from signing in at https://acme.test/login." },
  challenge: 'Cookie realm="acme"',
  hint: "Sign in at https://acme.test/login first",
}

describe("the OpenAPI document", () => {
  it("lints clean with Redocly's recommended rules", async () => {
    const world = await buildWorld()
    const response = await world.app.request("/openapi.json")
    expect(response.status).toBe(200)
    expect(await lint(await response.text())).toEqual([])
  })

  it("is OpenAPI 3.1 with every route, named component schemas, examples and descriptions", async () => {
    const world = await buildWorld()
    const document = (await (await world.app.request("/openapi.json")).json()) as Document
    expect(document.openapi).toBe("3.1.0")
    expect(document.servers).toEqual([{ url: "/", description: "This server" }])
    const routes = routesOf(document).map((r) => `${r.method.toUpperCase()} ${r.path}`)
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
    expect(Object.keys(document.components.securitySchemes ?? {}).sort()).toEqual(["bearerAuth", "cookieAuth"])
    expect(document.security).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }])
    const open = routesOf(document).filter((r) => r.operation.security !== undefined).map((r) => `${r.method} ${r.path} ${JSON.stringify(r.operation.security)}`)
    expect(open.sort()).toEqual(["get /health []", "post /v1/auth/login []"])
    const problem = (document.paths["/v1/tickets/{id}"]?.get?.responses["404"] as { content: Record<string, unknown> }).content
    expect(Object.keys(problem)).toEqual(["application/problem+json"])
  })
})

describe("the OpenAPI document with the host's authentication", () => {
  it("has neither the built-in login's routes nor its schemes, and what it lists answers", async () => {
    const world = await buildWorld()
    const api = hostApi(world)
    const document = (await (await api.request("/openapi.json")).json()) as Document
    const missing = ["post /v1/auth/login", "post /v1/auth/logout", "put /v1/users/{id}/password"]
    const listed = routesOf(document).map((r) => `${r.method} ${r.path}`)
    for (const route of missing) expect(listed).not.toContain(route)
    expect(listed).toContain("get /v1/auth/me")
    expect(document.components.securitySchemes ?? {}).toEqual({})
    expect(document.security).toBeUndefined()
    expect(JSON.stringify(document)).not.toMatch(/bearerAuth|cookieAuth|ticketflow_session/)
    expect(Object.keys(document.components.schemas)).not.toContain("Login")
    // A route in the document answers; a route not in it does not.
    const headers = { "x-host-user": "admin" }
    for (const { method, path } of routesOf(document)) {
      const response = await api.request(path.replace("{id}", "00000000-0000-4000-8000-000000000000").replace("{key}", "nothing"), { method: method.toUpperCase(), headers })
      const body = response.headers.get("Content-Type") === "application/problem+json" ? ((await response.json()) as { type: string }) : null
      expect(body?.type, `${method} ${path}`).not.toBe("https://ticketflow.dev/problems/route-not-found")
    }
    for (const route of missing) {
      const [method = "", path = ""] = route.split(" ")
      const response = await api.request(path.replace("{id}", world.demo.bob.userId), { method: method.toUpperCase(), headers })
      expect(response.status, route).toBe(404)
      expect(((await response.json()) as { type: string }).type).toBe("https://ticketflow.dev/problems/route-not-found")
    }
  })

  it("answers a neutral 401 without a challenge when the host describes no scheme", async () => {
    const world = await buildWorld()
    const refused = await hostApi(world).request("/v1/tickets")
    expect(refused.status).toBe(401)
    expect(refused.headers.get("WWW-Authenticate")).toBeNull()
    const problem = (await refused.json()) as { detail: string }
    expect(problem.detail).toBe("Authentication required: sign in to the host application")
    expect(problem.detail).not.toContain("Bearer")
    const page = await (await hostApi(world).request("/docs")).text()
    expect(page).not.toContain("preferredSecurityScheme")
  })

  it("describes the host's scheme: every secured operation names it, and a 401 carries its challenge and hint", async () => {
    const world = await buildWorld()
    const api = hostApi(world, hostScheme)
    const source = await (await api.request("/openapi.json")).text()
    expect(await lint(source)).toEqual([])
    const document = JSON.parse(source) as Document
    expect(document.components.securitySchemes).toEqual({ acmeSession: hostScheme.definition })
    for (const { method, path, operation } of routesOf(document)) {
      expect(operation.security ?? document.security, `${method} ${path}`).toEqual(path === "/health" ? [] : [{ acmeSession: [] }])
    }
    const refused = await api.request("/v1/tickets")
    expect(refused.status).toBe(401)
    expect(refused.headers.get("WWW-Authenticate")).toBe('Cookie realm="acme"')
    expect(((await refused.json()) as { detail: string }).detail).toBe("Sign in at https://acme.test/login first")
    expect(await (await api.request("/docs")).text()).toContain('"preferredSecurityScheme": "acmeSession"')
  })

  it("refuses a scheme name that is no OpenAPI component key", async () => {
    const world = await buildWorld()
    expect(() => hostApi(world, { ...hostScheme, name: "acme session" })).toThrow(/component key/)
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
    expect(html).toContain('"preferredSecurityScheme": "bearerAuth"')
  })

  it("says how to install the reference when its packages are absent, and still serves the document", async () => {
    const world = await buildWorld()
    const absent = { middleware: "@ticketflow/no-such-reference", bundle: "@ticketflow/no-such-bundle" }
    const app = new OpenAPIHono<ApiEnv>()
    app.onError((error, c) => problemResponse(c, error, null))
    documentRoutes(app, resolveOptions({ engine: world.engine, tenantId: world.demo.tenantId, auth: { store: world.authStore }, attachments: world.attachments }), undefined, absent)
    const page = await app.request("/docs")
    expect(page.status).toBe(200)
    expect(page.headers.get("Content-Type")).toMatch(/^text\/html/)
    const html = await page.text()
    expect(html).toContain("The interactive API reference is not installed")
    expect(html).toContain(`<code>${installCommand(absent)}</code>`)
    expect(html).toContain('<a href="./openapi.json">')
    expect(html).not.toContain("<script")
    const script = await app.request("/docs/scalar.js")
    expect(script.status).toBe(404)
    expect(script.headers.get("Content-Type")).toBe("application/problem+json")
    expect(script.headers.get("Cache-Control")).toBeNull()
    expect((await app.request("/openapi.json")).status).toBe(200)
    expect(installCommand(scalarPackages)).toBe("npm install @scalar/hono-api-reference @scalar/api-reference")
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
