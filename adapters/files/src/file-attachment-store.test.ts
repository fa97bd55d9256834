import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises"
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
  it("sweeps the partial files a crash left before the cut-off, and nothing else", async () => {
    const store = createFileAttachmentStore({ directory })
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000)
    await store.put("t", "complete", streamOf("done"))
    await mkdir(join(directory, "t", "cr"), { recursive: true })
    const crashed = join(directory, "t", "cr", "crashed.0a1b2c3d4e5f.partial")
    const fresh = join(directory, "t", "cr", "fresh.0a1b2c3d4e5f.partial")
    await writeFile(crashed, "half of a file")
    await writeFile(fresh, "half of another")
    await utimes(crashed, hoursAgo(2), hoursAgo(2))
    // A write under way, made to look old: it is this process's own, so it stays.
    let release = () => {}
    const slow = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("first half, "))
        release = () => {
          controller.enqueue(new TextEncoder().encode("second half"))
          controller.close()
        }
      },
    })
    const writing = store.put("t", "in-progress", slow)
    // Polls for the partial file to appear (a presence, bounded by a deadline).
    let inProgress: string | undefined
    const deadline = Date.now() + 10_000
    while (inProgress === undefined) {
      inProgress = (await filesUnder(directory)).find((f) => f.includes("in-progress") && f.endsWith(".partial"))
      if (inProgress !== undefined) break
      if (Date.now() > deadline) throw new Error("the write under way left no .partial file in 10 s")
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await utimes(inProgress, hoursAgo(2), hoursAgo(2))

    expect(await store.sweepPartials?.({ olderThan: hoursAgo(1) })).toBe(1)
    const left = await filesUnder(directory)
    expect(left).not.toContain(crashed)
    expect(left).toContain(fresh)
    expect(left).toContain(inProgress)
    expect(await text(await store.get("t", "complete"))).toBe("done")
    release()
    await writing
    expect(await text(await store.get("t", "in-progress"))).toBe("first half, second half")
    // A cut-off past every file takes the fresh one too.
    expect(await store.sweepPartials?.({ olderThan: new Date(Date.now() + 60_000) })).toBe(1)
    expect((await filesUnder(directory)).filter((f) => f.endsWith(".partial"))).toEqual([])
  })

  it("sweeps a data directory that does not exist yet", async () => {
    const store = createFileAttachmentStore({ directory: join(directory, "not-yet") })
    expect(await store.sweepPartials?.({ olderThan: new Date() })).toBe(0)
  })
})
