import type { StatusDefinition, Target, TransitionDefinition, WorkflowDefinition } from "./definition.ts"

/** The statuses a transition leaves from, with `"*"` expanded to every non-closed status. */
export function sourceStatuses(
  definition: Pick<WorkflowDefinition, "statuses">,
  transition: Pick<TransitionDefinition, "from">,
): string[] {
  if (transition.from === "*") {
    return definition.statuses.filter((s) => s.category !== "closed").map((s) => s.key)
  }
  return [...transition.from]
}

/** The statuses that can lead into `status` through some transition, other than `previous` ones. */
export function statusesLeadingTo(definition: WorkflowDefinition, status: string): string[] {
  const sources = new Set<string>()
  for (const transition of definition.transitions) {
    for (const from of sourceStatuses(definition, transition)) {
      if (from === status) continue
      const targets = directTargets(transition.to)
      if (targets === "previous") continue
      if (targets.includes(status)) sources.add(from)
    }
  }
  return [...sources]
}

/** The fixed targets of a transition, or `"previous"` when it goes back where the ticket came from. */
export function directTargets(target: Target): string[] | "previous" {
  if (typeof target === "string") return [target]
  if ("previous" in target) return "previous"
  return target.branches.map((b) => b.to)
}

/** Every status a transition may lead to from `from` (each branch, each possible previous status). */
export function possibleTargets(
  definition: WorkflowDefinition,
  transition: TransitionDefinition,
  from: string,
): string[] {
  const targets = directTargets(transition.to)
  return targets === "previous" ? statusesLeadingTo(definition, from) : targets
}

/** The status definition of a key, or undefined. */
export function findStatus(
  definition: Pick<WorkflowDefinition, "statuses">,
  key: string,
): StatusDefinition | undefined {
  return definition.statuses.find((s) => s.key === key)
}
