import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { serveStatic } from "@hono/node-server/serve-static"
import { ApiProblem, createTicketflowApi, problemMediaType, toProblem } from "@ticketflow/hono"
import { Hono } from "hono"
import type { Logger } from "pino"
import type { QuickstartConfig } from "./config.ts"
import type { Runtime } from "./runtime.ts"
import { demoPassword } from "./tenant.ts"
import { demoUsers } from "@ticketflow/core/demo"

/** The quickstart's app: the API under `/v1` (with `/openapi.json`, `/docs`, `/health`) and the console at `/`. */
export async function createServerApp(runtime: Runtime, tenantId: string, config: QuickstartConfig, logger: Logger): Promise<Hono> {
  const api = createTicketflowApi({
    engine: runtime.engine,
    tenantId,
    auth: { store: runtime.auth },
    attachments: runtime.attachments,
    feed: runtime.feed,
    health: () => runtime.health(),
    // A request that failed for want of the database is logged once per outage, by the state.
    logger: runtime.databaseState.requestLogger(),
    limits: { maxInFlight: config.maxInFlight },
    trustProxy: config.trustProxy,
  })
  const app = new Hono()
  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, "request")
  })
  if (config.demo) {
    // The console's login page lists the demo users for one-click sign-in.
    app.get("/v1/demo", (c) =>
      c.json({ database: runtime.database, users: demoUsers.map((user) => ({ ...user, password: demoPassword })) }),
    )
  }
  app.route("/", api)

  if (existsSync(join(config.consoleDir, "index.html"))) {
    const index = await readFile(join(config.consoleDir, "index.html"), "utf8")
    app.use("/*", serveStatic({ root: config.consoleDir }))
    // A client-side route (`/tickets/42`) reloaded in the browser gets the app, which routes it.
    app.get("*", (c) => c.html(index))
  } else {
    app.get("/", (c) =>
      c.html(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ticketflow</title><link rel="icon" href="data:,"></head>` +
          `<body><h1>ticketflow</h1><p>The API is running. The console is not built yet (<code>npm run build -w @ticketflow/console</code>).</p>` +
          `<p><a href="/docs">API reference</a> · <a href="/openapi.json">OpenAPI document</a> · <a href="/health">health</a></p></body></html>`,
      ),
    )
  }
  // Whatever no route answers (a POST to an unknown path, say) is a problem document too.
  app.notFound((c) => {
    const { problem } = toProblem(new ApiProblem({ slug: "route-not-found", status: 404, title: "Not found", detail: `No route ${c.req.method} ${c.req.path}` }))
    return c.body(JSON.stringify(problem), 404, { "Content-Type": problemMediaType })
  })
  return app
}
