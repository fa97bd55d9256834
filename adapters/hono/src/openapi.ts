import { createRequire } from "node:module"
import { readFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import { createRoute, z } from "@hono/zod-openapi"
import { Scalar } from "@scalar/hono-api-reference"
import type { Context } from "hono"
import type { ApiEnv } from "./env.ts"
import type { ApiDeps, TicketflowApiOptions } from "./options.ts"
import { problemResponses } from "./problem.ts"
import { jsonResponse, type ApiApp } from "./routes/shared.ts"

/** The tags of the document, in the order the reference shows them. */
export const apiTags = [
  { name: "Authentication", description: "Log in with email and password for a bearer token; log out; who am I." },
  { name: "Tickets", description: "Create, list, count, read and edit tickets. Tickets carry an `ETag` (their version) for `If-Match`." },
  { name: "Conversation", description: "Replies, internal notes and the activity history of a ticket." },
  { name: "Workflow actions", description: "The events an actor may fire on a ticket, and firing them." },
  { name: "Attachments", description: "Uploads (streamed, type sniffed from the bytes), downloads and thumbnails." },
  { name: "Live updates", description: "Server-sent events of the changes an actor may see." },
  { name: "Configuration", description: "Departments, ticket types, priorities, the catalog, calendars, SLA policies and organisations: admins write, the team reads." },
  { name: "Users", description: "The tenant's customers, agents and admins." },
  { name: "Workflows", description: "Workflow definitions: read, validate, publish versions, migrate tickets." },
  { name: "System", description: "Health." },
]

/** Where the API is mounted, from the path of a request to one of its own routes. */
function mountOf(c: Context, ownPath: string): string {
  const path = c.req.path
  return path.endsWith(ownPath) ? path.slice(0, path.length - ownPath.length) : ""
}

let scalarBundle: Promise<string> | null = null

/** Scalar's standalone bundle from the installed package: the reference works offline. */
function loadScalarBundle(): Promise<string> {
  const require = createRequire(import.meta.url)
  scalarBundle ??= readFile(join(dirname(require.resolve("@scalar/api-reference")), "browser", "standalone.js"), "utf8")
  return scalarBundle
}

const HealthSchema = z
  .object({ ok: z.boolean(), details: z.record(z.string(), z.unknown()).optional() })
  .openapi("Health", { description: "Whether the API and its storage answer.", example: { ok: true, details: { database: "up" } } })

const health = createRoute({
  method: "get",
  path: "/health",
  operationId: "health",
  tags: ["System"],
  summary: "Health check",
  description: "Calls the host's health check (a database ping): 200 when ok, 503 otherwise.",
  security: [],
  responses: { 200: jsonResponse(HealthSchema, "Healthy."), 503: jsonResponse(HealthSchema, "Unhealthy."), ...problemResponses(404) },
})

/** `/openapi.json`, `/docs` (Scalar, served from the installed package) and `/health`. */
export function documentRoutes(app: ApiApp, deps: ApiDeps, info: TicketflowApiOptions["info"]): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "The token from `POST /v1/auth/login` (or the host app's own scheme).",
  })
  app.openAPIRegistry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: "ticketflow_session",
    description: "The console's session cookie, set by `POST /v1/auth/login` with `cookie: true`.",
  })

  app.openapi(health, async (c) => {
    const result = await deps.health().catch((error: unknown) => {
      deps.logger.error({ error }, "health check failed")
      return { ok: false, details: { error: "health check failed" } }
    })
    const body = result.details === undefined ? { ok: result.ok } : { ok: result.ok, details: result.details }
    c.header("Cache-Control", "no-store")
    return result.ok ? c.json(body, 200) : c.json(body, 503)
  })

  app.doc31("/openapi.json", (c) => ({
    openapi: "3.1.0",
    info: {
      title: info?.title ?? "ticketflow API",
      version: info?.version ?? "0.1.0",
      description:
        info?.description ??
        "The REST API of ticketflow, a support-ticket workflow engine. Errors are `application/problem+json` (RFC 9457) with a stable `type` slug. A ticket the actor may not see is 404.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: mountOf(c, "/openapi.json") || "/", description: "This server" }],
    tags: apiTags,
  }))

  app.get("/docs/scalar.js", async (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8")
    c.header("Cache-Control", "public, max-age=86400")
    return c.body(await loadScalarBundle())
  })

  app.get(
    "/docs",
    Scalar<ApiEnv>((c) => {
      const mount = mountOf(c, "/docs")
      return {
        pageTitle: info?.title ?? "ticketflow API",
        url: `${mount}/openapi.json`,
        cdn: `${mount}/docs/scalar.js`,
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        showDeveloperTools: "never",
        // Try-it-out against this server, with a bearer token from login.
        authentication: { preferredSecurityScheme: "bearerAuth" },
      }
    }),
  )
}
