import type { MiddlewareHandler } from "hono"
import { ApiProblem, problemResponse } from "./problem.ts"

/** Options of `inFlightLimit`. */
export interface InFlightLimitOptions {
  /** Requests worked on at once; the next ones answer 503 at once. */
  readonly maxInFlight: number
  /** The `Retry-After` of the 503, seconds (1). */
  readonly retryAfterSeconds?: number
}

/**
 * Sheds load: at most `maxInFlight` requests are worked on at once; past it a request is answered
 * at once with 503 `overloaded` and `Retry-After`, before authentication or any store work, so the
 * admitted ones keep their pace. A request counts from its arrival until its handler returned a
 * response: a streamed body (a live-update stream, a download) no longer counts once it streams.
 *
 * @example
 * app.use("/v1/*", inFlightLimit({ maxInFlight: 256 }))
 */
export function inFlightLimit(options: InFlightLimitOptions): MiddlewareHandler {
  let inFlight = 0
  const retryAfter = String(options.retryAfterSeconds ?? 1)
  return async (c, next) => {
    if (inFlight >= options.maxInFlight) {
      const problem = new ApiProblem({
        slug: "overloaded",
        status: 503,
        title: "Overloaded",
        detail: `The server is working on ${options.maxInFlight} requests; retry after ${retryAfter} s`,
        headers: { "Retry-After": retryAfter },
      })
      // Answered here, not thrown: shedding load is no failure to log once per request.
      c.res = problemResponse(c, problem, null)
      return
    }
    inFlight += 1
    try {
      await next()
    } finally {
      inFlight -= 1
    }
  }
}
