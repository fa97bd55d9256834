import type { Effect } from "effect"
import type * as z from "zod"
import type { EngineError } from "../errors.ts"
import type { EngineServices } from "./services.ts"

/**
 * Who may run a command: any active member of the tenant (the command's own rules decide the
 * rest, e.g. ticket visibility), the support team (agents and admins), admins only, or the host
 * application itself — trusted calls that take a tenant id instead of an actor.
 */
export type Access = "member" | "team" | "admin" | "host"

/** The tag of an error the engine raises (`"TicketNotFound"`, `"InvalidTransition"`, …). */
export type ErrorTag = EngineError["_tag"]

/** An engine program: an Effect over the engine's services. */
export type Program = (...args: never[]) => Effect.Effect<unknown, unknown, EngineServices>

/**
 * One command or query of the engine, declared once: the Promise facade, the Effect API, the
 * HTTP routes (their request schemas and problem responses) and the typed client derive from it.
 */
export interface Declaration<P extends Program = Program> {
  /** A command changes something; a query only reads. */
  readonly kind: "command" | "query"
  /** One line: what it does, for the facade's docs and the route's summary. */
  readonly summary: string
  /** The schema of its input, where it takes one object (the HTTP body or query derive from it). */
  readonly input: z.ZodType | null
  /** Who may run it. */
  readonly access: Access
  /** The errors it can raise besides `StoreFailure`, which any call can. */
  readonly errors: ReadonlyArray<ErrorTag>
  /** The Effect program that runs it. */
  readonly program: P
}

/**
 * Declares a command or query of the engine.
 *
 * @example
 * export const fireEventDeclaration = declare({
 *   kind: "command", summary: "Fires a workflow event", input: FireEventInput, access: "member",
 *   errors: ["ValidationFailed", "TicketNotFound", "InvalidTransition", "VersionConflict"],
 *   program: fireEvent,
 * })
 */
export function declare<const P extends Program>(declaration: Declaration<P>): Declaration<P> {
  return declaration
}
