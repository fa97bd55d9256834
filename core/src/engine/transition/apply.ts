import type { Calendar } from "../../domain/calendar.ts"
import type { Message } from "../../domain/message.ts"
import type { IdGenerator } from "../../ports/id-generator.ts"
import { onStatusCategory, recordFirstResponse } from "../../sla/clock.ts"
import type { CompiledWorkflow, WorkflowFacts } from "../../workflow/compile.ts"
import type { ActorRole, ResolutionRule, TransitionDefinition } from "../../workflow/definition.ts"
import type { Draft } from "../draft.ts"
import { scheduleSlaTimer, scheduleStatusTimers } from "../timers.ts"
import { actsForTeam } from "../../policy/roles.ts"

/** What firing a transition needs beyond the draft. */
export interface TransitionRequest {
  readonly workflow: CompiledWorkflow
  readonly transition: TransitionDefinition
  /** Where the machine took the ticket: its `enterStatus` action set the status it came from and when it entered. */
  readonly step: WorkflowFacts
  readonly roles: ReadonlyArray<ActorRole>
  readonly comment?: string | undefined
  /** The resolution the agent chose, already checked against the rule's choices. */
  readonly resolution?: string | undefined
  /** The calendar of the ticket's SLA clock (null: 24/7). */
  readonly calendar: Calendar | null
  /** The calendar business-time status timers count on. */
  readonly timerCalendar: Calendar | null
  readonly ids: IdGenerator
}

/** The resolution a transition records for these roles. */
export function resolutionFor(
  rule: ResolutionRule | undefined,
  roles: ReadonlyArray<ActorRole>,
  chosen: string | undefined,
): string | null {
  if (rule === undefined) return null
  if (typeof rule === "string") return rule
  const team = actsForTeam(roles) || roles.includes("system")
  if (team) return chosen ?? rule.default
  return rule.requesterSide ?? rule.default
}

/**
 * Moves the draft's ticket along a transition the machine accepted: the status and its
 * category, closing and reopening fields, the description lock, assignment, SLA clocks,
 * status timers, and the comment as a public reply.
 */
export function applyTransition(draft: Draft, request: TransitionRequest): void {
  const { workflow, transition, step, roles } = request
  const target = step.status
  const from = draft.ticket.status
  const fromCategory = draft.ticket.statusCategory
  const targetStatus = workflow.status(target)
  if (targetStatus === undefined) throw new Error(`Workflow ${workflow.definition.key} has no status ${target}`)
  const at = new Date(draft.at)
  let ticket = {
    ...draft.ticket,
    status: target,
    statusCategory: targetStatus.category,
    previousStatus: step.previousStatus,
    statusChangedAt: step.statusChangedAt,
    statusVersion: draft.version,
  }

  const resolution = resolutionFor(transition.resolution, roles, request.resolution)
  if (targetStatus.category === "closed") {
    ticket = { ...ticket, closedAt: draft.at, resolvedAt: draft.at, resolution: resolution ?? ticket.resolution ?? "resolved" }
  } else if (fromCategory === "closed") {
    ticket = { ...ticket, closedAt: null, resolvedAt: null, resolution: null, reopenCount: ticket.reopenCount + 1 }
  }
  if (workflow.definition.descriptionLock === "on_leaving_new" && targetStatus.category !== "new") {
    ticket = { ...ticket, descriptionLocked: true }
  }
  const team = actsForTeam(roles)
  let assigned: string | null = null
  if (transition.assignActor && team && ticket.assigneeId === null && draft.actorId !== null) {
    ticket = { ...ticket, assigneeId: draft.actorId }
    assigned = draft.actorId
  }

  let messageId: string | null = null
  if (request.comment !== undefined && request.comment.length > 0) {
    messageId = request.ids.next()
    const message: Message = {
      id: messageId,
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      authorId: draft.actorId,
      visibility: "public",
      body: request.comment,
      attachmentIds: [],
      isDescription: false,
      event: transition.event,
      createdAt: draft.at,
      editedAt: null,
    }
    draft.newMessages.push(message)
    if (team && ticket.firstResponseAt === null) {
      ticket = { ...ticket, firstResponseAt: draft.at, sla: recordFirstResponse(ticket.sla) }
    }
  }

  if (targetStatus.category !== fromCategory) {
    ticket = { ...ticket, sla: onStatusCategory(ticket.sla, request.calendar, targetStatus.category, at) }
  }
  draft.ticket = ticket
  draft.events.push({
    type: "StatusChanged",
    visibility: "public",
    payload: { event: transition.event, from, to: target, resolution: targetStatus.category === "closed" ? ticket.resolution : null, messageId },
  })
  if (assigned !== null) {
    draft.events.push({ type: "Assigned", visibility: "public", payload: { from: null, to: assigned } })
  }
  scheduleStatusTimers(draft, workflow, request.timerCalendar, request.ids)
  scheduleSlaTimer(draft, request.ids)
}
