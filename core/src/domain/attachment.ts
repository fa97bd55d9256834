import * as z from "zod"
import { Id, Instant, Line } from "./common.ts"

/** Metadata of an uploaded file; its bytes live in an AttachmentStore. */
export const Attachment = z.object({
  id: Id,
  tenantId: Id,
  /** The ticket and message it belongs to; null until a message links it. */
  ticketId: Id.nullable(),
  messageId: Id.nullable(),
  filename: Line.min(1).max(255),
  /** Sniffed from the bytes, never taken from the client. */
  contentType: Line.min(1).max(255),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedBy: Id,
  createdAt: Instant,
})
/** Metadata of an uploaded file. */
export type Attachment = z.infer<typeof Attachment>

/** Limits on the files of one message. */
export const AttachmentPolicy = z.object({
  maxFilesPerMessage: z.number().int().min(0).default(10),
  maxBytesPerFile: z.number().int().positive().default(25 * 1024 * 1024),
  /** Content types (or `image/*` families) allowed; empty allows any. */
  allowedTypes: z.array(Line.max(255)).default([]),
  /** At most this many images a message (seed 001: 3); absent means no separate limit. */
  maxImagesPerMessage: z.number().int().min(0).optional(),
  /** At most this many non-image files a message (seed 001: 1). */
  maxDocumentsPerMessage: z.number().int().min(0).optional(),
})
/** Limits on the files of one message. */
export type AttachmentPolicy = z.infer<typeof AttachmentPolicy>

/** The defaults: 10 files a message, 25 MiB each, any type. */
export const defaultAttachmentPolicy: AttachmentPolicy = {
  maxFilesPerMessage: 10,
  maxBytesPerFile: 25 * 1024 * 1024,
  allowedTypes: [],
}

/** The preset of seed 001: three images and one document a message. */
export const threeImagesOneDocumentPolicy: AttachmentPolicy = {
  maxFilesPerMessage: 4,
  maxBytesPerFile: 25 * 1024 * 1024,
  allowedTypes: [],
  maxImagesPerMessage: 3,
  maxDocumentsPerMessage: 1,
}
