import { StoreFailure } from "@ticketflow/core"

/** The constraint a unique violation (SQLSTATE 23505) broke, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null
  const { code, constraint } = error as { code?: unknown; constraint?: unknown }
  if (code !== "23505") return null
  return typeof constraint === "string" ? constraint : ""
}

// Socket errors of Node's `net` (the server is gone, restarting or unreachable).
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"])
// SQLSTATEs of a server that is going away or not taking connections: admin shutdown, crash
// shutdown, cannot connect now (starting up, shutting down, in recovery), idle session timeout,
// too many connections; and class 08, connection exceptions.
const serverCodes = new Set(["57P01", "57P02", "57P03", "57P05", "53300"])
// What `pg` and `pg-pool` say, without a code, when a connection cannot be had or was lost.
const driverMessages = [
  "timeout exceeded when trying to connect",
  "connection terminated",
  "client has encountered a connection error",
  "client was closed and is not queryable",
  "connection timeout",
]

/**
 * Whether an error says the database cannot be reached (refused, reset, shutting down, starting
 * up, out of connections, a pool that timed out connecting) rather than that a statement failed:
 * the request may be retried once the database is back.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown }
  if (typeof code === "string" && (socketCodes.has(code) || serverCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true
  if (typeof message === "string") {
    const lower = message.toLowerCase()
    if (driverMessages.some((text) => lower.includes(text))) return true
  }
  // Node reports a refused connection to each address of a name as one AggregateError.
  return Array.isArray(errors) && errors.length > 0 && errors.every(isConnectionFailure)
}

/** Whether an error, or any error in its `cause` chain, is a connection failure. */
export function causedByConnectionFailure(error: unknown): boolean {
  for (let at = error, depth = 0; typeof at === "object" && at !== null && depth < 8; depth += 1) {
    if (isConnectionFailure(at)) return true
    at = (at as { cause?: unknown }).cause
  }
  return false
}

/** Whether the server cancelled a statement that ran past its budget (SQLSTATE 57014, `statement_timeout`). */
export function isStatementTimeout(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "57014"
}

/**
 * A connection failure or a statement past its budget as the store's `StoreFailure` (answered
 * 503, may be retried); any other error as it is.
 */
export function asStoreFailure(error: unknown): unknown {
  if (error instanceof StoreFailure) return error
  const detail = error instanceof Error ? error.message : String(error)
  if (isStatementTimeout(error)) return new StoreFailure({ message: `A statement ran past its time budget: ${detail}`, cause: error })
  if (!isConnectionFailure(error)) return error
  return new StoreFailure({ message: `The database is unavailable: ${detail}`, cause: error })
}

/**
 * The same methods, each rejection passed through `asStoreFailure`: a store whose callers outside
 * the engine (the login's session lookups) also see an outage as `StoreFailure`.
 */
export function mappingStoreFailures<T extends object>(methods: T): T {
  const mapped: Record<string, unknown> = {}
  for (const [name, method] of Object.entries(methods)) {
    mapped[name] =
      typeof method === "function"
        ? (...args: unknown[]) => {
            try {
              return Promise.resolve((method as (...a: unknown[]) => unknown).apply(methods, args)).catch((error: unknown) => {
                throw asStoreFailure(error)
              })
            } catch (error) {
              return Promise.reject(asStoreFailure(error))
            }
          }
        : method
  }
  return mapped as T
}
