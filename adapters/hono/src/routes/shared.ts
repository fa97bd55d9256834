import type { OpenAPIHono } from "@hono/zod-openapi"
import type { z } from "@hono/zod-openapi"
import type { Ticket } from "@ticketflow/core"
import type { ApiEnv } from "../env.ts"
import { invalidRequest } from "../problem.ts"

/** The app every route module registers on. */
export type ApiApp = OpenAPIHono<ApiEnv>

/** A JSON request body for a route. */
export function jsonBody<S extends z.ZodType>(schema: S, description: string) {
  return { required: true, description, content: { "application/json": { schema } } }
}

/** A JSON response for a route. */
export function jsonResponse<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } }
}

/** The ETag of a ticket: its version. */
export function etagOf(ticket: Pick<Ticket, "version">): string {
  return `"${ticket.version}"`
}

/**
 * The version an `If-Match` header asks for: `"7"`, `W/"7"` or `7`; `*` and no header ask
 * for none. Anything else is a 400.
 */
export function expectedVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const value = header.trim()
  if (value === "*") return undefined
  const match = /^(?:W\/)?"([1-9]\d{0,8})"$|^([1-9]\d{0,8})$/.exec(value)
  const version = match?.[1] ?? match?.[2]
  if (version === undefined) {
    throw invalidRequest([{ path: ["If-Match"], message: 'If-Match is the ticket\'s ETag, such as "7"' }], "If-Match header")
  }
  return Number(version)
}
