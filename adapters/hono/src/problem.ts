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
import type { Declaration, EngineError } from "@ticketflow/core"
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

/** A problem an error can become: its slug, status and title. */
type Variant = readonly [slug: string, status: number, title: string]

/** How one kind of engine error is answered: its variants, which one an error takes, what else it says. */
interface ErrorProblem<E extends EngineError> {
  readonly variants: Readonly<Record<string, Variant>>
  readonly pick: (error: E, context: ProblemContext) => string
  readonly detail?: (error: E) => string
  readonly extra?: (error: E) => Partial<Problem>
  readonly headers?: (error: E, context: ProblemContext) => Readonly<Record<string, string>>
}

const single = "default"
const one = (slug: string, status: number, title: string) => ({ variants: { [single]: [slug, status, title] as Variant }, pick: () => single })

/**
 * What each tagged error of the engine becomes. `toProblem` answers errors by it and
 * `problemResponsesOf` documents a route's responses by it: one table, so that what a route
 * documents is what it answers.
 */
const engineProblems: { readonly [T in EngineError["_tag"]]: ErrorProblem<Extract<EngineError, { _tag: T }>> } = {
  ValidationFailed: {
    ...one("validation-failed", 422, "Validation failed"),
    extra: (error) => ({ errors: error.issues.map((i) => ({ path: [...i.path], message: i.message })) }),
  },
  TicketNotFound: one("ticket-not-found", 404, "Ticket not found"),
  NotFound: one("not-found", 404, "Not found"),
  Forbidden: one("forbidden", 403, "Forbidden"),
  Unauthenticated: {
    ...one("unauthenticated", 401, "Authentication required"),
    headers: (_, context): Record<string, string> => {
      const challenge = context.challenge === undefined ? bearerChallenge : context.challenge
      return challenge === null ? {} : { "WWW-Authenticate": challenge }
    },
  },
  InvalidTransition: { ...one("invalid-transition", 409, "Transition not allowed"), extra: (error) => ({ allowed: [...error.allowed] }) },
  // A moved version is a 409; asked for with `If-Match`, the precondition failed: 412.
  VersionConflict: {
    variants: { conflict: ["version-conflict", 409, "Concurrent change"], precondition: ["version-mismatch", 412, "Version mismatch"] },
    pick: (_, context) => (context.preconditioned ? "precondition" : "conflict"),
  },
  TicketLocked: { ...one("ticket-locked", 409, "Ticket locked"), extra: (error) => ({ fields: [...error.fields] }) },
  AttachmentRejected: {
    variants: {
      too_large: ["attachment-too-large", 413, "Attachment too large"],
      type_not_allowed: ["attachment-type-refused", 415, "Attachment type not allowed"],
      too_many: ["too-many-attachments", 422, "Too many attachments"],
      not_linkable: ["attachment-not-linkable", 422, "Attachment cannot be linked"],
    } satisfies Record<AttachmentRejected["reason"], Variant>,
    pick: (error) => error.reason,
  },
  Conflict: {
    variants: {
      duplicate_key: ["duplicate-key", 409, "Key already exists"],
      idempotency_key_reused: ["idempotency-key-reused", 409, "Idempotency key reused with another request"],
      in_use: ["in-use", 409, "Still in use"],
    } satisfies Record<Conflict["reason"], Variant>,
    pick: (error) => error.reason,
  },
  InvalidWorkflow: {
    ...one("invalid-workflow", 422, "Invalid workflow"),
    extra: (error) => ({ errors: error.problems.map((p) => ({ path: [...p.path], message: p.message, code: p.code })) }),
  },
  // The cause is logged, never answered.
  StoreFailure: {
    ...one("store-unavailable", 503, "Storage unavailable"),
    detail: () => "The store failed; the request may be retried",
    headers: () => ({ "Retry-After": "1" }),
  },
}

/** The classes of the engine's errors by tag: an error is answered as one only if it is one. */
const engineErrorClasses: { readonly [T in EngineError["_tag"]]: abstract new (...args: never[]) => Extract<EngineError, { _tag: T }> } = {
  ValidationFailed,
  TicketNotFound,
  NotFound,
  Forbidden,
  Unauthenticated,
  InvalidTransition,
  VersionConflict,
  TicketLocked,
  AttachmentRejected,
  Conflict,
  InvalidWorkflow,
  StoreFailure,
}

function engineErrorOf(error: unknown): EngineError | null {
  if (typeof error !== "object" || error === null || !("_tag" in error) || typeof error._tag !== "string") return null
  if (!Object.hasOwn(engineErrorClasses, error._tag)) return null
  return error instanceof engineErrorClasses[error._tag as EngineError["_tag"]] ? (error as EngineError) : null
}

function engineProblem<E extends EngineError>(error: E, context: ProblemContext): ProblemResponse {
  const entry = engineProblems[error._tag] as unknown as ErrorProblem<E>
  const variant = entry.variants[entry.pick(error, context)]
  if (variant === undefined) throw new Error(`No problem for ${error._tag}`)
  const [slug, status, title] = variant
  const detail = entry.detail === undefined ? error.message : entry.detail(error)
  return { problem: problem(slug, status, title, detail, entry.extra?.(error) ?? {}), headers: entry.headers?.(error, context) ?? {} }
}

/** Every status an engine error of this tag can be answered with. */
export function statusesOfError(tag: EngineError["_tag"]): ReadonlyArray<number> {
  return [...new Set(Object.values(engineProblems[tag].variants).map(([, status]) => status))]
}

/**
 * The one mapping from errors to RFC 9457 problems: every tagged error of the engine (by the
 * table above), the HTTP layer's own `ApiProblem`s and Hono's exceptions. Anything else is a 500
 * whose detail says nothing of the cause (it is logged instead).
 */
export function toProblem(error: unknown, context: ProblemContext = { preconditioned: false }): ProblemResponse {
  const none = {}
  if (error instanceof ApiProblem) {
    return { problem: problem(error.slug, error.status, error.title, error.message, error.extra), headers: error.headers }
  }
  const engineError = engineErrorOf(error)
  if (engineError !== null) return engineProblem(engineError, context)
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
  400: "Invalid request: an unreadable body, or a header that failed its schema",
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
  503: "Unavailable: overloaded, or the store failed; see `Retry-After`",
}

/** The statuses a problem response is documented with. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429 | 501 | 503

/** One documented problem response. */
type ProblemResponseSpec = { description: string; content: { "application/problem+json": { schema: typeof Problem } } }

/** The problem responses of a route, for its OpenAPI description. */
export function problemResponses<const S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: statusTitles[status] ?? "Error", content: { [problemMediaType]: { schema: Problem } } },
    ]),
  ) as { [K in S]: ProblemResponseSpec }
}

/** What the HTTP layer of a route may refuse by itself, before or around its engine operation. */
export interface RouteRequest {
  /** A JSON body: 400 unreadable, 413 too large, 415 not JSON, 422 failing its schema. */
  readonly body?: boolean
  /** A path or query schema: 422 when it fails. */
  readonly input?: boolean
  /** A header schema (`Idempotency-Key`): 400 when one fails. */
  readonly headers?: boolean
  /** `If-Match`: 400 when it is not an ETag, and a moved version is 412 as well as 409. */
  readonly ifMatch?: boolean
  /** Open to anonymous callers: no 401 of the HTTP layer's own. */
  readonly anonymous?: boolean
}

/** The statuses the HTTP layer answers by itself for a request of this shape (503: overload, on every `/v1` route). */
export function httpStatusesOf(request: RouteRequest): ReadonlyArray<number> {
  return [
    ...(request.anonymous === true ? [] : [401]),
    ...(request.body === true ? [400, 413, 415, 422] : []),
    ...(request.input === true ? [422] : []),
    ...(request.headers === true || request.ifMatch === true ? [400] : []),
    503,
  ]
}

/** Every status an operation's declared errors can be answered with on a route of this shape, `StoreFailure`'s 503 included. */
export function declaredStatusesOf(declaration: Pick<Declaration, "errors">, request: RouteRequest = {}): ReadonlyArray<number> {
  return [...declaration.errors, "StoreFailure" as const].flatMap((tag) =>
    // Without `If-Match` a moved version is only ever the 409.
    statusesOfError(tag).filter((status) => status !== 412 || request.ifMatch === true),
  )
}

/**
 * The problem responses of a route that runs one engine operation, derived from its declaration:
 * the statuses of every error it declares (by the table `toProblem` answers with), those the HTTP
 * layer adds for the request's shape, and any the route adds itself (429 rate limits, 404 of a
 * file gone from the attachment store…).
 *
 * @example
 * responses: { 200: jsonResponse(TicketDetailSchema, "The ticket."), ...problemResponsesOf(declarations.fireEvent, { body: true, input: true, ifMatch: true }) }
 */
export function problemResponsesOf(declaration: Pick<Declaration, "errors">, request: RouteRequest = {}, ...httpOnly: ProblemStatus[]): { [K in ProblemStatus]?: ProblemResponseSpec } {
  const statuses = new Set([...declaredStatusesOf(declaration, request), ...httpStatusesOf(request), ...httpOnly])
  return problemResponses(...([...statuses].sort((a, b) => a - b) as ProblemStatus[]))
}
