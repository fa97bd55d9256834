import { beforeEach, describe, expect, it } from "vitest"
import type { Attachment } from "../domain/attachment.ts"
import { threeImagesOneDocumentPolicy } from "../domain/attachment.ts"
import { AttachmentRejected, Conflict, Forbidden, ValidationFailed } from "../errors.ts"
import { manualClock, type ManualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import type { TicketStore } from "../ports/ticket-store.ts"
import { installDemo, type DemoActors } from "../demo/demo-tenant.ts"
import { createEngine, type Engine } from "./engine.ts"

const hour = 3_600_000

describe("engine commands", () => {
  let engine: Engine
  let demo: DemoActors
  let clock: ManualClock
  let store: TicketStore
  beforeEach(async () => {
    // Monday 23 November 2026, 11:00 in Moscow: inside the demo's business hours.
    clock = manualClock("2026-11-23T08:00:00Z")
    store = createMemoryStore()
    engine = createEngine({ store, clock })
    demo = await installDemo(engine)
  })

  const upload = async (uploadedBy: string, filename: string, contentType: string, size = 1000): Promise<Attachment> => {
    const attachment: Attachment = {
      id: crypto.randomUUID(),
      tenantId: demo.tenantId,
      ticketId: null,
      messageId: null,
      filename,
      contentType,
      size,
      sha256: "0".repeat(64),
      uploadedBy,
      createdAt: clock.now().toISOString(),
    }
    await store.putAttachment(attachment)
    return attachment
  }

  describe("createTicket", () => {
    it("numbers tickets per tenant and defaults the contact to the requester", async () => {
      const first = await engine.createTicket(demo.bob, { subject: "One" })
      const second = await engine.createTicket(demo.carol, { subject: "Two" })
      expect([first.number, second.number]).toEqual([1, 2])
      expect(first.contact).toEqual({ name: "Bob Acme", email: "bob@acme.test", phone: null })
      expect(await engine.getTicket(demo.bob, "#1")).toEqual(first)
    })

    it("lets an agent create on a customer's behalf, and not a customer", async () => {
      const bobId = demo.bob.userId
      const ticket = await engine.createTicket(demo.agent, { subject: "By phone", requesterId: bobId })
      expect(ticket).toMatchObject({ requesterId: bobId, organisationId: expect.any(String) })
      expect((await engine.listEvents(demo.bob, ticket.id))[0]?.payload).toMatchObject({ onBehalfOf: bobId })
      await expect(engine.createTicket(demo.carol, { subject: "For Bob", requesterId: bobId })).rejects.toBeInstanceOf(Forbidden)
    })

    it("refuses unknown configuration and a module of another application, changing nothing", async () => {
      await expect(engine.createTicket(demo.bob, { subject: "x", priority: "sky-high" })).rejects.toBeInstanceOf(ValidationFailed)
      await expect(
        engine.createTicket(demo.bob, { subject: "x", catalog: { application: "portal", module: "crm-invoices" } }),
      ).rejects.toMatchObject({ _tag: "ValidationFailed", issues: [{ path: ["catalog", "module"] }] })
      await expect(engine.createTicket(demo.bob, { subject: "   " })).rejects.toBeInstanceOf(ValidationFailed)
      expect((await engine.listTickets(demo.admin)).items).toHaveLength(0)
    })

    it("stores a create with an idempotency key once; the same key with another input is a conflict", async () => {
      const input = { subject: "Printer", description: "Jammed", idempotencyKey: "k-1" }
      const first = await engine.createTicket(demo.bob, input)
      const replay = await engine.createTicket(demo.bob, input)
      expect(replay).toEqual(first)
      await expect(engine.createTicket(demo.bob, { ...input, subject: "Scanner" })).rejects.toBeInstanceOf(Conflict)
      expect((await engine.listTickets(demo.admin)).items).toHaveLength(1)
      const concurrent = await Promise.all([1, 2, 3].map(() => engine.createTicket(demo.bob, { ...input, idempotencyKey: "k-2" })))
      expect(new Set(concurrent.map((t) => t.id)).size).toBe(1)
    })
  })

  describe("tenant settings", () => {
    it("requires the fields the tenant's form requires, changed by admins only", async () => {
      await expect(engine.updateTenantSettings(demo.agent, { requiredFields: ["priority"] })).rejects.toBeInstanceOf(Forbidden)
      await expect(engine.updateTenantSettings(demo.admin, { defaultWorkflowKey: "missing" })).rejects.toBeInstanceOf(ValidationFailed)
      const tenant = await engine.updateTenantSettings(demo.admin, { requiredFields: ["priority", "catalog:application"] })
      expect(tenant.settings).toMatchObject({ requiredFields: ["priority", "catalog:application"], timeZone: "Europe/Moscow" })
      await expect(engine.createTicket(demo.bob, { subject: "x", priority: "low" })).rejects.toMatchObject({
        issues: [{ path: ["catalog", "application"], message: "Required" }],
      })
      const ticket = await engine.createTicket(demo.bob, { subject: "x", priority: "low", catalog: { application: "crm" } })
      expect(ticket.number).toBe(1)
    })
  })

  describe("attachments", () => {
    it("links the requester's uploads to the description and enforces the tenant's policy", async () => {
      const doc = await upload(demo.bob.userId, "spec.pdf", "application/pdf")
      const ticket = await engine.createTicket(demo.bob, { subject: "With file", attachmentIds: [doc.id] })
      const [description] = await engine.listMessages(demo.bob, { ticket: ticket.id })
      expect(description).toMatchObject({ isDescription: true, attachmentIds: [doc.id] })
      expect((await store.getAttachments(demo.tenantId, [doc.id]))[0]).toMatchObject({ ticketId: ticket.id, messageId: description?.id })
      // Linked once: it cannot move to another message.
      await expect(engine.postMessage(demo.bob, { ticket: ticket.id, body: "again", attachmentIds: [doc.id] })).rejects.toBeInstanceOf(AttachmentRejected)
      // Someone else's upload cannot be attached by a customer.
      const carols = await upload(demo.carol.userId, "x.png", "image/png")
      await expect(engine.postMessage(demo.bob, { ticket: ticket.id, body: "x", attachmentIds: [carols.id] })).rejects.toMatchObject({ reason: "not_linkable" })
      const huge = await upload(demo.bob.userId, "huge.zip", "application/zip", 26 * 1024 * 1024)
      await expect(engine.postMessage(demo.bob, { ticket: ticket.id, body: "x", attachmentIds: [huge.id] })).rejects.toMatchObject({ reason: "too_large" })
    })

    it("reproduces the three images and one document preset", async () => {
      const tenant = await engine.createTenant({ key: "icaro", name: "Icaro", settings: { attachmentPolicy: threeImagesOneDocumentPolicy } })
      const user = await engine.syncUser(tenant.id, { email: "c@icaro.test", name: "C", kind: "customer" })
      const actor = { tenantId: tenant.id, userId: user.id }
      const put = async (filename: string, contentType: string) => {
        const a = { ...(await upload(user.id, filename, contentType)), tenantId: tenant.id }
        await store.putAttachment(a)
        return a.id
      }
      const images = [await put("1.png", "image/png"), await put("2.jpg", "image/jpeg"), await put("3.png", "image/png")]
      const doc = await put("a.pdf", "application/pdf")
      const ticket = await engine.createTicket(actor, { subject: "Cambio", attachmentIds: [...images, doc] })
      expect(ticket.number).toBe(1)
      const fourth = [await put("4.png", "image/png"), await put("5.png", "image/png"), await put("6.png", "image/png"), await put("7.png", "image/png")]
      await expect(engine.postMessage(actor, { ticket: ticket.id, body: "Más", attachmentIds: fourth })).rejects.toMatchObject({ reason: "too_many" })
      const secondDoc = [await put("b.pdf", "application/pdf"), await put("c.pdf", "application/pdf")]
      await expect(engine.postMessage(actor, { ticket: ticket.id, body: "Más", attachmentIds: secondDoc })).rejects.toMatchObject({ reason: "too_many" })
    })
  })

  describe("postMessage", () => {
    it("replays an idempotent message and counts it once", async () => {
      const ticket = await engine.createTicket(demo.bob, { subject: "Hello" })
      const first = await engine.postMessage(demo.bob, { ticket: ticket.id, body: "Any news?", idempotencyKey: "m-1" })
      const again = await engine.postMessage(demo.bob, { ticket: ticket.id, body: "Any news?", idempotencyKey: "m-1" })
      expect(again.message.id).toBe(first.message.id)
      await expect(engine.postMessage(demo.bob, { ticket: ticket.id, body: "Other", idempotencyKey: "m-1" })).rejects.toBeInstanceOf(Conflict)
      expect(await engine.listMessages(demo.bob, { ticket: ticket.id, order: "desc" })).toHaveLength(2)
    })
  })

  describe("concurrent writers of one ticket", () => {
    it("queue behind the ticket's lock in one engine: every reply lands, versions without gaps", async () => {
      const ticket = await engine.createTicket(demo.bob, { subject: "Busy" })
      const replies = await Promise.all(
        Array.from({ length: 40 }, (_, i) => engine.postMessage(i % 2 === 0 ? demo.agent : demo.bob, { ticket: ticket.id, body: `Reply ${i}` })),
      )
      expect(new Set(replies.map((r) => r.ticket.version))).toEqual(new Set(Array.from({ length: 40 }, (_, i) => i + 2)))
      const after = await engine.getTicket(demo.agent, ticket.id)
      expect(after.version).toBe(41)
      const events = await engine.listEvents(demo.agent, ticket.id)
      expect(events.filter((e) => e.type === "MessagePosted")).toHaveLength(40)
    })
  })

  describe("SLA clocks", () => {
    it("meets the first response with the team's first public reply, not with an internal note", async () => {
      const ticket = await engine.createTicket(demo.bob, { subject: "Urgent", priority: "urgent", department: "technical-support" })
      expect(ticket.sla).toMatchObject({ policyKey: "urgent-sla", state: "running", firstResponseDueAt: "2026-11-23T09:00:00.000Z" })
      await engine.postMessage(demo.agent, { ticket: ticket.id, body: "Looking", visibility: "internal" })
      expect((await engine.getTicket(demo.agent, ticket.id)).firstResponseAt).toBeNull()
      clock.advance(hour / 2)
      const { ticket: answered } = await engine.postMessage(demo.agent, { ticket: ticket.id, body: "On it" })
      expect(answered.firstResponseAt).toBe("2026-11-23T08:30:00.000Z")
      expect(answered.sla.firstResponseDueAt).toBeNull()
    })

    it("pauses in pending, and records a breach as an internal event when the deadline passes", async () => {
      const ticket = await engine.createTicket(demo.bob, { subject: "Urgent", priority: "urgent", department: "technical-support" })
      await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START" })
      clock.advance(hour)
      const waiting = await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "REQUEST_CLARIFICATION", comment: "Which one?" })
      expect(waiting.sla).toMatchObject({ state: "paused", resolutionDueAt: null, resolutionRemainingMs: 7 * hour })
      clock.advance(48 * hour)
      expect(await engine.runDueTimers()).toEqual({ fired: 0, dropped: 0 })
      const resumed = (await engine.postMessage(demo.bob, { ticket: ticket.id, body: "That one" })).ticket
      expect(resumed.status).toBe("in_progress")
      expect(resumed.sla.state).toBe("running")
      // Wednesday 12:00 Moscow + 7 business hours = Wednesday 19:00 Moscow.
      expect(resumed.sla.resolutionDueAt).toBe("2026-11-25T16:00:00.000Z")
      clock.set("2026-11-25T16:00:01Z")
      expect(await engine.runDueTimers()).toEqual({ fired: 1, dropped: 0 })
      const breached = await engine.getTicket(demo.agent, ticket.id)
      expect(breached.sla.resolutionBreachedAt).toBe("2026-11-25T16:00:01.000Z")
      expect((await engine.listEvents(demo.agent, ticket.id)).at(-1)).toMatchObject({ type: "SlaBreached", visibility: "internal", actorId: null })
      expect((await engine.listEvents(demo.bob, ticket.id)).some((e) => e.type === "SlaBreached")).toBe(false)
    })
  })

  describe("lists", () => {
    it("pages with a cursor, filters by date presets in the tenant's zone, and counts per tab", async () => {
      for (let i = 0; i < 5; i++) {
        await engine.createTicket(demo.bob, { subject: `Ticket ${i}`, priority: i % 2 === 0 ? "high" : "low" })
        clock.advance(hour)
      }
      const seen: number[] = []
      let cursor: string | null = null
      do {
        const page: Awaited<ReturnType<Engine["listTickets"]>> = await engine.listTickets(demo.agent, { limit: 2, cursor, sort: "number" })
        seen.push(...page.items.map((t) => t.number))
        cursor = page.nextCursor
      } while (cursor !== null)
      expect(seen).toEqual([1, 2, 3, 4, 5])
      const byPriority = await engine.listTickets(demo.agent, { sort: "-priority" })
      expect(byPriority.items.map((t) => t.priorityKey)).toEqual(["high", "high", "high", "low", "low"])
      expect((await engine.listTickets(demo.agent, { created: "today" })).items).toHaveLength(5)
      clock.advance(24 * hour)
      expect((await engine.listTickets(demo.agent, { created: "today" })).items).toHaveLength(0)
      expect((await engine.listTickets(demo.agent, { created: "this_week" })).items).toHaveLength(5)
      await engine.fireEvent(demo.agent, { ticket: 1, event: "CLOSE" })
      const counts = await engine.countTickets(demo.bob, { status: "closed" })
      expect(counts).toMatchObject({ total: 5, byCategory: { new: 4, open: 0, pending: 0, closed: 1 } })
      await expect(engine.listTickets(demo.agent, { sort: "color" })).rejects.toBeInstanceOf(ValidationFailed)
    })
  })
})
