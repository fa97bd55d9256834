import { createReadStream, createWriteStream } from "node:fs"
import { mkdir, rename, rm, stat } from "node:fs/promises"
import { createHash, randomBytes } from "node:crypto"
import { join, resolve, sep } from "node:path"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { AttachmentStore } from "@ticketflow/core"

/** Where a filesystem `AttachmentStore` keeps its files. */
export interface FileAttachmentStoreOptions {
  /** The data directory; files live under `<directory>/<tenant>/<shard>/<attachment>`. */
  readonly directory: string
}

/**
 * A path segment from an id: ids made of letters, digits, `-` and `_` are used as they are;
 * anything else (dots, slashes, unicode, very long ids) becomes `~` and the id's sha256, so no
 * id can climb out of its folder and no two ids share a file.
 */
export function safeSegment(id: string): string {
  if (id.length === 0) throw new Error("An empty id has no path")
  return /^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : `~${createHash("sha256").update(id, "utf8").digest("hex")}`
}

/**
 * An `AttachmentStore` on the local filesystem. Writes go to a temporary file renamed into
 * place once complete, so a failed or aborted upload never leaves a partial file behind.
 *
 * @example
 * const attachments = createFileAttachmentStore({ directory: "./.ticketflow/attachments" })
 */
export function createFileAttachmentStore(options: FileAttachmentStoreOptions): AttachmentStore {
  const root = resolve(options.directory)

  const pathOf = (tenantId: string, attachmentId: string): string => {
    const name = safeSegment(attachmentId)
    const path = join(root, safeSegment(tenantId), name.slice(0, 2).padEnd(2, "_"), name)
    // Belt and braces: the segments cannot contain separators, but a path must stay under root.
    if (!path.startsWith(root + sep)) throw new Error(`Refusing a path outside ${root}`)
    return path
  }

  return {
    async put(tenantId, attachmentId, bytes) {
      const path = pathOf(tenantId, attachmentId)
      await mkdir(join(path, ".."), { recursive: true })
      const temporary = `${path}.${randomBytes(6).toString("hex")}.partial`
      try {
        await pipeline(Readable.fromWeb(bytes as import("node:stream/web").ReadableStream<Uint8Array>), createWriteStream(temporary, { flags: "wx", flush: true }))
        await rename(temporary, path)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    },
    async get(tenantId, attachmentId) {
      const path = pathOf(tenantId, attachmentId)
      const found = await stat(path).catch(() => null)
      if (found === null || !found.isFile()) return null
      return Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>
    },
    async delete(tenantId, attachmentId) {
      await rm(pathOf(tenantId, attachmentId), { force: true })
    },
  }
}

