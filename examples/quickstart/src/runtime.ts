import { existsSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import { join } from "node:path"
import { createEngine, createMemoryEventFeed, startUploadSweeper, type AttachmentStore, type AuthStore, type Engine, type TicketEventFeed } from "@ticketflow/core"
import { createFileAttachmentStore } from "@ticketflow/files"
import { createKyselyAuthStore, createKyselyStore, migrate, startTimerLoop } from "@ticketflow/kysely"
import { createPostgresEventFeed, openPostgres } from "@ticketflow/kysely/postgres"
import { openPgliteWorker } from "@ticketflow/kysely/pglite"
import { startTimerWorker } from "@ticketflow/kysely/worker"
import { sql } from "kysely"
import type { Logger } from "pino"
import type { QuickstartConfig } from "./config.ts"
import { trackDatabaseState, type DatabaseState } from "./database-state.ts"
import { readTemplate } from "./template.ts"

/** Everything the server runs on, and how to close it in order. */
export interface Runtime {
  readonly engine: Engine
  readonly auth: AuthStore
  readonly feed: TicketEventFeed
  readonly attachments: ReturnType<typeof createFileAttachmentStore>
  readonly database: "postgres" | "pglite"
  /** Whether the database answers; every part reports its connection failures there, logged once per outage. */
  readonly databaseState: DatabaseState
  health(): Promise<{ ok: boolean; details?: Record<string, unknown> }>
  /**
   * Starts the timers (AUTO_CLOSE, SLA checks): graphile-worker on Postgres, a loop on PGlite;
   * and the upload sweeper (partial files after 1 h, unlinked uploads after 24 h, every 10 min).
   */
  startTimers(): Promise<void>
  close(): Promise<void>
}

/** Opens the database (migrating it), the stores, the live-update feed and the engine. */
export async function openRuntime(config: QuickstartConfig, logger: Logger): Promise<Runtime> {
  await mkdir(config.dataDir, { recursive: true })
  const attachments = createFileAttachmentStore({ directory: join(config.dataDir, "files") })
  const closers: Array<() => Promise<void>> = []

  if (config.databaseUrl !== null) {
    const handle = await openPostgres({ connectionString: config.databaseUrl, max: 16, statementTimeoutMs: config.statementTimeoutMs })
    closers.push(() => handle.close())
    await migrate(handle.db)
    const databaseState = trackDatabaseState({ ping: () => sql`SELECT 1`.execute(handle.db), logger })
    closers.push(async () => databaseState.close())
    const feed = createPostgresEventFeed({
      pool: handle.pool,
      onError: (error) => {
        if (!databaseState.failed(error)) logger.warn({ err: error }, "live-update feed")
      },
    })
    await feed.ready
    closers.unshift(() => feed.close())
    const engine = createEngine({ store: createKyselyStore(handle.db), feed })
    return {
      engine,
      auth: createKyselyAuthStore(handle.db),
      feed,
      attachments,
      database: "postgres",
      databaseState,
      health: () => databaseState.health(),
      async startTimers() {
        const worker = await startTimerWorker({
          engine,
          pool: handle.pool,
          // graphile-worker says what failed in words only: a ping tells whether the database is why.
          log: (level, message) => {
            if ((level !== "error" && level !== "warning") || !databaseState.up) return logger.debug({ component: "timers" }, message)
            void databaseState.health().then(({ ok }) => logger[ok ? (level === "error" ? "error" : "warn") : "debug"]({ component: "timers" }, message))
          },
        })
        closers.unshift(() => worker.stop())
        closers.unshift(sweepUploadsEvery10Minutes(engine, attachments, databaseState, logger))
      },
      close: () => closeAll(closers),
    }
  }

  const dataDir = join(config.dataDir, "pglite")
  // A new database starts from the template `npm install` made, when there is one.
  const template = existsSync(dataDir) ? undefined : await readTemplate(config.demo ? "demo" : "empty")
  // PGlite in a worker thread: a slow statement never stops the server answering; each is bounded.
  const handle = await openPgliteWorker({ dataDir, template, statementTimeoutMs: config.statementTimeoutMs })
  closers.push(() => handle.close())
  await migrate(handle.db)
  // PGlite runs one statement at a time: a ping queued behind a running one answers "up" after
  // 50 ms (the thread is alive and working; a dead one rejects every statement at once).
  const databaseState = trackDatabaseState({ ping: () => Promise.race([sql`SELECT 1`.execute(handle.db), new Promise((resolve) => setTimeout(resolve, 50))]), logger })
  closers.push(async () => databaseState.close())
  const feed = createMemoryEventFeed()
  const engine = createEngine({ store: createKyselyStore(handle.db), feed })
  return {
    engine,
    auth: createKyselyAuthStore(handle.db),
    feed,
    attachments,
    database: "pglite",
    databaseState,
    health: () => databaseState.health(),
    async startTimers() {
      const loop = startTimerLoop({
        engine,
        intervalMs: 5_000,
        onRun: (run) => {
          if (run.fired + run.dropped > 0) logger.info({ component: "timers", ...run }, "timers ran")
        },
        onError: (error) => {
          if (!databaseState.failed(error)) logger.error({ err: error, component: "timers" }, "timer run failed")
        },
      })
      closers.unshift(() => loop.stop())
      closers.unshift(sweepUploadsEvery10Minutes(engine, attachments, databaseState, logger))
    },
    close: () => closeAll(closers),
  }
}

async function closeAll(closers: ReadonlyArray<() => Promise<void>>): Promise<void> {
  for (const close of closers) await close()
}

/** Starts the upload sweeper with its default limits; resolves to its stop. */
function sweepUploadsEvery10Minutes(engine: Engine, attachments: AttachmentStore, databaseState: DatabaseState, logger: Logger): () => Promise<void> {
  const sweeper = startUploadSweeper({
    engine,
    attachments,
    onSweep: (sweep) => logger.info({ component: "uploads", ...sweep }, "swept stale uploads"),
    onError: (error) => {
      if (!databaseState.failed(error)) logger.error({ err: error, component: "uploads" }, "upload sweep failed")
    },
  })
  return () => sweeper.stop()
}
