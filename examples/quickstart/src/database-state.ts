import { causedByConnectionFailure } from "@ticketflow/kysely"
import type { Logger } from "pino"

/** What `/health` answers. */
export interface HealthReport {
  readonly ok: boolean
  readonly details?: Record<string, unknown>
}

/** The slice of a logger the API writes to (`ApiLogger` of `@ticketflow/hono`). */
export interface RequestLogger {
  info(object: object, message?: string): void
  warn(object: object, message?: string): void
  error(object: object, message?: string): void
}

/**
 * Whether the database answers, decided in one place: every part of the server (requests, the
 * live-update feed, the timers, `/health`) reports its connection failures here, and the log
 * says the database is down once per outage and once when it is back, not once per request.
 * While it is down a probe pings it every `probeMs` to notice its return.
 */
export interface DatabaseState {
  /** False from the first connection failure until a ping succeeds again. */
  readonly up: boolean
  /** Reports an error: a connection failure marks the database down and answers true; anything else answers false. */
  failed(error: unknown): boolean
  /** Pings the database, for `/health`. */
  health(): Promise<HealthReport>
  /** The logger the API writes to: a request that failed for want of the database is not logged on its own. */
  requestLogger(): RequestLogger
  /** Stops the probe. */
  close(): void
}

/** Options of `trackDatabaseState`. */
export interface DatabaseStateOptions {
  /** One round trip to the database (`SELECT 1`); rejects when it cannot be reached. */
  readonly ping: () => Promise<unknown>
  readonly logger: Logger
  /** How often to ping while the database is down (1000 ms by default). */
  readonly probeMs?: number
}

/**
 * Tracks whether the database is up; see `DatabaseState`.
 *
 * @example
 * const state = trackDatabaseState({ ping: () => sql`SELECT 1`.execute(db), logger })
 * createTicketflowApi({ ..., logger: state.requestLogger(), health: () => state.health() })
 */
export function trackDatabaseState(options: DatabaseStateOptions): DatabaseState {
  const { logger } = options
  const probeMs = options.probeMs ?? 1000
  let downSince: number | null = null
  let probe: ReturnType<typeof setInterval> | undefined
  let probing = false
  let closed = false

  // Whether the outage under way was logged: only once a ping confirmed it.
  let logged = false

  const markUp = () => {
    if (downSince === null) return
    if (logged) logger.info({ database: "up", downForMs: Math.round(performance.now() - downSince) }, "the database is back")
    downSince = null
    logged = false
    clearInterval(probe)
    probe = undefined
  }
  const confirmDown = (error: unknown) => {
    if (downSince === null || logged || closed) return
    logged = true
    logger.error({ database: "down", err: error }, "the database is unavailable: requests that need it answer 503 until it is back")
  }
  const ping = () => {
    if (probing) return
    probing = true
    options
      .ping()
      .then(markUp, (error: unknown) => confirmDown(error))
      .finally(() => (probing = false))
  }
  const markDown = (error: unknown) => {
    if (downSince !== null || closed) return
    downSince = performance.now()
    // The log hears of it once a ping fails too: a pooled connection that a restart the
    // database already came back from killed fails once, and is no outage to report.
    options.ping().then(markUp, () => confirmDown(error))
    probe = setInterval(ping, probeMs)
    probe.unref()
  }
  const failed = (error: unknown): boolean => {
    if (!causedByConnectionFailure(error)) return false
    markDown(error)
    return true
  }
  const quietly =
    (level: "warn" | "error") =>
    (object: object, message?: string): void => {
      const error = (object as { error?: unknown }).error
      if (error !== undefined && failed(error)) return
      logger[level](object, message)
    }

  return {
    get up() {
      return downSince === null
    },
    failed,
    async health() {
      const started = performance.now()
      try {
        await options.ping()
        markUp()
        return { ok: true, details: { database: "up", latencyMs: Math.round(performance.now() - started) } }
      } catch (error) {
        markDown(error)
        confirmDown(error)
        return { ok: false, details: { database: "down", error: error instanceof Error ? error.message : String(error) } }
      }
    },
    requestLogger: () => ({ info: (object, message) => logger.info(object, message), warn: quietly("warn"), error: quietly("error") }),
    close() {
      closed = true
      clearInterval(probe)
    },
  }
}
