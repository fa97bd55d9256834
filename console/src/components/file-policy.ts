import type { AttachmentPolicyView } from "@ticketflow/hono/client"

/** The API's defaults when the tenant sets no policy: 10 files a message, 25 MiB each (core's `defaultAttachmentPolicy`, kept here so no engine code ships to the browser). */
export const defaultAttachmentPolicy: AttachmentPolicyView = { maxFilesPerMessage: 10, maxBytesPerFile: 25 * 1024 * 1024, allowedTypes: [] }

/** A file the customer picked, before upload. */
export interface PickedFile {
  readonly name: string
  readonly size: number
  readonly type: string
}

/** Why a set of files breaks the tenant's attachment policy, as a translation key and values. */
export interface FileRefusal {
  readonly key: "tickets.create.tooManyFiles" | "tickets.create.tooManyImages" | "tickets.create.tooManyDocuments" | "tickets.create.fileTooLarge"
  readonly values: Record<string, string | number>
}

/** Whether a file is an image for the "N images + M documents" limits. */
export const isImage = (file: Pick<PickedFile, "type" | "name">): boolean =>
  file.type.startsWith("image/") || /\.(png|jpe?g|gif|webp|bmp|heic|avif)$/i.test(file.name)

/** A byte count people read: 25 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ["KB", "MB", "GB"]
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`
}

/**
 * Checks picked files against the tenant's policy before anything is uploaded (the server
 * checks again): files per message, bytes per file, and the images/documents split of the
 * "3 images + 1 document" preset.
 */
export function fileRefusal(policy: AttachmentPolicyView, files: ReadonlyArray<PickedFile>): FileRefusal | null {
  if (files.length > policy.maxFilesPerMessage) return { key: "tickets.create.tooManyFiles", values: { count: policy.maxFilesPerMessage } }
  const large = files.find((f) => f.size > policy.maxBytesPerFile)
  if (large !== undefined) return { key: "tickets.create.fileTooLarge", values: { name: large.name, size: formatBytes(policy.maxBytesPerFile) } }
  const images = files.filter(isImage).length
  if (policy.maxImagesPerMessage !== undefined && images > policy.maxImagesPerMessage) {
    return { key: "tickets.create.tooManyImages", values: { count: policy.maxImagesPerMessage } }
  }
  if (policy.maxDocumentsPerMessage !== undefined && files.length - images > policy.maxDocumentsPerMessage) {
    return { key: "tickets.create.tooManyDocuments", values: { count: policy.maxDocumentsPerMessage } }
  }
  return null
}
