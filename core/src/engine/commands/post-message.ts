import { Effect } from "effect"
import type { Attachment } from "../../domain/attachment.ts"
import type { Message } from "../../domain/message.ts"
import type { Ticket } from "../../domain/ticket.ts"
import { Conflict, Forbidden, TicketLocked } from "../../errors.ts"
import type { Actor } from "../../policy/actor.ts"
import { messageRefusal } from "../../policy/permissions.ts"
import { recordFirstResponse } from "../../sla/clock.ts"
import { linkAttachments } from "../attachments.ts"
import { commitDraft, conflictRetries, withConflictRetry } from "../commit.ts"
import { withTicketLock } from "../ticket-locks.ts"
import { draftFor } from "../draft.ts"
import { fireOnDraft } from "../transition/evaluate.ts"
import { PostMessageInput } from "../inputs.ts"
import { loadVisibleTicket, loadWorkflow, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService, IdGeneratorService, readStore } from "../services.ts"
import { scheduleSlaTimer } from "../timers.ts"
import { requestHash } from "./create-ticket.ts"
import { actsForTeam } from "../../policy/roles.ts"

/** The message a command posted, its files, and the ticket after it. */
export interface PostedMessage {
  readonly message: Message
  /** The files the message links. */
  readonly attachments: ReadonlyArray<Attachment>
  readonly ticket: Ticket
}

/**
 * Posts a public reply or an internal note. A public reply may fire the workflow's reply
 * triggers (the customer answering a clarification fires CUSTOMER_REPLIED); the team's first
 * public reply meets the first-response SLA.
 */
export const postMessage = Effect.fnUntraced(function* (actorRef: Actor, rawInput: PostMessageInput) {
  const input = yield* parseInput(PostMessageInput, rawInput)
  const attempt = Effect.gen(function* () {
    const actor = yield* resolveActor(actorRef)
    const { ticket, roles } = yield* loadVisibleTicket(actor, input.ticket)
    const scope = `postMessage:${ticket.id}`
    const hash = requestHash({ ...input, ticket: ticket.id, idempotencyKey: undefined })
    if (input.idempotencyKey !== undefined) {
      const key = input.idempotencyKey
      const previous = yield* readStore((s) => s.findIdempotency(actor.tenant.id, actor.user.id, scope, key))
      if (previous !== null) {
        if (previous.requestHash !== hash) {
          return yield* new Conflict({ message: `Idempotency key ${key} was used with another input`, reason: "idempotency_key_reused" })
        }
        const message = previous.messageId === null ? null : yield* readStore((s) => s.getMessage(actor.tenant.id, previous.messageId ?? ""))
        if (message !== null) {
          const attachments = message.attachmentIds.length === 0 ? [] : yield* readStore((s) => s.getAttachments(actor.tenant.id, message.attachmentIds))
          return { message, attachments, ticket } satisfies PostedMessage
        }
      }
    }
    const refusal = messageRefusal(input.visibility, roles, ticket)
    if (refusal === "forbidden") {
      return yield* new Forbidden({ message: `You may not post ${input.visibility === "internal" ? "internal notes" : "replies"} here`, action: "post_message" })
    }
    if (refusal === "locked") {
      return yield* new TicketLocked({ message: "The ticket is closed: reopen it to reply", fields: ["messages"] })
    }
    const clock = yield* ClockService
    const ids = yield* IdGeneratorService
    const draft = draftFor(ticket, clock.now().toISOString(), actor.user.id)
    const message: Message = {
      id: ids.next(),
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      authorId: actor.user.id,
      visibility: input.visibility,
      body: input.body,
      attachmentIds: [...new Set(input.attachmentIds)],
      isDescription: false,
      event: null,
      createdAt: draft.at,
      editedAt: null,
    }
    draft.newMessages.push(message)
    const attachments = yield* linkAttachments(actor, draft, message.id, input.attachmentIds)
    const internal = input.visibility === "internal"
    draft.events.push({
      type: internal ? "NoteAdded" : "MessagePosted",
      visibility: internal ? "internal" : "public",
      payload: { messageId: message.id, attachmentIds: message.attachmentIds },
    })
    const team = actsForTeam(roles)
    if (!internal && team && draft.ticket.firstResponseAt === null) {
      draft.ticket = { ...draft.ticket, firstResponseAt: draft.at, sla: recordFirstResponse(draft.ticket.sla) }
      scheduleSlaTimer(draft, ids)
    }
    if (!internal) {
      const side = roles.includes("requester_side") && !team ? "requester_side" : team ? "agent" : null
      const workflow = yield* loadWorkflow(ticket.tenantId, ticket.workflowKey, ticket.workflowVersion)
      const trigger = workflow.triggersIn(ticket.status).find((t) => t.by === side)
      if (trigger !== undefined) {
        yield* fireOnDraft({ tenant: actor.tenant, draft, roles: ["system"], event: trigger.fire })
      }
    }
    if (input.idempotencyKey !== undefined) {
      draft.idempotency = {
        tenantId: actor.tenant.id,
        actorId: actor.user.id,
        scope,
        key: input.idempotencyKey,
        requestHash: hash,
        ticketId: ticket.id,
        messageId: message.id,
        createdAt: draft.at,
      }
    }
    const written = yield* commitDraft(draft)
    return { message, attachments, ticket: written } satisfies PostedMessage
  })
  const locked = withTicketLock(actorRef.tenantId, input.ticket, attempt)
  return yield* withConflictRetry(locked, undefined, conflictRetries.append).pipe(
    // A concurrent replay of the same key won the race: answer with its message.
    Effect.catchTag("Conflict", (conflict) =>
      conflict.reason === "idempotency_key_reused" && input.idempotencyKey !== undefined ? locked : Effect.fail(conflict),
    ),
  )
})
