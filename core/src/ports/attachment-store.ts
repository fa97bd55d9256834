/** Where attachment bytes live: the filesystem by default, object storage when a host plugs it in. */
export interface AttachmentStore {
  /** Stores the bytes of an attachment under its id; resolves once they are durable. */
  put(tenantId: string, attachmentId: string, bytes: ReadableStream<Uint8Array>): Promise<void>
  /** The bytes of an attachment, or null when there are none. */
  get(tenantId: string, attachmentId: string): Promise<ReadableStream<Uint8Array> | null>
  /** Removes the bytes of an attachment; nothing to remove is no error. */
  delete(tenantId: string, attachmentId: string): Promise<void>
  /**
   * Removes what interrupted writes left behind (a crash mid-upload) untouched since before
   * `olderThan`, and resolves to how many it removed. Optional: a store that never leaves
   * partial writes (memory, object storage with multipart aborts) has none.
   */
  sweepPartials?(options: { readonly olderThan: Date }): Promise<number>
}

/** An `AttachmentStore` in process memory, for tests and demos. */
export function createMemoryAttachmentStore(): AttachmentStore {
  const files = new Map<string, Uint8Array>()
  return {
    async put(tenantId, attachmentId, bytes) {
      const chunks: Uint8Array[] = []
      for await (const chunk of bytes) chunks.push(chunk)
      files.set(`${tenantId}/${attachmentId}`, Buffer.concat(chunks))
    },
    async get(tenantId, attachmentId) {
      const file = files.get(`${tenantId}/${attachmentId}`)
      if (file === undefined) return null
      return new ReadableStream({
        start(controller) {
          controller.enqueue(file)
          controller.close()
        },
      })
    },
    async delete(tenantId, attachmentId) {
      files.delete(`${tenantId}/${attachmentId}`)
    },
  }
}
