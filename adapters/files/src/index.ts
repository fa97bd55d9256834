/**
 * @module
 * ticketflow's filesystem `AttachmentStore`: attachment bytes under a data directory.
 */
export { createFileAttachmentStore, safeSegment } from "./file-attachment-store.ts"
export type { FileAttachmentStoreOptions } from "./file-attachment-store.ts"
