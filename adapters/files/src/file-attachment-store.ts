import { createReadStream, createWriteStream } from "node:fs"
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises"
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
 * An `AttachmentStore` on the local filesystem. Writes go to a temporary `.partial` file renamed
 * into place once complete; a failed or aborted write removes it. `sweepPartials` removes the
 * partial files a crashed process left behind (those not written in this process right now).
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

  /** Partial files being written now: never swept, whatever their age. */
  const writing = new Set<string>()

  return {
    async put(tenantId, attachmentId, bytes) {
      const path = pathOf(tenantId, attachmentId)
      await mkdir(join(path, ".."), { recursive: true })
      const temporary = `${path}.${randomBytes(6).toString("hex")}${partialSuffix}`
      writing.add(temporary)
      try {
        await pipeline(Readable.fromWeb(bytes as import("node:stream/web").ReadableStream<Uint8Array>), createWriteStream(temporary, { flags: "wx", flush: true }))
        await rename(temporary, path)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      } finally {
        writing.delete(temporary)
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
    async sweepPartials({ olderThan }) {
      const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return []
        throw error
      })
      let removed = 0
      for (const entry of entries) {
        if (!entry.isFile() || !entry.name.endsWith(partialSuffix)) continue
        const path = join(entry.parentPath, entry.name)
        if (writing.has(path)) continue
        const found = await stat(path).catch(() => null)
        if (found === null || found.mtime >= olderThan) continue
        await rm(path, { force: true })
        removed += 1
      }
      return removed
    },
  }
}

/** The suffix of a file being written: renamed away once complete. */
const partialSuffix = ".partial"

