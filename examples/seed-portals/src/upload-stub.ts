import { createHash } from "node:crypto"
import type { Actor, Attachment, Engine } from "@ticketflow/core"

/** A file as the upload endpoint would describe it after sniffing its bytes. */
export interface StubFile {
  readonly filename: string
  readonly contentType: string
  readonly size?: number
}

/**
 * Records an uploaded file's metadata through the engine, as `POST /v1/attachments` does once
 * the bytes are stored: unlinked, owned by the uploader, checked against the tenant's policy.
 */
export async function uploadStub(engine: Engine, actor: Actor, file: StubFile): Promise<Attachment> {
  return engine.recordUpload(actor, {
    filename: file.filename,
    contentType: file.contentType,
    size: file.size ?? 48_000,
    sha256: createHash("sha256").update(file.filename).digest("hex"),
  })
}

/** Uploads several files and returns their ids, ready for `attachmentIds`. */
export async function uploadStubs(engine: Engine, actor: Actor, files: ReadonlyArray<StubFile>): Promise<string[]> {
  const ids: string[] = []
  for (const file of files) ids.push((await uploadStub(engine, actor, file)).id)
  return ids
}
