import { isStaff, type ResolvedActor } from "./actor.ts"
import type { WorkflowDefinition } from "../workflow/definition.ts"

/**
 * A workflow as an actor may read it. The team reads it whole; the requester side reads what a
 * ticket page shows — the statuses with their labels and colours, and the transitions it may fire
 * itself — without the team's transitions, triggers or timers.
 *
 * @example
 * const shown = workflowViewFor(actor, compiled.definition)
 */
export function workflowViewFor(actor: ResolvedActor, definition: WorkflowDefinition): WorkflowDefinition {
  if (isStaff(actor)) return definition
  return {
    ...definition,
    transitions: definition.transitions.filter((transition) => transition.actors.includes("requester_side")),
    triggers: [],
    timers: [],
  }
}
