import { Effect } from "effect"
import type { Tenant } from "../../domain/tenant.ts"
import type { Ticket } from "../../domain/ticket.ts"
import { InvalidTransition, ValidationFailed } from "../../errors.ts"
import type { WorkflowFacts } from "../../workflow/compile.ts"
import type { ActorRole } from "../../workflow/definition.ts"
import { applyTransition } from "./apply.ts"
import { calendarFor, slaCalendar } from "../calendars.ts"
import type { Draft } from "../draft.ts"
import { loadWorkflow } from "../load.ts"
import { IdGeneratorService } from "../services.ts"
import { actsForTeam } from "../../policy/roles.ts"

/** The facts of a ticket the workflow machine reads. */
export function factsOf(ticket: Ticket): WorkflowFacts {
  return {
    status: ticket.status,
    previousStatus: ticket.previousStatus,
    assigneeId: ticket.assigneeId,
    dueAt: ticket.dueAt,
    statusChangedAt: ticket.statusChangedAt,
  }
}

/** A workflow event to fire on a draft. */
export interface FireRequest {
  readonly tenant: Tenant
  readonly draft: Draft
  readonly roles: ReadonlyArray<ActorRole>
  readonly event: string
  readonly comment?: string | undefined
  readonly resolution?: string | undefined
}

/**
 * Evaluates an event on the ticket's workflow machine (purely, from the ticket's facts) and
 * applies the transition to the draft; a refused event is `InvalidTransition` listing the
 * events these roles may fire instead.
 */
export const fireOnDraft = Effect.fnUntraced(function* (request: FireRequest) {
  const { draft, roles, event } = request
  const ticket = draft.ticket
  const workflow = yield* loadWorkflow(ticket.tenantId, ticket.workflowKey, ticket.workflowVersion)
  const facts = factsOf(ticket)
  const transition = workflow.transitionFor(ticket.status, event)
  const step = transition === undefined ? null : workflow.step(facts, { type: event, roles, at: draft.at })
  if (transition === undefined || step === null) {
    const allowed = workflow.enabled(facts, roles, draft.at).map((e) => e.transition.event)
    return yield* new InvalidTransition({
      message: `${event} is not allowed from ${ticket.status}${allowed.length > 0 ? `; allowed: ${allowed.join(", ")}` : ""}`,
      event,
      status: ticket.status,
      allowed,
    })
  }
  const comment = request.comment?.trim() ?? ""
  if (transition.comment === "required" && comment.length === 0) {
    return yield* new ValidationFailed({
      message: `${event} needs a comment`,
      issues: [{ path: ["comment"], message: `${event} needs a comment` }],
    })
  }
  if (transition.comment === "none" && comment.length > 0) {
    return yield* new ValidationFailed({
      message: `${event} takes no comment`,
      issues: [{ path: ["comment"], message: `${event} takes no comment: post a reply instead` }],
    })
  }
  const rule = transition.resolution
  if (request.resolution !== undefined) {
    const choices = rule === undefined ? [] : typeof rule === "string" ? [rule] : (rule.choices ?? [rule.default])
    const team = actsForTeam(roles)
    if (!team || !choices.includes(request.resolution)) {
      return yield* new ValidationFailed({
        message: `${event} does not take the resolution ${request.resolution}`,
        issues: [{ path: ["resolution"], message: choices.length > 0 && team ? `one of ${choices.join(", ")}` : "not allowed here" }],
      })
    }
  }
  const target = step.status
  const calendar = yield* slaCalendar(ticket.tenantId, ticket.sla)
  const timerCalendar = workflow.timersIn(target).some((t) => t.clock === "business")
    ? (calendar ?? (yield* calendarFor(request.tenant, null)))
    : null
  const ids = yield* IdGeneratorService
  applyTransition(draft, {
    workflow,
    transition,
    step,
    roles,
    comment: comment.length > 0 ? comment : undefined,
    resolution: request.resolution,
    calendar,
    timerCalendar,
    ids,
  })
  return target
})
