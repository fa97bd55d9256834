import { createHash } from "node:crypto"
import sharp from "sharp"
import { createMemoryAttachmentStore, createMemoryStore, threeImagesOneDocumentPolicy, type AttachmentPolicy, type AttachmentStore } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { beforeEach, describe, expect, it } from "vitest"
import type { UploadSettled } from "../options.ts"
import { buildWorld, type World } from "../testing/world.ts"

const json = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T
const problemSlug = async (response: Response) => ((await response.json()) as { type: string }).type.split("/").pop()

interface Meta {
  id: string
  filename: string
  contentType: string
  size: number
  sha256: string
  ticketId: string | null
}

/** An attachment store that remembers which files it holds. */
function trackingStore(): AttachmentStore & { readonly held: Set<string> } {
  const inner = createMemoryAttachmentStore()
  const held = new Set<string>()
  return {
    held,
    async put(tenantId, id, bytes) {
      await inner.put(tenantId, id, bytes)
      held.add(id)
    },
    get: (tenantId, id) => inner.get(tenantId, id),
    async delete(tenantId, id) {
      await inner.delete(tenantId, id)
      held.delete(id)
    },
  }
}

const png = (width = 40, height = 30) => sharp({ create: { width, height, channels: 3, background: "#ff0000" } }).png().toBuffer()

describe("attachment routes", () => {
  let world: World
  let store: ReturnType<typeof trackingStore>
  beforeEach(async () => {
    store = trackingStore()
    world = await buildWorld({ api: { attachments: store } })
  })
  const setPolicy = (policy: Partial<AttachmentPolicy>) =>
    world.engine.updateTenantSettings(world.demo.admin, { attachmentPolicy: { maxFilesPerMessage: 10, maxBytesPerFile: 25 * 1024 * 1024, allowedTypes: [], ...policy } })

  it("stores an upload with its sha256 and the content type sniffed from its bytes", async () => {
    const text = "hello attachments\n"
    const response = await world.upload("bob", "notes.txt", text, "image/png")
    expect(response.status).toBe(201)
    const meta = await json<Meta>(response)
    expect(meta).toMatchObject({ filename: "notes.txt", contentType: "text/plain", size: text.length, ticketId: null })
    expect(meta.sha256).toBe(createHash("sha256").update(text).digest("hex"))
    const image = await json<Meta>(await world.upload("bob", "not-really.txt", await png(), "text/plain"))
    expect(image.contentType).toBe("image/png")
    expect(store.held.size).toBe(2)
  })

  it("serves an unlinked upload to its uploader only", async () => {
    const meta = await json<Meta>(await world.upload("bob", "mine.txt", "mine"))
    expect((await world.call("bob", "GET", `/v1/attachments/${meta.id}`)).status).toBe(200)
    for (const role of ["alice", "agent", "admin"] as const) expect((await world.call(role, "GET", `/v1/attachments/${meta.id}`)).status, role).toBe(404)
    expect((await world.call("anonymous", "GET", `/v1/attachments/${meta.id}`)).status).toBe(401)
  })

  it("downloads with a safe RFC 6266 Content-Disposition, nosniff and a sandbox CSP", async () => {
    const meta = await json<Meta>(await world.upload("bob", "отчёт \"2026\".txt", "report"))
    expect(meta.filename).toBe("отчёт _2026_.txt")
    await world.call("bob", "POST", "/v1/tickets", { subject: "With a report", attachmentIds: [meta.id] })
    const response = await world.call("alice", "GET", `/v1/attachments/${meta.id}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe("report")
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8")
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="_____ _2026_.txt"; filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82%20_2026_.txt`,
    )
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff")
    expect(response.headers.get("Content-Security-Policy")).toContain("sandbox")
    expect(response.headers.get("ETag")).toBe(`"${meta.sha256}"`)
    expect((await world.call("alice", "GET", `/v1/attachments/${meta.id}`, undefined, { "If-None-Match": `"${meta.sha256}"` })).status).toBe(304)
    expect((await world.call("carol", "GET", `/v1/attachments/${meta.id}`)).status).toBe(404)
  })

  it("serves raster images inline unless a download is asked for, with thumbnails", async () => {
    const meta = await json<Meta>(await world.upload("bob", "shot.png", await png(600, 300)))
    const inline = await world.call("bob", "GET", `/v1/attachments/${meta.id}`)
    expect(inline.headers.get("Content-Type")).toBe("image/png")
    expect(inline.headers.get("Content-Disposition")).toMatch(/^inline; /)
    const forced = await world.call("bob", "GET", `/v1/attachments/${meta.id}?download=1`)
    expect(forced.headers.get("Content-Disposition")).toMatch(/^attachment; /)
    const thumbnail = await world.call("bob", "GET", `/v1/attachments/${meta.id}/thumbnail?size=128`)
    expect(thumbnail.status).toBe(200)
    expect(thumbnail.headers.get("Content-Type")).toBe("image/webp")
    const info = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()
    expect({ format: info.format, width: info.width, height: info.height }).toEqual({ format: "webp", width: 128, height: 64 })
    expect((await world.call("bob", "GET", `/v1/attachments/${meta.id}/thumbnail?size=7`)).status).toBe(422)
    expect((await world.call("alice", "GET", `/v1/attachments/${meta.id}/thumbnail`)).status).toBe(404)
    const text = await json<Meta>(await world.upload("bob", "a.txt", "text"))
    const refused = await world.call("bob", "GET", `/v1/attachments/${text.id}/thumbnail`)
    expect(refused.status).toBe(415)
  })

  it("refuses a file over the tenant's limit with 413 and keeps no bytes", async () => {
    await setPolicy({ maxBytesPerFile: 10_000 })
    const response = await world.upload("bob", "big.bin", new Uint8Array(50_000).fill(7))
    expect(response.status).toBe(413)
    expect(await problemSlug(response)).toBe("attachment-too-large")
    // Streamed past the sniffing window before the limit hits.
    await setPolicy({ maxBytesPerFile: 5_000 })
    expect((await world.upload("bob", "big.txt", "x".repeat(5_001))).status).toBe(413)
    expect((await world.upload("bob", "fits.txt", "x".repeat(5_000))).status).toBe(201)
    expect(store.held.size).toBe(1)
  })

  it("refuses a body over the API's own upload limit early, from Content-Length", async () => {
    const small = await buildWorld({ api: { attachments: store }, limits: { maxUploadBytes: 1_000 } })
    const response = await small.upload("bob", "big.txt", "y".repeat(200_000))
    expect(response.status).toBe(413)
    expect(store.held.size).toBe(0)
  })

  it("refuses a type the tenant does not allow with 415, before storing anything", async () => {
    await setPolicy({ allowedTypes: ["image/*", "application/pdf"] })
    const refused = await world.upload("bob", "script.txt", "<script>alert(1)</script>", "image/png")
    expect(refused.status).toBe(415)
    expect(await problemSlug(refused)).toBe("attachment-type-refused")
    expect(store.held.size).toBe(0)
    expect((await world.upload("bob", "ok.png", await png())).status).toBe(201)
  })

  it("answers a request that is not a multipart upload with 415, and one without a file with 400", async () => {
    const token = await world.token("bob")
    const asJson = await world.app.request("/v1/attachments", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: "{}" })
    expect(asJson.status).toBe(415)
    const form = new FormData()
    form.append("note", "no file here")
    const noFile = await world.app.request("/v1/attachments", { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form })
    expect(noFile.status).toBe(400)
    const broken = await world.app.request("/v1/attachments", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "multipart/form-data; boundary=zzz" }, body: "--zzz\r\nnonsense" })
    expect(broken.status).toBe(400)
    expect(store.held.size).toBe(0)
  })

  it("applies the 3 images + 1 document preset when files are linked to a message", async () => {
    await world.engine.updateTenantSettings(world.demo.admin, { attachmentPolicy: threeImagesOneDocumentPolicy })
    const ticket = await json<{ id: string }>(await world.call("bob", "POST", "/v1/tickets", { subject: "Screenshots" }))
    const images = await Promise.all([1, 2, 3, 4].map(async (i) => (await json<Meta>(await world.upload("bob", `s${i}.png`, await png(10 + i, 10)))).id))
    const document = (await json<Meta>(await world.upload("bob", "log.txt", "log"))).id
    const before = await world.fingerprint()
    const tooMany = await world.call("bob", "POST", `/v1/tickets/${ticket.id}/messages`, { body: "four images", attachmentIds: images })
    expect(tooMany.status).toBe(422)
    expect(await problemSlug(tooMany)).toBe("too-many-attachments")
    expect(await world.fingerprint()).toBe(before)
    const fits = await world.call("bob", "POST", `/v1/tickets/${ticket.id}/messages`, { body: "three and a log", attachmentIds: [...images.slice(0, 3), document] })
    expect(fits.status).toBe(201)
  })

  it("refuses to link someone else's upload (422) and a linked file twice", async () => {
    const carols = (await json<Meta>(await world.upload("carol", "c.txt", "carol's"))).id
    const linked = await world.call("bob", "POST", "/v1/tickets", { subject: "Steal", attachmentIds: [carols] })
    expect(linked.status).toBe(422)
    expect(await problemSlug(linked)).toBe("attachment-not-linkable")
  })
  it("refuses an agent attaching another organisation's customer's upload (422); the uploader keeps her file, strangers never get it", async () => {
    const carols = await json<Meta>(await world.upload("carol", "c.txt", "carol's"))
    const bobsTicket = await json<{ id: string }>(await world.call("bob", "POST", "/v1/tickets", { subject: "Bob's problem" }))
    const before = await world.fingerprint()
    const onBobs = await world.call("agent", "POST", `/v1/tickets/${bobsTicket.id}/messages`, { body: "here is a file", attachmentIds: [carols.id] })
    expect(onBobs.status).toBe(422)
    expect(await problemSlug(onBobs)).toBe("attachment-not-linkable")
    const created = await world.call("agent", "POST", "/v1/tickets", { subject: "For Alice", requesterId: world.demo.alice.userId, attachmentIds: [carols.id] })
    expect(created.status).toBe(422)
    expect(await problemSlug(created)).toBe("attachment-not-linkable")
    expect(await world.fingerprint()).toBe(before)
    const download = await world.call("carol", "GET", `/v1/attachments/${carols.id}`)
    expect(download.status).toBe(200)
    expect(await download.text()).toBe("carol's")
    for (const role of ["bob", "alice"] as const) expect((await world.call(role, "GET", `/v1/attachments/${carols.id}`)).status, role).toBe(404)
  })

  it("lets an agent attach a customer's upload where she still sees it, never to an internal note", async () => {
    const bobs = await json<Meta>(await world.upload("bob", "b.txt", "bob's"))
    const ticket = await json<{ id: string }>(await world.call("bob", "POST", "/v1/tickets", { subject: "Bob's problem" }))
    const note = await world.call("agent", "POST", `/v1/tickets/${ticket.id}/messages`, { body: "note", visibility: "internal", attachmentIds: [bobs.id] })
    expect(note.status).toBe(422)
    expect(await problemSlug(note)).toBe("attachment-not-linkable")
    const reply = await world.call("agent", "POST", `/v1/tickets/${ticket.id}/messages`, { body: "attaching your file", attachmentIds: [bobs.id] })
    expect(reply.status).toBe(201)
    expect((await world.call("bob", "GET", `/v1/attachments/${bobs.id}`)).status).toBe(200)
  })
  it("keeps neither bytes nor metadata of an upload whose store fails mid-write, or whose metadata cannot be written", async () => {
    const settled: UploadSettled[] = []
    const broken: AttachmentStore & { readonly held: Set<string> } = {
      ...store,
      held: store.held,
      async put(tenantId, id, bytes) {
        const reader = bytes.getReader()
        await reader.read()
        await reader.cancel()
        throw new Error("disk full")
      },
    }
    const failing = await buildWorld({ api: { attachments: broken, onUploadSettled: (upload) => settled.push(upload) } })
    const response = await failing.upload("bob", "notes.txt", "x".repeat(100_000))
    expect(response.status).toBeGreaterThanOrEqual(500)
    expect(settled).toMatchObject([{ outcome: "failed" }])
    // Not even its uploader finds it: no metadata was recorded.
    expect((await failing.call("bob", "GET", `/v1/attachments/${settled[0]?.attachmentId ?? ""}`)).status).toBe(404)
    expect(store.held.size).toBe(0)

    // The bytes went in, the metadata did not: the bytes are removed again.
    const failingMetadata: TicketStore = {
      ...createMemoryStore(),
      putAttachment: async () => {
        throw new Error("database gone")
      },
    }
    const noMetadata = await buildWorld({ store: failingMetadata, api: { attachments: store, onUploadSettled: (upload) => settled.push(upload) } })
    expect((await noMetadata.upload("bob", "notes.txt", "hello")).status).toBeGreaterThanOrEqual(500)
    expect(settled[1]).toMatchObject({ outcome: "failed" })
    expect(store.held.size).toBe(0)
  })
})
