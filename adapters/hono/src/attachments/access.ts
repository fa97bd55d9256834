import { NotFound, TicketNotFound, type Actor, type Attachment, type Engine } from "@ticketflow/core"

const notFound = (id: string) => new NotFound({ message: `Attachment ${id} not found`, entity: "attachment", key: id })

/**
 * An attachment the actor may download: an unlinked upload only to its uploader; a linked one
 * only to actors who may see its ticket and its message (an internal note's files are not
 * found for customers). Everything else is 404, so ids tell nothing.
 */
export async function visibleAttachment(engine: Engine, actor: Actor, id: string): Promise<Attachment> {
  const [attachment] = await engine.store.getAttachments(actor.tenantId, [id])
  if (attachment === undefined || attachment.tenantId !== actor.tenantId) throw notFound(id)
  if (attachment.ticketId === null || attachment.messageId === null) {
    if (attachment.uploadedBy !== actor.userId) throw notFound(id)
    return attachment
  }
  const messages = await engine.listMessages(actor, { ticket: attachment.ticketId }).catch((error: unknown) => {
    throw error instanceof TicketNotFound ? notFound(id) : error
  })
  if (!messages.some((message) => message.id === attachment.messageId && message.attachmentIds.includes(attachment.id))) throw notFound(id)
  return attachment
}
