import type { WorkflowProblem } from "../errors.ts"
import { compileWorkflow } from "./compile.ts"
import { validateWorkflow } from "./validate.ts"
import type { VerifyWorkflowOptions } from "./verification/options.ts"
import { Walker } from "./verification/walker.ts"

export type { VerifyWorkflowOptions } from "./verification/options.ts"

/** What `verifyWorkflow` found: no problems means every check passed. */
export interface WorkflowVerification {
  readonly ok: boolean
  readonly problems: ReadonlyArray<WorkflowProblem>
  /** How many times the walks entered each status (a walk's start counts for the initial status). */
  readonly visited: Readonly<Record<string, number>>
}

/**
 * Checks a workflow the way its tickets will live it: validates it, then takes seeded random
 * walks over the compiled machine, firing the events that customers, agents, admins and the
 * system (only through the workflow's triggers and timers) may fire, while time passes and the
 * ticket gets assigned or dated. Half of the walks resume where an earlier one saw a move no
 * walk took yet, so rare corners get covered. Reports every status no walk reached (with the
 * ways into it and what guards them), a workflow whose walks never close, statuses where nobody
 * can act any more, and breaches of the invariants: the machine only leads to statuses of the
 * definition, with the definition's category, along the transition's own targets.
 *
 * @example
 * const report = verifyWorkflow(myWorkflow, { seed: 7 })
 * if (!report.ok) console.log(report.problems.map((p) => p.message))
 */
export function verifyWorkflow(definition: unknown, options: VerifyWorkflowOptions = {}): WorkflowVerification {
  const validation = validateWorkflow(definition)
  if (!validation.ok) return { ok: false, problems: validation.problems, visited: {} }
  const workflow = compileWorkflow(validation.definition)
  const walker = new Walker(workflow, options)
  const problems = walker.run()
  return { ok: problems.length === 0, problems, visited: Object.fromEntries(walker.visited) }
}
