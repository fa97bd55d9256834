import { z } from "@hono/zod-openapi"
import {
  AttachmentRejected,
  Conflict,
  Forbidden,
  InvalidTransition,
  InvalidWorkflow,
  NotFound,
  StoreFailure,
  TicketLocked,
  TicketNotFound,
  Unauthenticated,
  ValidationFailed,
  VersionConflict,
} from "@ticketflow/core"
import type { Context } from "hono"
import type { ContentfulStatusCode } from "hono/utils/http-status"
import { HTTPException } from "hono/http-exception"

/** Where problem `type` URIs live; the slug after it is stable. */
export const problemBase = "https://ticketflow.dev/problems/"

/** The media type of every error response (RFC 9457). */
export const problemMediaType = "application/problem+json"

/** One failing field: where, and what is wrong with it. */
export const ProblemIssue = z
  .object({
    path: z.array(z.union([z.string(), z.number()])).openapi({ example: ["subject"] }),
    message: z.string().openapi({ example: "Too small: expected string to have >=1 characters" }),
    code: z.string().optional().openapi({ description: "A stable code, for workflow problems such as `unreachable_status`." }),
  })
  .openapi("ProblemIssue", { description: "One failing field of a rejected request." })

/** An RFC 9457 problem document, as every error of the API is answered. */
export const Problem = z
  .object({
    type: z.string().openapi({ example: `${problemBase}ticket-not-found`, description: "A stable URI; its last segment is the slug clients switch on." }),
    title: z.string().openapi({ example: "Ticket not found" }),
    status: z.number().int().openapi({ example: 404 }),
    detail: z.string().openapi({ example: "Ticket 1042 not found" }),
    errors: z.array(ProblemIssue).optional().openapi({ description: "Validation failures, each with its path and message." }),
    allowed: z.array(z.string()).optional().openapi({ description: "For `invalid-transition`: the events this actor may fire now.", example: ["START", "CLOSE"] }),
    fields: z.array(z.string()).optional().openapi({ description: "For `ticket-locked`: the fields that may no longer change." }),
    retryAfter: z.number().int().optional().openapi({ description: "For `rate-limited`: seconds to wait." }),
  })
  .openapi("Problem", {
    description: "An error, as `application/problem+json` (RFC 9457).",
    example: { type: `${problemBase}invalid-transition`, title: "Transition not allowed", status: 409, detail: "ACCEPT is not allowed from new", allowed: ["CLOSE"] },
  })
/** An RFC 9457 problem document. */
export type Problem = z.infer<typeof Problem>

/**
 * A failure the HTTP layer itself decides (rate limits, upload sizes, malformed headers):
 * everything else comes from the engine's tagged errors.
 */
export class ApiProblem extends Error {
  readonly slug: string
  readonly status: number
  readonly title: string
  readonly extra: Partial<Problem>
  readonly headers: Readonly<Record<string, string>>

  constructor(init: {
    slug: string
    status: number
    title: string
    detail: string
    extra?: Partial<Problem>
    headers?: Record<string, string>
  }) {
    super(init.detail)
    this.name = "ApiProblem"
    this.slug = init.slug
    this.status = init.status
    this.title = init.title
    this.extra = init.extra ?? {}
    this.headers = init.headers ?? {}
  }
}

/** A request that failed its schema (body, query, path or header), before any work. */
export function invalidRequest(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, where = "request"): ApiProblem {
  const errors = issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment))),
    message: issue.message,
  }))
  const first = errors[0]
  const detail = first === undefined ? `The ${where} is invalid` : `The ${where} is invalid: ${first.path.length > 0 ? `${first.path.join(".")}: ` : ""}${first.message}`
  return new ApiProblem({ slug: "invalid-request", status: 400, title: "Invalid request", detail, extra: { errors } })
}

/** The `WWW-Authenticate` challenge of the built-in login's 401. */
export const bearerChallenge = 'Bearer realm="ticketflow"'

/** What the mapping needs to know of the request. */
export interface ProblemContext {
  /** The request carried `If-Match`: a moved version is then 412, not 409. */
  readonly preconditioned: boolean
  /** The `WWW-Authenticate` value of a 401; null for none; the built-in login's bearer challenge when absent. */
  readonly challenge?: string | null
}

/** What an error becomes on the wire: the problem document and any extra headers. */
export interface ProblemResponse {
  readonly problem: Problem
  readonly headers: Readonly<Record<string, string>>
}

const problem = (slug: string, status: number, title: string, detail: string, extra: Partial<Problem> = {}): Problem => ({
  type: `${problemBase}${slug}`,
  title,
  status,
  detail,
  ...extra,
})

const attachmentProblems = {
  too_large: ["attachment-too-large", 413, "Attachment too large"],
  type_not_allowed: ["attachment-type-refused", 415, "Attachment type not allowed"],
  too_many: ["too-many-attachments", 422, "Too many attachments"],
  not_linkable: ["attachment-not-linkable", 422, "Attachment cannot be linked"],
} as const

const conflictProblems = {
  duplicate_key: ["duplicate-key", "Key already exists"],
  idempotency_key_reused: ["idempotency-key-reused", "Idempotency key reused with another request"],
  in_use: ["in-use", "Still in use"],
} as const

/**
 * The one mapping from errors to RFC 9457 problems: every tagged error of the engine, the
 * HTTP layer's own `ApiProblem`s and Hono's exceptions. Anything else is a 500 whose detail
 * says nothing of the cause (it is logged instead).
 */
export function toProblem(error: unknown, context: ProblemContext = { preconditioned: false }): ProblemResponse {
  const none = {}
  if (error instanceof ApiProblem) {
    return { problem: problem(error.slug, error.status, error.title, error.message, error.extra), headers: error.headers }
  }
  if (error instanceof ValidationFailed) {
    return { problem: problem("validation-failed", 422, "Validation failed", error.message, { errors: error.issues.map((i) => ({ path: [...i.path], message: i.message })) }), headers: none }
  }
  if (error instanceof TicketNotFound) return { problem: problem("ticket-not-found", 404, "Ticket not found", error.message), headers: none }
  if (error instanceof NotFound) return { problem: problem("not-found", 404, "Not found", error.message), headers: none }
  if (error instanceof Forbidden) return { problem: problem("forbidden", 403, "Forbidden", error.message), headers: none }
  if (error instanceof Unauthenticated) {
    const challenge = context.challenge === undefined ? bearerChallenge : context.challenge
    return { problem: problem("unauthenticated", 401, "Authentication required", error.message), headers: challenge === null ? none : { "WWW-Authenticate": challenge } }
  }
  if (error instanceof InvalidTransition) {
    return { problem: problem("invalid-transition", 409, "Transition not allowed", error.message, { allowed: [...error.allowed] }), headers: none }
  }
  if (error instanceof VersionConflict) {
    return context.preconditioned
      ? { problem: problem("version-mismatch", 412, "Version mismatch", error.message), headers: none }
      : { problem: problem("version-conflict", 409, "Concurrent change", error.message), headers: none }
  }
  if (error instanceof TicketLocked) {
    return { problem: problem("ticket-locked", 409, "Ticket locked", error.message, { fields: [...error.fields] }), headers: none }
  }
  if (error instanceof AttachmentRejected) {
    const [slug, status, title] = attachmentProblems[error.reason]
    return { problem: problem(slug, status, title, error.message), headers: none }
  }
  if (error instanceof Conflict) {
    const [slug, title] = conflictProblems[error.reason]
    return { problem: problem(slug, 409, title, error.message), headers: none }
  }
  if (error instanceof InvalidWorkflow) {
    const errors = error.problems.map((p) => ({ path: [...p.path], message: p.message, code: p.code }))
    return { problem: problem("invalid-workflow", 422, "Invalid workflow", error.message, { errors }), headers: none }
  }
  if (error instanceof StoreFailure) {
    return { problem: problem("store-unavailable", 503, "Storage unavailable", "The store failed; the request may be retried"), headers: { "Retry-After": "1" } }
  }
  if (error instanceof HTTPException) {
    const status = error.status
    if (status === 413) return { problem: problem("request-too-large", 413, "Request too large", error.message || "The request body is too large"), headers: none }
    if (status === 415) return { problem: problem("unsupported-media-type", 415, "Unsupported media type", "Send the body as application/json"), headers: none }
    if (status >= 400 && status < 500) {
      return { problem: problem("invalid-request", status, "Invalid request", error.message || "The request is invalid"), headers: none }
    }
  }
  return { problem: problem("internal", 500, "Internal error", "Something went wrong on our side"), headers: none }
}

/**
 * Answers an error as `application/problem+json`, through Hono's context: the headers a host
 * app's middleware set before `await next()` stay on the response.
 *
 * @param challenge the `WWW-Authenticate` value of a 401, or null for none
 */
export function problemResponse(c: Context, error: unknown, challenge: string | null): Response {
  const { problem: body, headers } = toProblem(error, { preconditioned: c.req.header("If-Match") !== undefined, challenge })
  return c.newResponse(JSON.stringify(body), body.status as ContentfulStatusCode, {
    ...headers,
    "Content-Type": problemMediaType,
    "X-Content-Type-Options": "nosniff",
  })
}

const statusTitles: Record<number, string> = {
  400: "Invalid request: the body, query, path or headers failed their schema",
  401: "Authentication required",
  403: "Forbidden: the actor may see this but not do it",
  404: "Not found, or not visible to this actor",
  409: "Conflict: a refused transition, a locked field, a duplicate key or a concurrent change",
  412: "The ticket's version moved on since `If-Match`",
  413: "Too large",
  415: "Content type not allowed",
  422: "Validation failed",
  429: "Too many attempts; see `Retry-After`",
  501: "Not available on this server",
  503: "Unavailable",
}

/** The problem responses of a route, for its OpenAPI description. */
export function problemResponses<const S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: statusTitles[status] ?? "Error", content: { [problemMediaType]: { schema: Problem } } },
    ]),
  ) as { [K in S]: { description: string; content: { "application/problem+json": { schema: typeof Problem } } } }
}
