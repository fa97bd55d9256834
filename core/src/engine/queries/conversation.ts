import { Effect } from "effect"
import type { Actor } from "../../policy/actor.ts"
import { isStaff } from "../../policy/actor.ts"
import type { StatusCategory } from "../../domain/ticket.ts"
import { ListMessagesInput, TicketRefInput } from "../inputs.ts"
import { factsOf } from "../transition/evaluate.ts"
import { loadVisibleTicket, loadWorkflow, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService, readStore } from "../services.ts"
import { actsForTeam } from "../../policy/roles.ts"

/** The conversation of a ticket; internal notes only for the support team. */
export const listMessages = Effect.fnUntraced(function* (actorRef: Actor, rawInput: ListMessagesInput) {
  const input = yield* parseInput(ListMessagesInput, rawInput)
  const actor = yield* resolveActor(actorRef)
  const { ticket } = yield* loadVisibleTicket(actor, input.ticket)
  return yield* readStore((s) => s.listMessages(ticket.tenantId, ticket.id, { includeInternal: isStaff(actor), order: input.order }))
})

/** The activity history of a ticket, without internal events for customers. */
export const listEvents = Effect.fnUntraced(function* (actorRef: Actor, ref: string | number) {
  const parsed = yield* parseInput(TicketRefInput, ref)
  const actor = yield* resolveActor(actorRef)
  const { ticket } = yield* loadVisibleTicket(actor, parsed)
  return yield* readStore((s) => s.listEvents(ticket.tenantId, ticket.id, { includeInternal: isStaff(actor) }))
})

/** An event the actor may fire now: where it leads and what it asks for. */
export interface AllowedEvent {
  readonly event: string
  readonly target: string
  readonly targetCategory: StatusCategory
  readonly comment: "required" | "optional" | "none"
  /** Resolutions the actor may choose from, when the transition records one. */
  readonly resolutions: ReadonlyArray<string>
  readonly name: string
  readonly labels: Readonly<Record<string, string>>
}

/** The events this actor may fire on the ticket now, each with its target and whether a comment is required. */
export const allowedEvents = Effect.fnUntraced(function* (actorRef: Actor, ref: string | number) {
  const parsed = yield* parseInput(TicketRefInput, ref)
  const actor = yield* resolveActor(actorRef)
  const { ticket, roles } = yield* loadVisibleTicket(actor, parsed)
  const workflow = yield* loadWorkflow(ticket.tenantId, ticket.workflowKey, ticket.workflowVersion)
  const clock = yield* ClockService
  const team = actsForTeam(roles)
  return workflow.enabled(factsOf(ticket), roles, clock.now().toISOString()).map(({ transition, target }): AllowedEvent => {
    const rule = transition.resolution
    const resolutions = rule === undefined || !team ? [] : typeof rule === "string" ? [rule] : (rule.choices ?? [rule.default])
    return {
      event: transition.event,
      target,
      targetCategory: workflow.status(target)?.category ?? "open",
      comment: transition.comment,
      resolutions,
      name: transition.name ?? transition.event,
      labels: transition.labels,
    }
  })
})
