import type { Attachment } from "../domain/attachment.ts"
import type { Message } from "../domain/message.ts"
import type { ResolvedActor } from "./actor.ts"
import { isStaff } from "./actor.ts"

/** Where a linked attachment sits, as far as the download policy needs to know. */
export interface AttachmentPlacement {
  /** Whether the actor may see the attachment's ticket. */
  readonly ticketVisible: boolean
  /** The message that links the attachment; null when it is gone. */
  readonly message: Pick<Message, "id" | "ticketId" | "visibility" | "attachmentIds"> | null
}

/**
 * Whether the actor may download an attachment: an unlinked upload only its uploader; a linked
 * one whoever sees its ticket and its message — an internal note's files only the support team.
 * A refusal is answered as "not found", so an id tells nothing.
 */
export function mayDownloadAttachment(actor: ResolvedActor, attachment: Attachment, placement: AttachmentPlacement | null): boolean {
  if (attachment.tenantId !== actor.tenant.id) return false
  if (attachment.ticketId === null || attachment.messageId === null) return attachment.uploadedBy === actor.user.id
  if (placement === null || !placement.ticketVisible || placement.message === null) return false
  const { message } = placement
  if (message.id !== attachment.messageId || message.ticketId !== attachment.ticketId || !message.attachmentIds.includes(attachment.id)) return false
  return message.visibility === "public" || isStaff(actor)
}
