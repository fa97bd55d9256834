import type { WorkflowProblem } from "../../errors.ts"
import type { WorkflowDefinition } from "../definition.ts"
import { sourceStatuses } from "../targets.ts"
import { problem } from "./problem.ts"

/** Checks the triggers and timers: each names a known status and an event the system may fire from it. */
export function checkTriggersAndTimers(
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
