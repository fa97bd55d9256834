import { Effect } from "effect"
import { InvalidWorkflow } from "../errors.ts"
import type { WorkflowProblem } from "../errors.ts"
import { actorRoles, guardNames, WorkflowDefinition } from "./definition.ts"
import type { TransitionDefinition } from "./definition.ts"
import { directTargets, sourceStatuses, statusesLeadingTo } from "./targets.ts"

/** The outcome of validation: the parsed definition (defaults applied), or every problem found. */
export type WorkflowValidation =
  | { readonly ok: true; readonly definition: WorkflowDefinition }
  | { readonly ok: false; readonly problems: ReadonlyArray<WorkflowProblem> }

type Path = ReadonlyArray<string | number>
type Adjacency = ReadonlyMap<string, ReadonlySet<string>>

const knownRoles: ReadonlySet<string> = new Set(actorRoles)
const knownGuards: ReadonlySet<string> = new Set(guardNames)

/** Checks a workflow definition: its schema (zod), then every rule of DESIGN. */
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

function problem(
  code: string,
  message: string,
  path: Path,
  extra: { readonly status?: string | undefined; readonly event?: string | undefined } = {},
): WorkflowProblem {
  // Optional keys are left out rather than set to undefined, so problems compare cleanly.
  return {
    code,
    message,
    path,
    ...(extra.status === undefined ? {} : { status: extra.status }),
    ...(extra.event === undefined ? {} : { event: extra.event }),
  }
}

function checkRules(definition: WorkflowDefinition): WorkflowProblem[] {
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

function checkTransitions(
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

function checkTriggersAndTimers(
  definition: WorkflowDefinition,
  known: (key: string) => boolean,
  problems: WorkflowProblem[],
): void {
  // Why the system may not fire `event` from `status`, or undefined when it may.
  const refusal = (status: string, event: string): string | undefined => {
    const transitions = definition.transitions.filter(
      (t) => t.event === event && sourceStatuses(definition, t).includes(status),
    )
    if (transitions.length === 0) return `no transition ${event} leaves from the status "${status}"`
    if (!transitions.some((t) => t.actors.includes("system"))) {
      return `the transition ${event} from the status "${status}" does not allow the actor "system"`
    }
    if (transitions.some((t) => t.comment === "required")) {
      return `the transition ${event} from the status "${status}" requires a comment, which the system cannot give`
    }
    return undefined
  }

  definition.triggers.forEach((trigger, i) => {
    trigger.in.forEach((status, j) => {
      if (!known(status)) {
        problems.push(
          problem("unknown_status", `A trigger fires in the status "${status}", which does not exist.`, [
            "triggers",
            i,
            "in",
            j,
          ], { status, event: trigger.fire }),
        )
        return
      }
      const reason = refusal(status, trigger.fire)
      if (reason !== undefined) {
        problems.push(
          problem("unknown_trigger_event", `A trigger fires ${trigger.fire} in "${status}", but ${reason}.`, [
            "triggers",
            i,
            "fire",
          ], { status, event: trigger.fire }),
        )
      }
    })
  })

  definition.timers.forEach((timer, i) => {
    if (!known(timer.in)) {
      problems.push(
        problem("unknown_status", `A timer runs in the status "${timer.in}", which does not exist.`, ["timers", i, "in"], {
          status: timer.in,
          event: timer.fire,
        }),
      )
      return
    }
    const reason = refusal(timer.in, timer.fire)
    if (reason !== undefined) {
      problems.push(
        problem("unknown_timer_event", `A timer fires ${timer.fire} in "${timer.in}", but ${reason}.`, [
          "timers",
          i,
          "fire",
        ], { status: timer.in, event: timer.fire }),
      )
    }
  })
}

/** Edges between known statuses; a `previous` target from S leads to every status that leads into S (when included). */
function buildAdjacency(definition: WorkflowDefinition, known: (key: string) => boolean, includePrevious: boolean): Adjacency {
  const edges = new Map<string, Set<string>>()
  const leadingTo = new Map<string, string[]>()
  for (const transition of definition.transitions) {
    const direct = directTargets(transition.to)
    for (const from of sourceStatuses(definition, transition)) {
      if (!known(from)) continue
      let targets: string[]
      if (direct === "previous") {
        if (!includePrevious) continue
        const cached = leadingTo.get(from) ?? statusesLeadingTo(definition, from)
        leadingTo.set(from, cached)
        targets = cached
      } else {
        targets = direct
      }
      let set = edges.get(from)
      if (set === undefined) {
        set = new Set()
        edges.set(from, set)
      }
      for (const to of targets) if (known(to)) set.add(to)
    }
  }
  return edges
}

function reverse(adjacency: Adjacency): Adjacency {
  const reversed = new Map<string, Set<string>>()
  for (const [from, targets] of adjacency) {
    for (const to of targets) {
      let set = reversed.get(to)
      if (set === undefined) {
        set = new Set()
        reversed.set(to, set)
      }
      set.add(from)
    }
  }
  return reversed
}

function reachableFrom(starts: ReadonlyArray<string>, adjacency: Adjacency): Set<string> {
  const seen = new Set(starts)
  const queue = [...starts]
  for (let i = 0; i < queue.length; i++) {
    for (const to of adjacency.get(queue[i] ?? "") ?? []) {
      if (!seen.has(to)) {
        seen.add(to)
        queue.push(to)
      }
    }
  }
  return seen
}
