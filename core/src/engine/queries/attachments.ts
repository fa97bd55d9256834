import { Effect } from "effect"
import type { Attachment } from "../../domain/attachment.ts"
import { NotFound, TicketNotFound } from "../../errors.ts"
import type { Actor } from "../../policy/actor.ts"
import { isStaff } from "../../policy/actor.ts"
import { mayDownloadAttachment } from "../../policy/attachment-access.ts"
import { Id } from "../../domain/common.ts"
import { TicketRefInput } from "../inputs.ts"
import { loadVisibleTicket, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { readStore } from "../services.ts"

/**
 * An attachment's metadata, when the actor may download it (`mayDownloadAttachment`): anything
 * else is `NotFound`, so an id tells nothing.
 */
export const getAttachment = Effect.fnUntraced(function* (actorRef: Actor, rawId: string) {
  const id = yield* parseInput(Id, rawId)
  const actor = yield* resolveActor(actorRef)
  const notFound = new NotFound({ message: `Attachment ${id} not found`, entity: "attachment", key: id })
  const [attachment] = yield* readStore((s) => s.getAttachments(actor.tenant.id, [id]))
  if (attachment === undefined) return yield* notFound
  let placement = null
  if (attachment.ticketId !== null && attachment.messageId !== null) {
    const visible = yield* loadVisibleTicket(actor, attachment.ticketId).pipe(
      Effect.map(() => true),
      Effect.catchTag("TicketNotFound", (_: TicketNotFound) => Effect.succeed(false)),
    )
    const messageId = attachment.messageId
    const message = visible ? yield* readStore((s) => s.getMessage(actor.tenant.id, messageId)) : null
    placement = { ticketVisible: visible, message }
  }
  if (!mayDownloadAttachment(actor, attachment, placement)) return yield* notFound
  return attachment
})

/** The files of a ticket's conversation the actor may see: an internal note's only for the team. */
export const listAttachments = Effect.fnUntraced(function* (actorRef: Actor, rawRef: string | number) {
  const ref = yield* parseInput(TicketRefInput, rawRef)
  const actor = yield* resolveActor(actorRef)
  const { ticket } = yield* loadVisibleTicket(actor, ref)
  const messages = yield* readStore((s) => s.listMessages(ticket.tenantId, ticket.id, { includeInternal: isStaff(actor), order: "asc" }))
  const ids = [...new Set(messages.flatMap((message) => message.attachmentIds))]
  if (ids.length === 0) return [] as ReadonlyArray<Attachment>
  return yield* readStore((s) => s.getAttachments(ticket.tenantId, ids))
})
