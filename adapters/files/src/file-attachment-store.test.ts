import { mkdtemp, readdir, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { createFileAttachmentStore, safeSegment } from "./index.ts"

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
      controller.close()
    },
  })

const failingStream = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("half"))
      controller.error(new Error("client went away"))
    },
  })

async function text(stream: ReadableStream<Uint8Array> | null): Promise<string | null> {
  if (stream === null) return null
  return new Response(stream).text()
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

describe("createFileAttachmentStore", () => {
  let directory = ""
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "ticketflow-files-"))
  })
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it("stores, reads back and deletes bytes per tenant", async () => {
    const store = createFileAttachmentStore({ directory })
    await store.put("tenant-a", "file-1", streamOf("hello ", "world"))
    expect(await text(await store.get("tenant-a", "file-1"))).toBe("hello world")
    expect(await store.get("tenant-b", "file-1")).toBeNull()
    await store.delete("tenant-a", "file-1")
    expect(await store.get("tenant-a", "file-1")).toBeNull()
    await store.delete("tenant-a", "file-1")
  })

  it("answers null for an unknown file", async () => {
    const store = createFileAttachmentStore({ directory })
    expect(await store.get("tenant-a", "nothing")).toBeNull()
  })

  it("keeps hostile ids inside the data directory", async () => {
    const store = createFileAttachmentStore({ directory: join(directory, "data") })
    for (const id of ["../../escape", "..", "a/b", "/etc/passwd", "nul\u0000byte", "ünïcode"]) {
      await store.put("../tenant", id, streamOf(id))
      expect(await text(await store.get("../tenant", id))).toBe(id)
    }
    const files = await filesUnder(directory)
    expect(files.length).toBe(6)
    for (const file of files) expect(file.startsWith(join(directory, "data") + "/")).toBe(true)
  })

  it("leaves nothing behind when the upload stream fails", async () => {
    const store = createFileAttachmentStore({ directory })
    await expect(store.put("tenant-a", "broken", failingStream())).rejects.toThrow()
    expect(await store.get("tenant-a", "broken")).toBeNull()
    expect(await filesUnder(directory)).toEqual([])
  })

  it("replaces a file stored again under the same id", async () => {
    const store = createFileAttachmentStore({ directory })
    await store.put("t", "same", streamOf("first"))
    await store.put("t", "same", streamOf("second"))
    expect(await text(await store.get("t", "same"))).toBe("second")
  })

  it("maps ids to safe path segments", () => {
    expect(safeSegment("0b6c-uuid_like")).toBe("0b6c-uuid_like")
    expect(safeSegment("..")).toMatch(/^~[0-9a-f]{64}$/)
    expect(safeSegment("..")).not.toBe(safeSegment("..."))
    expect(safeSegment("a/b")).not.toContain("/")
    expect(() => safeSegment("")).toThrow()
  })
})
