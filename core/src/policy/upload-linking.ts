import type { Attachment } from "../domain/attachment.ts"
import type { Ticket } from "../domain/ticket.ts"
import type { ResolvedActor } from "./actor.ts"
import { isStaff } from "./actor.ts"
import { canSeeTicket } from "./visibility.ts"

/** Where an upload is about to be linked: a message of a ticket. */
export interface UploadTarget {
  /** The ticket as the command leaves it. */
  readonly ticket: Ticket
  /** The visibility of the message the file goes on. */
  readonly messageVisibility: "public" | "internal"
  /** Whether the ticket's type is requester_only (hidden from organisation support admins). */
  readonly typeIsRequesterOnly: boolean
}

/**
 * Whether the actor may link an upload to a message (issue 15, point 7): the upload must be of
 * the actor's tenant and not linked yet. Its uploader may link it anywhere they may write. A
 * member of the support team may link someone else's upload only to a ticket the team member
 * sees, and only where its uploader will still see it (the ticket, and not an internal note
 * unless the uploader is staff too): so an upload never moves to where its uploader loses it
 * and strangers gain it. `uploader` is null when the uploader is unknown or inactive.
 */
export function mayLinkUpload(actor: ResolvedActor, upload: Attachment, uploader: ResolvedActor | null, target: UploadTarget): boolean {
  if (upload.tenantId !== actor.tenant.id || upload.ticketId !== null || upload.messageId !== null) return false
  if (upload.uploadedBy === actor.user.id) return true
  if (!isStaff(actor) || !canSeeTicket(actor, target.ticket, false)) return false
  if (uploader === null || uploader.user.id !== upload.uploadedBy || uploader.tenant.id !== actor.tenant.id) return false
  if (target.messageVisibility === "internal" && !isStaff(uploader)) return false
  return canSeeTicket(uploader, target.ticket, uploader.user.kind === "customer" && target.typeIsRequesterOnly)
}
