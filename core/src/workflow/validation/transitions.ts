import type { WorkflowProblem } from "../../errors.ts"
import { actorRoles, guardNames } from "../definition.ts"
import type { TransitionDefinition, WorkflowDefinition } from "../definition.ts"
import { directTargets, sourceStatuses, statusesLeadingTo } from "../targets.ts"
import { knownGuards, knownRoles, problem, type Path } from "./problem.ts"

/** Checks each transition: known source statuses, actors and guards, its targets and resolution, and no event defined twice from one status. */
export function checkTransitions(
  definition: WorkflowDefinition,
  known: (key: string) => boolean,
  problems: WorkflowProblem[],
): void {
  // Which transition first defined an event from a status, to spot ambiguity.
  const defined = new Map<string, number>()

  definition.transitions.forEach((transition, i) => {
    const event = transition.event
    const base = ["transitions", i] as const

    if (transition.from !== "*") {
      transition.from.forEach((from, j) => {
        if (!known(from)) {
          problems.push(
            problem(
              "unknown_status",
              `The transition ${event} leaves from the status "${from}", which does not exist.`,
              [...base, "from", j],
              { status: from, event },
            ),
          )
        }
      })
    }

    transition.actors.forEach((actor, j) => {
      if (!knownRoles.has(actor)) {
        problems.push(
          problem(
            "unknown_role",
            `The transition ${event} names the actor "${actor}", which is not one of ${actorRoles.join(", ")}.`,
            [...base, "actors", j],
            { event },
          ),
        )
      }
    })

    checkTarget(transition, base, known, problems)
    checkResolution(transition, base, problems)

    for (const from of new Set(sourceStatuses(definition, transition))) {
      const key = `${from}\u0000${event}`
      const first = defined.get(key)
      if (first === undefined) {
        defined.set(key, i)
      } else {
        problems.push(
          problem(
            "ambiguous_event",
            `The event ${event} is defined more than once from the status "${from}" (transitions ${first} and ${i}).`,
            [...base, "event"],
            { status: from, event },
          ),
        )
      }

      if (directTargets(transition.to) === "previous" && known(from) && statusesLeadingTo(definition, from).length === 0) {
        problems.push(
          problem(
            "previous_without_source",
            `The transition ${event} goes back to the previous status, but no transition leads into "${from}".`,
            [...base, "to"],
            { status: from, event },
          ),
        )
      }
    }
  })
}

/** Checks one transition's target: known statuses, branches with a default, `previous` only where there is a status to go back to. */
function checkTarget(
  transition: TransitionDefinition,
  base: Path,
  known: (key: string) => boolean,
  problems: WorkflowProblem[],
): void {
  const event = transition.event
  const to = transition.to
  if (typeof to === "string") {
    if (!known(to)) {
      problems.push(
        problem("unknown_status", `The transition ${event} leads to the status "${to}", which does not exist.`, [
          ...base,
          "to",
        ], { status: to, event }),
      )
    }
    return
  }
  if ("previous" in to) return

  const last = to.branches.length - 1
  to.branches.forEach((branch, k) => {
    const path = [...base, "to", "branches", k]
    if (!known(branch.to)) {
      problems.push(
        problem(
          "unknown_status",
          `A branch of the transition ${event} leads to the status "${branch.to}", which does not exist.`,
          [...path, "to"],
          { status: branch.to, event },
        ),
      )
    }
    if (branch.when !== undefined && !knownGuards.has(branch.when)) {
      problems.push(
        problem(
          "unknown_guard",
          `A branch of the transition ${event} uses the guard "${branch.when}", which is not one of ${guardNames.join(", ")}.`,
          [...path, "when"],
          { event },
        ),
      )
    }
    if (k === last && branch.when !== undefined) {
      problems.push(
        problem(
          "branch_without_default",
          `The last branch of the transition ${event} has a guard, so no branch applies when it fails; drop its "when".`,
          path,
          { event },
        ),
      )
    } else if (k !== last && branch.when === undefined) {
      problems.push(
        problem(
          "branch_without_default",
          `Branch ${k} of the transition ${event} has no guard but is not last, so the branches after it never apply.`,
          path,
          { event },
        ),
      )
    }
  })
}

/** Checks that a resolution rule's default and requester-side resolutions are among its choices. */
function checkResolution(transition: TransitionDefinition, base: Path, problems: WorkflowProblem[]): void {
  const rule = transition.resolution
  if (rule === undefined || typeof rule === "string" || rule.choices === undefined) return
  const choices = rule.choices
  const event = transition.event
  const fields = [
    ["default", rule.default],
    ["requesterSide", rule.requesterSide],
  ] as const
  for (const [field, value] of fields) {
    if (value !== undefined && !choices.includes(value)) {
      problems.push(
        problem(
          "resolution_choice_missing",
          `The ${field} resolution "${value}" of the transition ${event} is not among its choices (${choices.join(", ")}).`,
          [...base, "resolution", field],
          { event },
        ),
      )
    }
  }
}
