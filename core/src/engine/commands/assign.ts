import { Effect } from "effect"
import type { Actor } from "../../policy/actor.ts"
import { AssignInput, SetDueDateInput } from "../inputs.ts"
import { parseInput } from "../parse-input.ts"
import { changeFields } from "../fields/change-fields.ts"

/** Assigns the ticket to an agent, or unassigns it with null. */
export const assign = Effect.fnUntraced(function* (actorRef: Actor, rawInput: AssignInput) {
  const input = yield* parseInput(AssignInput, rawInput)
  return yield* changeFields(actorRef, input.ticket, input.expectedVersion, { assigneeId: input.assigneeId })
})

/** Sets the team's committed due date (which may differ from the customer's wish), or clears it. */
export const setDueDate = Effect.fnUntraced(function* (actorRef: Actor, rawInput: SetDueDateInput) {
  const input = yield* parseInput(SetDueDateInput, rawInput)
  return yield* changeFields(actorRef, input.ticket, input.expectedVersion, { dueAt: input.dueAt })
})
