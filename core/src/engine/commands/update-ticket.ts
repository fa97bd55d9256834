import { Effect } from "effect"
import type { Actor } from "../../policy/actor.ts"
import { changeFields } from "../fields/change-fields.ts"
import { UpdateTicketInput } from "../inputs.ts"
import { parseInput } from "../parse-input.ts"

/** Changes a ticket's fields: the requester side while the description is unlocked, the team until closed. */
export const updateTicket = Effect.fnUntraced(function* (actorRef: Actor, rawInput: UpdateTicketInput) {
  const input = yield* parseInput(UpdateTicketInput, rawInput)
  return yield* changeFields(actorRef, input.ticket, input.expectedVersion, {
    subject: input.subject,
    description: input.description,
    catalog: input.catalog,
    desiredDueDate: input.desiredDueDate,
    contact: input.contact,
    typeKey: input.type,
    priorityKey: input.priority,
    departmentKey: input.department,
    assigneeId: input.assigneeId,
    dueAt: input.dueAt,
    attachmentIds: input.attachmentIds,
  })
})
