import { Effect } from "effect"
import type { Attachment, AttachmentPolicy } from "../domain/attachment.ts"
import { defaultAttachmentPolicy } from "../domain/attachment.ts"
import { AttachmentRejected } from "../errors.ts"
import type { ResolvedActor } from "../policy/actor.ts"
import { mayLinkUpload } from "../policy/upload-linking.ts"
import type { Draft } from "./draft.ts"
import { typeIsRequesterOnly } from "./load.ts"
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

/** The uploader of someone else's upload, as the policy needs them; null when unknown or inactive. */
const loadUploader = Effect.fnUntraced(function* (tenantId: string, userId: string) {
  const profile = yield* readStore((s) => s.loadActor(tenantId, userId))
  if (profile === null || !profile.user.active) return null
  const uploader: ResolvedActor = { tenant: profile.tenant, user: profile.user, departmentKeys: profile.departmentKeys }
  return uploader
})

/**
 * Links uploaded files to a message of the draft: each must exist, be unlinked, and be one the
 * actor may link (`mayLinkUpload`: their own, or for the team one whose uploader keeps seeing
 * it there); together they must fit the tenant's policy. Anything else is `not_linkable` (422).
 * Resolves to the files as linked.
 */
export const linkAttachments = Effect.fnUntraced(function* (
  actor: ResolvedActor,
  draft: Draft,
  messageId: string,
  ids: ReadonlyArray<string>,
  /** Files the message already has: they count towards its limits. */
  existing: ReadonlyArray<Attachment> = [],
) {
  if (ids.length === 0) return [] as ReadonlyArray<Attachment>
  const unique = [...new Set(ids)]
  const found = yield* readStore((s) => s.getAttachments(actor.tenant.id, unique))
  const message =
    draft.newMessages.find((m) => m.id === messageId) ??
    draft.editedMessages.find((m) => m.id === messageId) ??
    (yield* readStore((s) => s.getMessage(actor.tenant.id, messageId)))
  const target = {
    ticket: draft.ticket,
    // A message not written yet is the ticket's description, which is public.
    messageVisibility: message?.visibility ?? "public",
    typeIsRequesterOnly: found.some((a) => a.uploadedBy !== actor.user.id) ? yield* typeIsRequesterOnly(actor.tenant.id, draft.ticket.typeKey) : false,
  } as const
  const uploaders = new Map<string, ResolvedActor | null>()
  const linkable: Attachment[] = []
  for (const attachment of found) {
    if (attachment.uploadedBy !== actor.user.id && !uploaders.has(attachment.uploadedBy)) {
      uploaders.set(attachment.uploadedBy, yield* loadUploader(actor.tenant.id, attachment.uploadedBy))
    }
    if (mayLinkUpload(actor, attachment, uploaders.get(attachment.uploadedBy) ?? null, target)) linkable.push(attachment)
  }
  if (linkable.length !== unique.length) {
    return yield* new AttachmentRejected({
      message: "Some attachments do not exist, belong to another message, or may not go where their uploader would lose them",
      reason: "not_linkable",
    })
  }
  const policy = attachmentPolicyOf(actor)
  const refusal = attachmentPolicyRefusal(policy, [...existing, ...linkable])
  if (refusal !== null) return yield* refusal
  for (const attachment of linkable) draft.linkedAttachments.push({ attachmentId: attachment.id, messageId })
  return linkable.map((attachment): Attachment => ({ ...attachment, ticketId: draft.ticket.id, messageId }))
})
