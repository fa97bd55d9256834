import { Effect } from "effect"
import { InvalidWorkflow } from "../errors.ts"
import type { WorkflowProblem } from "../errors.ts"
import { WorkflowDefinition } from "./definition.ts"
import { problem } from "./validation/problem.ts"
import { checkRules } from "./validation/rules.ts"

/** The outcome of validation: the parsed definition (defaults applied), or every problem found. */
export type WorkflowValidation =
  | { readonly ok: true; readonly definition: WorkflowDefinition }
  | { readonly ok: false; readonly problems: ReadonlyArray<WorkflowProblem> }

/** Checks a workflow definition: its schema (zod), then every rule of DESIGN (`validation/rules.ts`). */
export function validateWorkflow(input: unknown): WorkflowValidation {
  const parsed = WorkflowDefinition.safeParse(input)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      problem("schema", issue.message, issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))),
    )
    return { ok: false, problems }
  }
  const definition = parsed.data
  const problems = checkRules(definition)
  return problems.length === 0 ? { ok: true, definition } : { ok: false, problems }
}

/** Validates a definition inside Effect, failing with every problem so an editor can show them all. */
export function assertValidWorkflow(input: unknown): Effect.Effect<WorkflowDefinition, InvalidWorkflow> {
  const result = validateWorkflow(input)
  if (result.ok) return Effect.succeed(result.definition)
  const count = result.problems.length
  const first = result.problems[0]?.message ?? "unknown problem"
  const message = `The workflow definition has ${count} ${count === 1 ? "problem" : "problems"}; the first: ${first}`
  return Effect.fail(new InvalidWorkflow({ message, problems: result.problems }))
}
