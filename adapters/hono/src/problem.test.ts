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
import { HTTPException } from "hono/http-exception"
import { describe, expect, it } from "vitest"
import { ApiProblem, toProblem } from "./problem.ts"

const cases: Array<[string, unknown, number, string]> = [
  ["ValidationFailed", new ValidationFailed({ message: "bad", issues: [{ path: ["subject"], message: "Required" }] }), 422, "validation-failed"],
  ["TicketNotFound", new TicketNotFound({ message: "no", ticket: "1" }), 404, "ticket-not-found"],
  ["NotFound", new NotFound({ message: "no", entity: "department", key: "x" }), 404, "not-found"],
  ["Forbidden", new Forbidden({ message: "no", action: "x" }), 403, "forbidden"],
  ["Unauthenticated", new Unauthenticated({ message: "who?" }), 401, "unauthenticated"],
  ["InvalidTransition", new InvalidTransition({ message: "no", event: "ACCEPT", status: "new", allowed: ["CLOSE"] }), 409, "invalid-transition"],
  ["VersionConflict", new VersionConflict({ message: "moved", ticketId: "t", expected: 1, actual: 2 }), 409, "version-conflict"],
  ["TicketLocked", new TicketLocked({ message: "locked", fields: ["subject"] }), 409, "ticket-locked"],
  ["AttachmentRejected too_large", new AttachmentRejected({ message: "big", reason: "too_large" }), 413, "attachment-too-large"],
  ["AttachmentRejected type_not_allowed", new AttachmentRejected({ message: "type", reason: "type_not_allowed" }), 415, "attachment-type-refused"],
  ["AttachmentRejected too_many", new AttachmentRejected({ message: "many", reason: "too_many" }), 422, "too-many-attachments"],
  ["AttachmentRejected not_linkable", new AttachmentRejected({ message: "whose?", reason: "not_linkable" }), 422, "attachment-not-linkable"],
  ["Conflict duplicate_key", new Conflict({ message: "dup", reason: "duplicate_key" }), 409, "duplicate-key"],
  ["Conflict idempotency_key_reused", new Conflict({ message: "reused", reason: "idempotency_key_reused" }), 409, "idempotency-key-reused"],
  ["Conflict in_use", new Conflict({ message: "used", reason: "in_use" }), 409, "in-use"],
  ["InvalidWorkflow", new InvalidWorkflow({ message: "bad", problems: [{ code: "unreachable_status", message: "x", path: ["statuses", 1] }] }), 422, "invalid-workflow"],
  ["StoreFailure", new StoreFailure({ message: "connection lost", cause: new Error("secret host 10.0.0.7") }), 503, "store-unavailable"],
  ["ApiProblem", new ApiProblem({ slug: "rate-limited", status: 429, title: "Slow down", detail: "wait", headers: { "Retry-After": "3" } }), 429, "rate-limited"],
  ["HTTPException 400", new HTTPException(400, { message: "Malformed JSON in request body" }), 400, "invalid-request"],
  ["HTTPException 415", new HTTPException(415, { message: "Unsupported Media Type" }), 415, "unsupported-media-type"],
  ["an unknown error", new Error("boom at /srv/secret.ts:12"), 500, "internal"],
]

describe("toProblem: the one mapping of errors to RFC 9457 problems", () => {
  it.each(cases)("maps %s", (_name, error, status, slug) => {
    const { problem } = toProblem(error)
    expect(problem.status).toBe(status)
    expect(problem.type).toBe(`https://ticketflow.dev/problems/${slug}`)
    expect(problem.title.length).toBeGreaterThan(0)
    expect(problem.detail.length).toBeGreaterThan(0)
  })

  it("carries the failing fields, the allowed events, the locked fields and Retry-After", () => {
    expect(toProblem(cases[0]?.[1]).problem.errors).toEqual([{ path: ["subject"], message: "Required" }])
    expect(toProblem(cases[5]?.[1]).problem.allowed).toEqual(["CLOSE"])
    expect(toProblem(cases[7]?.[1]).problem.fields).toEqual(["subject"])
    expect(toProblem(cases[15]?.[1]).problem.errors).toEqual([{ path: ["statuses", 1], message: "x", code: "unreachable_status" }])
    expect(toProblem(cases[17]?.[1]).headers).toEqual({ "Retry-After": "3" })
    expect(toProblem(cases[4]?.[1]).headers["WWW-Authenticate"]).toContain("Bearer")
  })

  it("answers a 401 with the challenge of the API's scheme, or none", () => {
    const unauthenticated = cases[4]?.[1]
    expect(toProblem(unauthenticated, { preconditioned: false, challenge: 'Cookie realm="acme"' }).headers).toEqual({ "WWW-Authenticate": 'Cookie realm="acme"' })
    expect(toProblem(unauthenticated, { preconditioned: false, challenge: null }).headers).toEqual({})
  })

  it("answers a moved version 412 when the request carried If-Match", () => {
    const conflict = new VersionConflict({ message: "moved", ticketId: "t", expected: 1, actual: 2 })
    expect(toProblem(conflict, { preconditioned: true }).problem).toMatchObject({ status: 412, type: "https://ticketflow.dev/problems/version-mismatch" })
  })

  it("tells nothing of the cause of a server-side failure", () => {
    expect(JSON.stringify(toProblem(cases[16]?.[1]).problem)).not.toContain("10.0.0.7")
    expect(JSON.stringify(toProblem(cases[20]?.[1]).problem)).not.toContain("secret")
  })
})
