import { Effect } from "effect"
import type { z } from "zod"
import { ValidationFailed } from "../errors.ts"

/**
 * The engine's answer to input that fails its schema: every failing field with its path and
 * message. An HTTP adapter that validates a request with the same schema answers with this
 * same error, so one rule gives one status and one problem type wherever it is checked.
 */
export function validationFailed(issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>): ValidationFailed {
  const fields = issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment))),
    message: issue.message,
  }))
  const first = fields[0]
  return new ValidationFailed({
    message:
      first === undefined
        ? "The input is invalid"
        : `The input is invalid: ${first.path.length > 0 ? `${first.path.join(".")}: ` : ""}${first.message}`,
    issues: fields,
  })
}

/** Parses input with a schema, or fails with `ValidationFailed` listing every failing field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Effect.Effect<z.output<S>, ValidationFailed> {
  const parsed = schema.safeParse(input)
  return parsed.success ? Effect.succeed(parsed.data) : Effect.fail(validationFailed(parsed.error.issues))
}
