import { Effect } from "effect"
import type { Program } from "../declare.ts"
import { declarations, type Declarations } from "./index.ts"

/** Each declared program, running in a span named `ticketflow.<name>` that a host's tracer sees. */
export type TracedPrograms = { readonly [K in keyof Declarations]: Declarations[K]["program"] }

function traced<P extends Program>(name: string, program: P): P {
  const span = `ticketflow.${name}`
  return ((...args: Parameters<P>) => Effect.withSpan(program(...args), span)) as unknown as P
}

/**
 * The engine's programs for hosts written with Effect, each in its own span: an OpenTelemetry
 * tracer the host provides (`@effect/opentelemetry`) records every command with its duration
 * and failure. The Promise facade runs the same programs without spans.
 */
export const tracedPrograms = Object.fromEntries(
  Object.entries(declarations).map(([name, declaration]) => [name, traced(name, declaration.program as Program)]),
) as unknown as TracedPrograms
