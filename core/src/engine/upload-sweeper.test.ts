import { createHash, randomUUID } from "node:crypto"
import { describe, expect, it } from "vitest"
import { installDemo } from "../demo/demo-tenant.ts"
import type { Attachment } from "../domain/attachment.ts"
import { createMemoryAttachmentStore, type AttachmentStore } from "../ports/attachment-store.ts"
import { manualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import { createEngine } from "./engine.ts"
import { startUploadSweeper, sweepUploads } from "./upload-sweeper.ts"

const hour = 60 * 60 * 1000

/** The demo tenant on memory stores, and a helper that uploads a file as a user at the clock's time. */
async function world() {
  const clock = manualClock("2026-03-02T09:00:00.000Z")
  const store = createMemoryStore()
  const engine = createEngine({ store, clock })
  const demo = await installDemo(engine)
  const partialSweeps: Date[] = []
  const memory = createMemoryAttachmentStore()
  const attachments: AttachmentStore = {
    ...memory,
    async sweepPartials({ olderThan }) {
      partialSweeps.push(olderThan)
      return 0
    },
  }
  const upload = async (userId: string): Promise<Attachment> => {
    const id = randomUUID()
    const bytes = `bytes of ${id}`
    await attachments.put(demo.tenantId, id, new Blob([bytes]).stream())
    const attachment: Attachment = {
      id,
      tenantId: demo.tenantId,
      ticketId: null,
      messageId: null,
      filename: "note.txt",
      contentType: "text/plain",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedBy: userId,
      createdAt: clock.now().toISOString(),
    }
    await store.putAttachment(attachment)
    return attachment
  }
  return { clock, engine, store, demo, attachments, partialSweeps, upload }
}

describe("sweepUploads", () => {
  it("removes uploads unlinked for longer than the limit, metadata and bytes, keeping linked and younger ones", async () => {
    const { clock, engine, store, demo, attachments, partialSweeps, upload } = await world()
    const stale = await upload(demo.bob.userId)
    const linked = await upload(demo.bob.userId)
    await engine.createTicket(demo.bob, { subject: "With a file", attachmentIds: [linked.id] })
    clock.advance(20 * hour)
    const young = await upload(demo.alice.userId)
    clock.advance(5 * hour)

    expect(await sweepUploads({ engine, attachments, clock })).toEqual({ partials: 0, unlinkedUploads: 1 })
    expect(await store.getAttachments(demo.tenantId, [stale.id])).toEqual([])
    expect(await attachments.get(demo.tenantId, stale.id)).toBeNull()
    expect((await store.getAttachments(demo.tenantId, [linked.id, young.id])).map((a) => a.id)).toEqual([linked.id, young.id])
    expect(await attachments.get(demo.tenantId, young.id)).not.toBeNull()
    // Partial files older than the default hour are the attachment store's to sweep.
    expect(partialSweeps).toEqual([new Date(clock.now().getTime() - hour)])

    // A shorter limit takes the younger upload too; the linked one stays whatever the limit.
    expect(await sweepUploads({ engine, attachments, clock, unlinkedTtlMs: 4 * hour, partialTtlMs: 10 * 60 * 1000 })).toEqual({ partials: 0, unlinkedUploads: 1 })
    expect(partialSweeps[1]).toEqual(new Date(clock.now().getTime() - 10 * 60 * 1000))
    expect((await store.getAttachments(demo.tenantId, [linked.id, young.id])).map((a) => a.id)).toEqual([linked.id])
  })

  it("sweeps in batches until none is left", async () => {
    const { clock, engine, store, demo, attachments, upload } = await world()
    const uploads = await Promise.all(Array.from({ length: 7 }, () => upload(demo.carol.userId)))
    clock.advance(25 * hour)
    expect(await sweepUploads({ engine, attachments, clock, batchSize: 3 })).toEqual({ partials: 0, unlinkedUploads: 7 })
    expect(await store.getAttachments(demo.tenantId, uploads.map((u) => u.id))).toEqual([])
  })
})

describe("startUploadSweeper", () => {
  it("sweeps at once and on demand, and stops", async () => {
    const { clock, engine, store, demo, attachments, upload } = await world()
    await upload(demo.bob.userId)
    clock.advance(25 * hour)
    const sweeps: unknown[] = []
    const sweeper = startUploadSweeper({ engine, attachments, clock, intervalMs: 60_000, onSweep: (sweep) => sweeps.push(sweep) })
    // The sweep on demand queues behind the first one, which took the upload.
    expect(await sweeper.sweep()).toEqual({ partials: 0, unlinkedUploads: 0 })
    expect(sweeps).toEqual([{ partials: 0, unlinkedUploads: 1 }])
    await sweeper.stop()
  })
})
