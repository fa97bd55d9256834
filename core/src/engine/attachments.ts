import { Effect } from "effect"
import type { Attachment, AttachmentPolicy } from "../domain/attachment.ts"
import { defaultAttachmentPolicy } from "../domain/attachment.ts"
import { AttachmentRejected } from "../errors.ts"
import type { ResolvedActor } from "../policy/actor.ts"
import { isStaff } from "../policy/actor.ts"
import type { Draft } from "./draft.ts"
import { readStore } from "./services.ts"

function typeAllowed(policy: AttachmentPolicy, contentType: string): boolean {
  if (policy.allowedTypes.length === 0) return true
  return policy.allowedTypes.some((allowed) =>
    allowed.endsWith("/*") ? contentType.startsWith(allowed.slice(0, -1)) : allowed === contentType,
  )
}

/** Why a message's files break the policy, or null when they fit. */
export function attachmentPolicyRefusal(
  policy: AttachmentPolicy,
  files: ReadonlyArray<Pick<Attachment, "filename" | "contentType" | "size">>,
): AttachmentRejected | null {
  if (files.length > policy.maxFilesPerMessage) {
    return new AttachmentRejected({ message: `At most ${policy.maxFilesPerMessage} files a message`, reason: "too_many" })
  }
  const images = files.filter((f) => f.contentType.startsWith("image/")).length
  if (policy.maxImagesPerMessage !== undefined && images > policy.maxImagesPerMessage) {
    return new AttachmentRejected({ message: `At most ${policy.maxImagesPerMessage} images a message`, reason: "too_many" })
  }
  if (policy.maxDocumentsPerMessage !== undefined && files.length - images > policy.maxDocumentsPerMessage) {
    return new AttachmentRejected({ message: `At most ${policy.maxDocumentsPerMessage} documents a message`, reason: "too_many" })
  }
  for (const file of files) {
    if (file.size > policy.maxBytesPerFile) {
      return new AttachmentRejected({ message: `${file.filename} is larger than ${policy.maxBytesPerFile} bytes`, reason: "too_large" })
    }
    if (!typeAllowed(policy, file.contentType)) {
      return new AttachmentRejected({ message: `${file.filename} is of a type not allowed (${file.contentType})`, reason: "type_not_allowed" })
    }
  }
  return null
}

/** The attachment policy of the actor's tenant. */
export function attachmentPolicyOf(actor: ResolvedActor): AttachmentPolicy {
  return actor.tenant.settings.attachmentPolicy ?? defaultAttachmentPolicy
}

/**
 * Links uploaded files to a message of the draft: each must exist, be unlinked, and have been
 * uploaded by the actor (the team may attach any unlinked upload); together they must fit the
 * tenant's policy.
 */
export const linkAttachments = Effect.fnUntraced(function* (
  actor: ResolvedActor,
  draft: Draft,
  messageId: string,
  ids: ReadonlyArray<string>,
  /** Files the message already has: they count towards its limits. */
  existing: ReadonlyArray<Attachment> = [],
) {
  if (ids.length === 0) return
  const unique = [...new Set(ids)]
  const found = yield* readStore((s) => s.getAttachments(actor.tenant.id, unique))
  const linkable = found.filter(
    (a) => a.ticketId === null && a.messageId === null && (a.uploadedBy === actor.user.id || isStaff(actor)),
  )
  if (linkable.length !== unique.length) {
    return yield* new AttachmentRejected({
      message: "Some attachments do not exist, belong to another message, or were uploaded by someone else",
      reason: "not_linkable",
    })
  }
  const policy = attachmentPolicyOf(actor)
  const refusal = attachmentPolicyRefusal(policy, [...existing, ...linkable])
  if (refusal !== null) return yield* refusal
  for (const attachment of linkable) draft.linkedAttachments.push({ attachmentId: attachment.id, messageId })
})
