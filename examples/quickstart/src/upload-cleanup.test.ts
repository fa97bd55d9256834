import { connect } from "node:net"
import type { AddressInfo } from "node:net"
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { serve, type ServerType } from "@hono/node-server"
import { createEngine, createMemoryStore, manualClock, sweepUploads, type AttachmentStore, type Engine, type ManualClock } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { installDemo, type DemoActors } from "@ticketflow/core/demo"
import { createFileAttachmentStore } from "@ticketflow/files"
import { createTicketflowApi, type UploadSettled } from "@ticketflow/hono"
import { afterEach, beforeEach, describe, expect, it } from "vitest"

const MiB = 1024 * 1024

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

/** Polls until `check` holds, failing after a generous 20 s: for waiting on a presence, never to prove an absence. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * The API on a real HTTP server (@hono/node-server, port 0) over the filesystem attachment
 * store in a temporary directory; the caller says who they are in an `X-User` header.
 */
describe("uploads on a real server leave nothing behind: failed ones at once, forgotten ones after the sweep", () => {
  let directory = ""
  let server: ServerType
  let port = 0
  let demo: DemoActors
  let engine: Engine
  let store: TicketStore
  let attachments: AttachmentStore
  let clock: ManualClock
  let settled: UploadSettled[] = []
  let waiters: Array<() => void> = []
  const nextSettled = () => new Promise<UploadSettled>((resolve) => {
    const take = () => resolve(settled.shift() as UploadSettled)
    if (settled.length > 0) take()
    else waiters.push(take)
  })

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "ticketflow-uploads-"))
    settled = []
    waiters = []
    clock = manualClock(new Date())
    store = createMemoryStore()
    engine = createEngine({ store, clock })
    demo = await installDemo(engine)
    attachments = createFileAttachmentStore({ directory })
    const api = createTicketflowApi({
      engine,
      tenantId: demo.tenantId,
      auth: { authenticate: async (request) => ({ tenantId: demo.tenantId, userId: request.headers.get("x-user") ?? "" }) },
      attachments,
      clock,
      limits: { maxUploadBytes: 24 * MiB },
      onUploadSettled: (upload) => {
        settled.push(upload)
        waiters.shift()?.()
      },
    })
    server = await new Promise<ServerType>((resolve) => {
      const started: ServerType = serve({ fetch: api.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started))
    })
    port = (server.address() as AddressInfo).port
  })
  afterEach(async () => {
    const closed = new Promise((resolve) => server.close(resolve))
    if ("closeAllConnections" in server) server.closeAllConnections()
    await closed
    await rm(directory, { recursive: true, force: true })
  })

  /** Sends a multipart upload announcing `announced` bytes of file and writes `bytes` of them. */
  const startUpload = (announced: number, userId: string) => {
    const boundary = "----ticketflow-boundary"
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`
    const tail = `\r\n--${boundary}--\r\n`
    const socket = connect({ host: "127.0.0.1", port })
    socket.on("error", () => undefined)
    socket.write(
      `POST /v1/attachments HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-User: ${userId}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + announced + tail.length}\r\n\r\n${head}`,
    )
    const write = (size: number) =>
      new Promise<void>((resolve) => {
        const chunk = Buffer.alloc(64 * 1024, "a")
        let left = size
        const pump = () => {
          while (left > 0) {
            const piece = chunk.subarray(0, Math.min(chunk.length, left))
            left -= piece.length
            if (!socket.write(piece)) return void socket.once("drain", pump)
          }
          resolve()
        }
        pump()
      })
    let response = ""
    socket.on("data", (data: Buffer) => (response += data.toString()))
    return { socket, write, finish: () => socket.write(tail), response: () => response }
  }

  it("removes the partial file of an upload whose client goes away mid-body", async () => {
    const upload = startUpload(20 * MiB, demo.bob.userId)
    await upload.write(5 * MiB)
    // The upload is under way: its partial file is on disk.
    await eventually(async () => (await filesUnder(directory)).some((f) => f.endsWith(".partial")), "the partial file")
    upload.socket.destroy()
    const outcome = await nextSettled()
    expect(outcome.outcome).toBe("failed")
    expect(await filesUnder(directory)).toEqual([])
    expect(await store.getAttachments(demo.tenantId, [outcome.attachmentId])).toEqual([])
  })

  it("removes the partial file of an upload over the size limit", async () => {
    // 32 KiB over the 24 MiB limit passes the Content-Length check (64 KiB of slack), not the stream's count.
    const upload = startUpload(24 * MiB + 32 * 1024, demo.bob.userId)
    void upload.write(24 * MiB + 32 * 1024).then(upload.finish)
    const outcome = await nextSettled()
    expect(outcome.outcome).toBe("failed")
    expect(outcome.error).toMatchObject({ reason: "too_large" })
    expect(await filesUnder(directory)).toEqual([])
    expect(await store.getAttachments(demo.tenantId, [outcome.attachmentId])).toEqual([])
    upload.socket.destroy()
  })

  it("stores nothing of an upload of a refused type", async () => {
    await engine.updateTenantSettings(demo.admin, { attachmentPolicy: { maxFilesPerMessage: 10, maxBytesPerFile: 24 * MiB, allowedTypes: ["image/*"] } })
    const upload = startUpload(1 * MiB, demo.bob.userId)
    void upload.write(1 * MiB).then(upload.finish)
    const outcome = await nextSettled()
    expect(outcome.outcome).toBe("failed")
    expect(outcome.error).toMatchObject({ reason: "type_not_allowed" })
    expect(await store.getAttachments(demo.tenantId, [outcome.attachmentId])).toEqual([])
    expect(await filesUnder(directory)).toEqual([])
    upload.socket.destroy()
  })

  it("keeps a complete upload, and only that", async () => {
    const upload = startUpload(1 * MiB, demo.bob.userId)
    await upload.write(1 * MiB)
    upload.finish()
    const outcome = await nextSettled()
    expect(outcome.outcome).toBe("stored")
    await eventually(async () => upload.response().startsWith("HTTP/1.1 201"), "the 201")
    const files = await filesUnder(directory)
    expect(files).toHaveLength(1)
    expect(files[0]?.endsWith(outcome.attachmentId)).toBe(true)
    upload.socket.destroy()
  })
  it("sweeps a crashed write's partial file after an hour and unlinked uploads after a day, keeping linked ones", async () => {
    const call = (method: string, path: string, userId: string, body?: string | FormData, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}${path}`, { method, body, headers: { "X-User": userId, ...headers } })
    const upload = async (name: string) => {
      const form = new FormData()
      form.append("file", new Blob([`bytes of ${name}`], { type: "text/plain" }), name)
      const response = await call("POST", "/v1/attachments", demo.bob.userId, form)
      expect(response.status).toBe(201)
      return ((await response.json()) as { id: string }).id
    }
    const kept = await upload("kept.txt")
    const forgotten = await upload("forgotten.txt")
    const created = await call("POST", "/v1/tickets", demo.bob.userId, JSON.stringify({ subject: "With a file", attachmentIds: [kept] }), { "Content-Type": "application/json" })
    expect(created.status).toBe(201)
    // What a process killed mid-upload leaves: a partial file nobody writes any more.
    const crashed = join(directory, demo.tenantId, "cr", "crashed.0a1b2c3d4e5f.partial")
    await mkdir(join(crashed, ".."), { recursive: true })
    await writeFile(crashed, "half a file")
    const twoHoursAgo = new Date(clock.now().getTime() - 2 * 60 * 60 * 1000)
    await utimes(crashed, twoHoursAgo, twoHoursAgo)

    expect(await sweepUploads({ engine, attachments, clock })).toEqual({ partials: 1, unlinkedUploads: 0 })
    expect((await filesUnder(directory)).filter((f) => f.endsWith(".partial"))).toEqual([])
    expect((await call("GET", `/v1/attachments/${forgotten}`, demo.bob.userId)).status).toBe(200)

    clock.advance(24 * 60 * 60 * 1000 + 1)
    expect(await sweepUploads({ engine, attachments, clock })).toEqual({ partials: 0, unlinkedUploads: 1 })
    const files = await filesUnder(directory)
    expect(files).toHaveLength(1)
    expect(files[0]?.endsWith(kept)).toBe(true)
    expect((await call("GET", `/v1/attachments/${forgotten}`, demo.bob.userId)).status).toBe(404)
    const download = await call("GET", `/v1/attachments/${kept}`, demo.bob.userId)
    expect(download.status).toBe(200)
    expect(await download.text()).toBe("bytes of kept.txt")
  })
})
