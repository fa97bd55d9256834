import { z } from "@hono/zod-openapi"
import { Id, Key, Line } from "@ticketflow/core"
import { described } from "./named.ts"

/**
 * A query schema made of an engine input's fields, each with its OpenAPI documentation: the
 * route validates with the engine's own rules, so a failing field is the engine's 422.
 */
export function documentedQuery<S extends z.ZodObject>(input: S, docs: Readonly<Record<string, Record<string, unknown>>>): S {
  const shape = Object.fromEntries(Object.entries(input.shape).map(([name, field]) => [name, docs[name] === undefined ? field : described(field as z.ZodType, docs[name])]))
  return z.object(shape) as unknown as S
}

/** A configuration key in a path. */
export const KeyParam = z.object({
  key: described(Key, { param: { name: "key", in: "path" }, description: "The entity's key (a slug unique per tenant).", example: "technical-support" }),
})

/** An id in a path. */
export const IdParam = z.object({
  id: described(Id, { param: { name: "id", in: "path" }, description: "The id.", example: "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01" }),
})

/** A ticket in a path: its id, its number, or `#number`. */
export const TicketParam = z.object({
  id: described(Id, {
    param: { name: "id", in: "path" },
    description: "The ticket's id (uuid) or number (`1042`).",
    example: "1042",
  }),
})

/** `If-Match` with the ticket's version as its ETag. */
export const IfMatchHeader = z.object({
  "If-Match": z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "The ticket's ETag (`\"7\"`): the change fails with 412 if the ticket moved on.", example: '"7"' }),
})

/** `Idempotency-Key`: a replay returns the first result. */
export const IdempotencyHeader = z.object({
  "Idempotency-Key": Line.min(1)
    .max(200)
    .optional()
    .openapi({ description: "A key unique per request: a retried request with the same key and body returns the first result.", example: "8d0f1a2e-create-1" }),
})

/** The `ETag` header of ticket responses. */
export const etagHeader = {
  ETag: { description: "The ticket's version, for `If-Match`.", schema: { type: "string" as const, example: '"7"' } },
}
