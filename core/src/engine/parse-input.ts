import { Effect } from "effect"
import type { z } from "zod"
import { ValidationFailed } from "../errors.ts"

/** Parses input with a schema, or fails with `ValidationFailed` listing every failing field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Effect.Effect<z.output<S>, ValidationFailed> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return Effect.succeed(parsed.data)
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)),
    message: issue.message,
  }))
  const first = issues[0]
  return Effect.fail(
    new ValidationFailed({
      message:
        first === undefined
          ? "The input is invalid"
          : `The input is invalid: ${first.path.length > 0 ? `${first.path.join(".")}: ` : ""}${first.message}`,
      issues,
    }),
  )
}
