import type { WorkflowProblem } from "../../errors.ts"
import type { WorkflowDefinition } from "../definition.ts"
import { sourceStatuses } from "../targets.ts"
import { buildAdjacency, reachableFrom, reverse } from "./graph.ts"
import { problem, type Path } from "./problem.ts"
import { checkTransitions } from "./transitions.ts"
import { checkTriggersAndTimers } from "./triggers.ts"

/** Every rule of DESIGN on a definition that passed its schema; no problems means valid. */
export function checkRules(definition: WorkflowDefinition): WorkflowProblem[] {
  const problems: WorkflowProblem[] = []
  const statusIndex = new Map<string, number>()
  const category = new Map<string, string>()

  definition.statuses.forEach((status, i) => {
    if (statusIndex.has(status.key)) {
      problems.push(
        problem("duplicate_status", `The status "${status.key}" is defined more than once.`, ["statuses", i, "key"], {
          status: status.key,
        }),
      )
      return
    }
    statusIndex.set(status.key, i)
    category.set(status.key, status.category)
  })
  const known = (key: string): boolean => statusIndex.has(key)
  const isClosed = (key: string): boolean => category.get(key) === "closed"

  const initialKnown = known(definition.initial)
  if (!initialKnown) {
    problems.push(
      problem("unknown_status", `The initial status "${definition.initial}" does not exist.`, ["initial"], {
        status: definition.initial,
      }),
    )
  } else if (category.get(definition.initial) !== "new") {
    problems.push(
      problem(
        "initial_not_new",
        `The initial status "${definition.initial}" is in category "${category.get(definition.initial) ?? ""}", not "new".`,
        ["initial"],
        { status: definition.initial },
      ),
    )
  }

  checkTransitions(definition, known, problems)
  checkTriggersAndTimers(definition, known, problems)

  const forward = buildAdjacency(definition, known, true)
  const backward = reverse(forward)
  const keys = [...statusIndex.keys()]
  const at = (key: string): Path => ["statuses", statusIndex.get(key) ?? 0]

  // An unknown initial status would make every status look unreachable; its own problem suffices.
  if (initialKnown) {
    // Going back where a ticket came from never reaches a status it has not visited: for
    // reachability from the initial status, `previous` edges add nothing real.
    const reachable = reachableFrom([definition.initial], buildAdjacency(definition, known, false))
    for (const key of keys) {
      if (!reachable.has(key)) {
        problems.push(
          problem(
            "unreachable_status",
            `The status "${key}" cannot be reached from the initial status "${definition.initial}".`,
            at(key),
            { status: key },
          ),
        )
      }
    }
  }

  const closed = keys.filter(isClosed)
  if (closed.length === 0) {
    // Without a closed status every status would also fail no_path_to_closed; one problem says it all.
    problems.push(problem("no_closed_status", "The workflow has no status in category \"closed\".", ["statuses"]))
  } else {
    const reachesClosed = reachableFrom(closed, backward)
    for (const key of keys) {
      if (!isClosed(key) && !reachesClosed.has(key)) {
        problems.push(
          problem("no_path_to_closed", `No closed status can be reached from the status "${key}".`, at(key), {
            status: key,
          }),
        )
      }
    }
  }

  const reopenEnabled = definition.transitions.some((t) => sourceStatuses(definition, t).some(isClosed))
  if (reopenEnabled) {
    const reachesOpen = reachableFrom(
      keys.filter((key) => !isClosed(key)),
      backward,
    )
    for (const key of closed) {
      if (!reachesOpen.has(key)) {
        problems.push(
          problem(
            "no_way_back_from_closed",
            `The closed status "${key}" has no way back although other closed statuses can be reopened.`,
            at(key),
            { status: key },
          ),
        )
      }
    }
  }

  return problems
}
