import { serve } from "@hono/node-server"
import pino from "pino"
import { readConfig } from "./config.ts"
import { openRuntime } from "./runtime.ts"
import { createServerApp } from "./server.ts"
import { ensureTenant } from "./tenant.ts"

const config = readConfig()
const logger = pino({ level: config.logLevel })
const runtime = await openRuntime(config, logger)
const tenantId = await ensureTenant(runtime, config, logger)
const app = await createServerApp(runtime, tenantId, config, logger)
await runtime.startTimers()

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(
    { port: info.port, database: runtime.database, dataDir: config.dataDir, startedInMs: Math.round(process.uptime() * 1000) },
    `ticketflow listening on http://localhost:${info.port}`,
  )
})

let stopping = false
async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  logger.info({ signal }, "shutting down: finishing in-flight requests")
  // In-flight requests finish; idle keep-alive sockets and live-update streams are closed.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  if ("closeIdleConnections" in server) server.closeIdleConnections()
  const streams = setTimeout(() => {
    if ("closeAllConnections" in server) server.closeAllConnections()
  }, 2_000)
  await closed
  clearTimeout(streams)
  await runtime.close()
  logger.info("stopped")
  process.exit(0)
}
process.once("SIGTERM", () => void shutdown("SIGTERM"))
process.once("SIGINT", () => void shutdown("SIGINT"))
