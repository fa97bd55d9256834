import { commitNewTicket, makeAttachment, makeMessage, minutesAfterEpoch, seedTenant, updateOf } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"
import { byId } from "./support.ts"

/** Attachments put and read by id within their tenant. */
export const attachmentTests = contractArea("attachments", "attachments", (store) => ({
  "puts and gets attachments, skipping missing ids and other tenants'": async () => {
    const a = await seedTenant(store())
    const b = await seedTenant(store())
    const shot = makeAttachment(a.tenant.id, a.customer.id)
    const pdf = makeAttachment(a.tenant.id, a.agent.id, { filename: "invoice.pdf", contentType: "application/pdf", size: 0 })
    const foreign = makeAttachment(b.tenant.id, b.customer.id)
    for (const attachment of [shot, pdf, foreign]) await store().putAttachment(attachment)
    const missing = makeAttachment(a.tenant.id, a.customer.id).id
    expect(byId(await store().getAttachments(a.tenant.id, [shot.id, missing, pdf.id, foreign.id]))).toEqual(byId([shot, pdf]))
    expect(await store().getAttachments(a.tenant.id, [])).toEqual([])
    expect(await store().getAttachments(b.tenant.id, [shot.id])).toEqual([])
  },
}))

/** Unlinked uploads, as the upload sweeper lists and deletes them. */
export const unlinkedUploadTests = contractArea("unlinked-uploads", "unlinked uploads (the upload sweeper)", (store) => {
  /** In two tenants: uploads of minutes 0, 10, 20 and 30, the one of minute 10 linked to a message. */
  async function uploadsAcrossTenants() {
    const a = await seedTenant(store())
    const b = await seedTenant(store())
    const ticket = await commitNewTicket(store(), { tenantId: a.tenant.id, requesterId: a.customer.id })
    const uploads = {
      a0: makeAttachment(a.tenant.id, a.customer.id, { createdAt: minutesAfterEpoch(0) }),
      a10: makeAttachment(a.tenant.id, a.customer.id, { createdAt: minutesAfterEpoch(10) }),
      b20: makeAttachment(b.tenant.id, b.customer.id, { createdAt: minutesAfterEpoch(20) }),
      a30: makeAttachment(a.tenant.id, a.agent.id, { createdAt: minutesAfterEpoch(30) }),
    }
    for (const upload of Object.values(uploads)) await store().putAttachment(upload)
    const change = updateOf(ticket, {})
    const message = makeMessage(change.ticket, { authorId: a.customer.id, attachmentIds: [uploads.a10.id] })
    await store().commit({ ...change, newMessages: [message], linkedAttachments: [{ attachmentId: uploads.a10.id, messageId: message.id }] })
    return { a, b, uploads }
  }

  return {
    "lists unlinked uploads created before an instant, across tenants, oldest first, up to a limit": async () => {
      const { uploads } = await uploadsAcrossTenants()
      const ids = async (before: number, limit: number) => (await store().unlinkedAttachments(new Date(minutesAfterEpoch(before)), limit)).map((u) => u.id)
      expect(await ids(31, 10)).toEqual([uploads.a0.id, uploads.b20.id, uploads.a30.id])
      expect(await ids(30, 10)).toEqual([uploads.a0.id, uploads.b20.id])
      expect(await ids(31, 2)).toEqual([uploads.a0.id, uploads.b20.id])
      expect(await ids(0, 10)).toEqual([])
      expect(await store().unlinkedAttachments(new Date(minutesAfterEpoch(1)), 10)).toEqual([uploads.a0])
    },

    "deletes only the still unlinked uploads of its tenant, saying which": async () => {
      const { a, b, uploads } = await uploadsAcrossTenants()
      const missing = makeAttachment(a.tenant.id, a.customer.id).id
      const deleted = await store().deleteUnlinkedAttachments(a.tenant.id, [uploads.a0.id, uploads.a10.id, uploads.b20.id, missing])
      expect(deleted).toEqual([uploads.a0.id])
      expect(await store().getAttachments(a.tenant.id, [uploads.a0.id])).toEqual([])
      expect((await store().getAttachments(a.tenant.id, [uploads.a10.id, uploads.a30.id])).map((u) => u.id)).toEqual([uploads.a10.id, uploads.a30.id])
      expect(await store().getAttachments(b.tenant.id, [uploads.b20.id])).toEqual([uploads.b20])
      expect(await store().deleteUnlinkedAttachments(a.tenant.id, [])).toEqual([])
    },
  }
})
