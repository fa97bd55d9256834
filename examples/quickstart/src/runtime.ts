import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { createEngine, createMemoryEventFeed, type AuthStore, type Engine, type TicketEventFeed } from "@ticketflow/core"
import { createFileAttachmentStore } from "@ticketflow/files"
import { createKyselyAuthStore, createKyselyStore, migrate, startTimerLoop } from "@ticketflow/kysely"
import { createPostgresEventFeed, openPostgres } from "@ticketflow/kysely/postgres"
import { openPglite } from "@ticketflow/kysely/pglite"
import { startTimerWorker } from "@ticketflow/kysely/worker"
import { sql } from "kysely"
import type { Logger } from "pino"
import type { QuickstartConfig } from "./config.ts"
import { readTemplate } from "./template.ts"

/** Everything the server runs on, and how to close it in order. */
export interface Runtime {
  readonly engine: Engine
  readonly auth: AuthStore
  readonly feed: TicketEventFeed
  readonly attachments: ReturnType<typeof createFileAttachmentStore>
  readonly database: "postgres" | "pglite"
  health(): Promise<{ ok: boolean; details?: Record<string, unknown> }>
  /** Starts the timers (AUTO_CLOSE, SLA checks): graphile-worker on Postgres, a loop on PGlite. */
  startTimers(): Promise<void>
  close(): Promise<void>
}

/** Opens the database (migrating it), the stores, the live-update feed and the engine. */
export async function openRuntime(config: QuickstartConfig, logger: Logger): Promise<Runtime> {
  await mkdir(config.dataDir, { recursive: true })
  const attachments = createFileAttachmentStore({ directory: join(config.dataDir, "files") })
  const closers: Array<() => Promise<void>> = []

  if (config.databaseUrl !== null) {
    const handle = await openPostgres({ connectionString: config.databaseUrl, max: 16 })
    closers.push(() => handle.close())
    await migrate(handle.db)
    const feed = createPostgresEventFeed({ pool: handle.pool, onError: (error) => logger.warn({ err: error }, "live-update feed") })
    await feed.ready
    closers.unshift(() => feed.close())
    const engine = createEngine({ store: createKyselyStore(handle.db), feed })
    return {
      engine,
      auth: createKyselyAuthStore(handle.db),
      feed,
      attachments,
      database: "postgres",
      health: () => ping(handle.db),
      async startTimers() {
        const worker = await startTimerWorker({
          engine,
          pool: handle.pool,
          log: (level, message) => logger[level === "error" ? "error" : level === "warning" ? "warn" : "debug"]({ component: "timers" }, message),
        })
        closers.unshift(() => worker.stop())
      },
      close: () => closeAll(closers),
    }
  }

  const dataDir = join(config.dataDir, "pglite")
  // A new database starts from the template `npm install` made, when there is one.
  const template = existsSync(dataDir) ? undefined : await readTemplate(config.demo ? "demo" : "empty")
  const handle = await openPglite({ dataDir, template })
  closers.push(() => handle.close())
  await migrate(handle.db)
  const feed = createMemoryEventFeed()
  const engine = createEngine({ store: createKyselyStore(handle.db), feed })
  return {
    engine,
    auth: createKyselyAuthStore(handle.db),
    feed,
    attachments,
    database: "pglite",
    health: () => ping(handle.db),
    async startTimers() {
      const loop = startTimerLoop({
        engine,
        intervalMs: 5_000,
        onRun: (run) => {
          if (run.fired + run.dropped > 0) logger.info({ component: "timers", ...run }, "timers ran")
        },
        onError: (error) => logger.error({ err: error, component: "timers" }, "timer run failed"),
      })
      closers.unshift(() => loop.stop())
    },
    close: () => closeAll(closers),
  }
}

async function ping(db: Parameters<typeof createKyselyStore>[0]): Promise<{ ok: boolean; details?: Record<string, unknown> }> {
  const started = performance.now()
  try {
    await sql`SELECT 1`.execute(db)
    return { ok: true, details: { database: "up", latencyMs: Math.round(performance.now() - started) } }
  } catch (error) {
    return { ok: false, details: { database: "down", error: error instanceof Error ? error.message : String(error) } }
  }
}

async function closeAll(closers: ReadonlyArray<() => Promise<void>>): Promise<void> {
  for (const close of closers) await close()
}
