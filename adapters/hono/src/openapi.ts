import { createRoute, z } from "@hono/zod-openapi"
import type { Context } from "hono"
import { loadApiReference, referenceMissingPage, scalarPackages, type ReferencePackages } from "./docs-reference.ts"
import type { ApiDeps, TicketflowApiOptions } from "./options.ts"
import { ApiProblem, problemResponses } from "./problem.ts"
import { jsonResponse, type ApiApp } from "./routes/shared.ts"

/** The tags of the document, in the order the reference shows them. */
const documentTags = (builtInLogin: boolean) => [
  {
    name: "Authentication",
    description: builtInLogin ? "Log in with email and password for a bearer token; log out; who am I." : "Who am I: the user the host application signed in.",
  },
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

/**
 * `/openapi.json`, `/docs` (Scalar, served from its packages when they are installed; a page
 * that says how to install them when not) and `/health`. The document describes the
 * authentication as `deps.authScheme` does: the built-in login's schemes, the host's, or none.
 *
 * @param referencePackages where the reference comes from (Scalar's packages; a test names absent ones)
 */
export function documentRoutes(app: ApiApp, deps: ApiDeps, info: TicketflowApiOptions["info"], referencePackages: ReferencePackages = scalarPackages): void {
  const auth = deps.authScheme
  for (const [name, scheme] of Object.entries(auth.schemes)) app.openAPIRegistry.registerComponent("securitySchemes", name, scheme)
  const title = info?.title ?? "ticketflow API"

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
      title,
      version: info?.version ?? "0.1.0",
      description:
        info?.description ??
        "The REST API of ticketflow, a support-ticket workflow engine. Errors are `application/problem+json` (RFC 9457) with a stable `type` slug. A ticket the actor may not see is 404.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: mountOf(c, "/openapi.json") || "/", description: "This server" }],
    // Every operation but those marked public (`security: []`) accepts these.
    ...(auth.security.length === 0 ? {} : { security: auth.security.map((requirement) => ({ ...requirement })) as Array<Record<string, string[]>> }),
    tags: documentTags(auth.builtInLogin),
  }))

  app.get("/docs/scalar.js", async (c) => {
    const reference = await loadApiReference(referencePackages)
    if (reference === null) {
      throw new ApiProblem({ slug: "reference-not-installed", status: 404, title: "Not found", detail: "The API reference is not installed on this server" })
    }
    const script = await reference.script()
    return c.body(script, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" })
  })

  app.get("/docs", async (c) => {
    const reference = await loadApiReference(referencePackages)
    if (reference === null) return c.html(referenceMissingPage(title, referencePackages), 200, { "Content-Security-Policy": "default-src 'none'" })
    const mount = mountOf(c, "/docs")
    return reference.page({
      pageTitle: title,
      url: `${mount}/openapi.json`,
      cdn: `${mount}/docs/scalar.js`,
      withDefaultFonts: false,
      telemetry: false,
      agent: { disabled: true },
      mcp: { disabled: true },
      showDeveloperTools: "never",
      // Try-it-out against this server, with the scheme the API describes.
      ...(auth.preferred === null ? {} : { authentication: { preferredSecurityScheme: auth.preferred } }),
    })(c)
  })
}
