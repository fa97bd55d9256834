import { Effect } from "effect"
import * as z from "zod"
import { Attachment } from "../../domain/attachment.ts"
import { Id } from "../../domain/common.ts"
import type { Actor } from "../../policy/actor.ts"
import { attachmentPolicyOf, attachmentPolicyRefusal } from "../attachments.ts"
import { resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService, fromStore, IdGeneratorService } from "../services.ts"

/** What `recordUpload` takes: a stored file's metadata, its content type sniffed from the bytes. */
export const RecordUploadInput = Attachment.pick({ filename: true, contentType: true, size: true, sha256: true }).extend({
  /** The id the bytes were stored under; a new one when absent. */
  id: Id.optional(),
})
/** What `recordUpload` takes. */
export type RecordUploadInput = z.input<typeof RecordUploadInput>

/**
 * Records an uploaded file, unlinked and owned by the actor, after its bytes are stored: the
 * tenant's attachment policy decides its size and type. A message links it through
 * `attachmentIds`; an upload left unlinked is removed by the upload sweeper.
 */
export const recordUpload = Effect.fnUntraced(function* (actorRef: Actor, rawInput: RecordUploadInput) {
  const input = yield* parseInput(RecordUploadInput, rawInput)
  const actor = yield* resolveActor(actorRef)
  const refusal = attachmentPolicyRefusal(attachmentPolicyOf(actor), [input])
  if (refusal !== null) return yield* refusal
  const ids = yield* IdGeneratorService
  const clock = yield* ClockService
  const attachment: Attachment = {
    id: input.id ?? ids.next(),
    tenantId: actor.tenant.id,
    ticketId: null,
    messageId: null,
    filename: input.filename,
    contentType: input.contentType,
    size: input.size,
    sha256: input.sha256,
    uploadedBy: actor.user.id,
    createdAt: clock.now().toISOString(),
  }
  yield* fromStore((s) => s.putAttachment(attachment))
  return attachment
})
