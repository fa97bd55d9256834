import { Effect } from "effect"
import { ValidationFailed } from "../../errors.ts"
import type { Actor } from "../../policy/actor.ts"
import { AssignInput, SetDueDateInput } from "../inputs.ts"
import { parseInput } from "../parse-input.ts"
import { readStore } from "../services.ts"
import { changeFields } from "./update-ticket.ts"

/** An assignee must be an active agent or admin of the tenant. */
export const checkAssignee = Effect.fnUntraced(function* (tenantId: string, assigneeId: string | null) {
  if (assigneeId === null) return
  const user = yield* readStore((s) => s.getUser(tenantId, assigneeId))
  if (user === null || !user.active || user.kind === "customer") {
    return yield* new ValidationFailed({
      message: `${assigneeId} is not an active agent`,
      issues: [{ path: ["assigneeId"], message: "Not an active agent or admin of this tenant" }],
    })
  }
})

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
