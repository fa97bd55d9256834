import { createHash, randomUUID } from "node:crypto"
import type { Actor, Attachment, Engine } from "@ticketflow/core"

/** A file as the upload endpoint would describe it after sniffing its bytes. */
export interface StubFile {
  readonly filename: string
  readonly contentType: string
  readonly size?: number
}

/**
 * Records an uploaded file's metadata straight in the store, as `POST /v1/attachments` would
 * before a message links it: unlinked, and owned by the uploader.
 */
export async function uploadStub(engine: Engine, actor: Actor, file: StubFile, at = new Date()): Promise<Attachment> {
  const attachment: Attachment = {
    id: randomUUID(),
    tenantId: actor.tenantId,
    ticketId: null,
    messageId: null,
    filename: file.filename,
    contentType: file.contentType,
    size: file.size ?? 48_000,
    sha256: createHash("sha256").update(file.filename).digest("hex"),
    uploadedBy: actor.userId,
    createdAt: at.toISOString(),
  }
  await engine.store.putAttachment(attachment)
  return attachment
}

/** Uploads several files and returns their ids, ready for `attachmentIds`. */
export async function uploadStubs(engine: Engine, actor: Actor, files: ReadonlyArray<StubFile>): Promise<string[]> {
  const ids: string[] = []
  for (const file of files) ids.push((await uploadStub(engine, actor, file)).id)
  return ids
}
