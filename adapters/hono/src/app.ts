import { OpenAPIHono } from "@hono/zod-openapi"
import type { Context } from "hono"
import { bodyLimit } from "hono/body-limit"
import { validationFailed } from "@ticketflow/core"
import { authentication, requireAuthentication } from "./auth/authenticate.ts"
import type { ApiEnv } from "./env.ts"
import { documentRoutes } from "./openapi.ts"
import { resolveOptions, type TicketflowApiOptions } from "./options.ts"
import { inFlightLimit } from "./overload.ts"
import { ApiProblem, invalidRequest, problemResponse } from "./problem.ts"
import { attachmentRoutes } from "./routes/attachments.ts"
import { authRoutes } from "./routes/auth.ts"
import { configRoutes } from "./routes/config.ts"
import { conversationRoutes } from "./routes/conversation.ts"
import { ticketRoutes } from "./routes/tickets.ts"
import { userRoutes } from "./routes/users.ts"
import { workflowRoutes } from "./routes/workflows.ts"
import { eventStreamRoutes } from "./sse.ts"

/** Headers on every response: JSON is never sniffed into something else, and never framed. */
const baseHeaders = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
}

/**
 * Creates ticketflow's REST API: an `OpenAPIHono` app with every `/v1` route, `/openapi.json`,
 * `/docs` and `/health`, to serve as it is or to mount in a host Hono app.
 *
 * @example
 * const api = createTicketflowApi({ engine, tenantId, auth: { store: authStore }, attachments })
 * host.route("/support", api)
 */
export function createTicketflowApi(options: TicketflowApiOptions) {
  const deps = resolveOptions(options)
  const { challenge } = deps.authScheme
  const app = new OpenAPIHono<ApiEnv>({
    // Bodies, queries and paths are validated with the engine's input schemas: a failing field
    // is the engine's own 422 validation-failed. Headers are HTTP's, and stay 400 invalid-request.
    defaultHook: (result, c) => {
      if (result.success) return
      const failure = result.target === "header" ? invalidRequest(result.error.issues, "header") : validationFailed(result.error.issues)
      return problemResponse(c, failure, challenge)
    },
  })

  app.onError((error, c) => {
    const response = problemResponse(c, error, challenge)
    if (response.status >= 500) deps.logger.error({ error, method: c.req.method, path: c.req.path }, "request failed")
    return response
  })
  const routeNotFound = (c: Context) =>
    problemResponse(c, new ApiProblem({ slug: "route-not-found", status: 404, title: "Not found", detail: `No route ${c.req.method} ${c.req.path}` }), challenge)
  app.notFound(routeNotFound)
  app.use("*", async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(baseHeaders)) if (!c.res.headers.has(name)) c.res.headers.set(name, value)
  })

  // Load is shed before any other work; /health, /openapi.json and /docs are outside the bound.
  app.use("/v1/*", inFlightLimit({ maxInFlight: deps.limits.maxInFlight }))
  const jsonLimit = bodyLimit({
    maxSize: deps.limits.maxJsonBytes,
    onError: () => {
      throw new ApiProblem({ slug: "request-too-large", status: 413, title: "Request too large", detail: `A request body may have at most ${deps.limits.maxJsonBytes} bytes` })
    },
  })
  // Uploads stream under their own, larger limit; reads carry no body to limit (and checking
  // one would make the Node adapter build a full Request for every GET).
  app.use("/v1/*", (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" || (c.req.method === "POST" && c.req.path.endsWith("/v1/attachments"))
      ? next()
      : jsonLimit(c, next),
  )
  app.use("/v1/*", authentication(deps))
  app.use("/v1/*", requireAuthentication(deps))

  authRoutes(app, deps)
  ticketRoutes(app, deps)
  conversationRoutes(app, deps)
  attachmentRoutes(app, deps)
  eventStreamRoutes(app, deps)
  configRoutes(app, deps)
  userRoutes(app, deps)
  workflowRoutes(app, deps)
  documentRoutes(app, deps, options.info)
  // Mounted in a host app, the host's not-found handler would answer instead: keep /v1 in problem+json.
  app.all("/v1/*", routeNotFound)
  return app
}

/** The app `createTicketflowApi` returns. */
export type TicketflowApi = ReturnType<typeof createTicketflowApi>
