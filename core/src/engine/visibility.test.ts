import { beforeAll, describe, expect, it } from "vitest"
import type { Ticket } from "../domain/ticket.ts"
import { Forbidden, TicketNotFound, Unauthenticated } from "../errors.ts"
import type { Actor } from "../policy/actor.ts"
import { manualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import { installDemo } from "../demo/demo-tenant.ts"
import { createEngine } from "./engine.ts"
import { type World, world, ids, listed, expectInvisible } from "./visibility.test-support.ts"

// DESIGN "Visibility" and "Who may do what", through the Promise facade: who sees which ticket.

describe("who sees which ticket", () => {
  let w: World
  let bobs: Ticket
  let bobsIncentive: Ticket
  let bobsUnrouted: Ticket
  let bobsBilling: Ticket
  let alices: Ticket
  let acme: Ticket[]

  // Tests here only read these tickets; a test that creates tickets builds its own world so
  // that the exact lists below stay exact.
  beforeAll(async () => {
    w = await world()
    const { engine, demo } = w
    bobs = await engine.createTicket(demo.bob, { subject: "Printer on fire", type: "question", department: "technical-support" })
    bobsIncentive = await engine.createTicket(demo.bob, {
      subject: "My bonus zanzibar",
      type: "incentive",
      department: "technical-support",
    })
    bobsUnrouted = await engine.createTicket(demo.bob, { subject: "Where do I ask this?" })
    bobsBilling = await engine.createTicket(demo.bob, { subject: "Invoice wrong", type: "billing", department: "billing" })
    alices = await engine.createTicket(demo.alice, { subject: "Acme wide outage", type: "bug", department: "technical-support" })
    acme = [bobs, bobsIncentive, bobsUnrouted, bobsBilling, alices]
  })

  describe("customers", () => {
    it("bob sees his own tickets by id, number and #number", async () => {
      const { engine, demo } = w
      for (const ticket of [bobs, bobsIncentive, bobsUnrouted, bobsBilling]) {
        expect(await engine.getTicket(demo.bob, ticket.id)).toEqual(ticket)
        expect((await engine.getTicket(demo.bob, ticket.number)).id).toBe(ticket.id)
        expect((await engine.getTicket(demo.bob, `#${ticket.number}`)).id).toBe(ticket.id)
      }
    })

    it.each(["all", "organization", "mine"] as const)("bob (member) lists only his own tickets with scope %s", async (scope) => {
      const { engine, demo } = w
      expect(await listed(engine, demo.bob, { scope })).toEqual(ids([bobs, bobsIncentive, bobsUnrouted, bobsBilling]))
      expect((await engine.countTickets(demo.bob, { scope })).total).toBe(4)
    })

    it("bob (member) does not see alice's tickets", async () => {
      const { engine, demo } = w
      await expectInvisible(engine, demo.bob, alices)
      expect(await listed(engine, demo.bob)).not.toContain(alices.id)
    })

    it("alice (Acme support admin) sees bob's tickets, except the requester_only type", async () => {
      const { engine, demo } = w
      for (const ticket of [bobs, bobsUnrouted, bobsBilling]) {
        expect(await engine.getTicket(demo.alice, ticket.id)).toEqual(ticket)
        expect((await engine.getTicket(demo.alice, ticket.number)).id).toBe(ticket.id)
      }
      const visible = ids([bobs, bobsUnrouted, bobsBilling, alices])
      expect(await listed(engine, demo.alice, { scope: "organization" })).toEqual(visible)
      expect(await listed(engine, demo.alice)).toEqual(visible)
      expect(await listed(engine, demo.alice, { scope: "mine" })).toEqual([alices.id])
      const counts = await engine.countTickets(demo.alice, { scope: "organization" })
      expect(counts.total).toBe(4)
      expect(counts.byStatus).toEqual({ new: 4 })
      expect((await engine.countTickets(demo.alice, { scope: "mine" })).total).toBe(1)
    })

    it("bob's incentive ticket is TicketNotFound for alice, absent from her lists and counts", async () => {
      const { engine, demo } = w
      await expectInvisible(engine, demo.alice, bobsIncentive)
      expect(await listed(engine, demo.alice, { scope: "organization" })).not.toContain(bobsIncentive.id)
      expect(await listed(engine, demo.alice, { type: "incentive" })).toEqual([])
      expect(await listed(engine, demo.alice, { q: "zanzibar" })).toEqual([])
      expect((await engine.countTickets(demo.alice, { type: "incentive" })).total).toBe(0)
      // Nothing changed through her attempts.
      expect(await engine.getTicket(demo.admin, bobsIncentive.id)).toEqual(bobsIncentive)
    })

    it("carol (Globex) sees nothing of Acme: TicketNotFound, never Forbidden; empty lists; zero counts", async () => {
      const { engine, demo } = w
      for (const ticket of acme) await expectInvisible(engine, demo.carol, ticket)
      for (const scope of ["all", "organization", "mine"] as const) {
        expect(await listed(engine, demo.carol, { scope })).toEqual([])
        const counts = await engine.countTickets(demo.carol, { scope })
        expect(counts).toEqual({ total: 0, byStatus: {}, byCategory: { new: 0, open: 0, pending: 0, closed: 0 } })
      }
      expect(await listed(engine, demo.carol, { q: String(bobs.number) })).toEqual([])
      for (const ticket of acme) expect(await engine.getTicket(demo.admin, ticket.id)).toEqual(ticket)
    })

    it("carol sees her own ticket; Acme does not", async () => {
      const { engine, demo } = await world()
      const carols = await engine.createTicket(demo.carol, { subject: "Globex printer", department: "technical-support" })
      expect((await engine.getTicket(demo.carol, carols.id)).id).toBe(carols.id)
      expect(await listed(engine, demo.carol)).toEqual([carols.id])
      for (const acmeCustomer of [demo.bob, demo.alice]) {
        await expectInvisible(engine, acmeCustomer, carols)
        expect(await listed(engine, acmeCustomer)).toEqual([])
      }
    })

    it("alice loses a ticket of bob's when the team changes its type to the requester_only one", async () => {
      const { engine, demo } = await world()
      const ticket = await engine.createTicket(demo.bob, { subject: "Turned private", type: "question", department: "technical-support" })
      expect((await engine.getTicket(demo.alice, ticket.id)).id).toBe(ticket.id)
      const changed = await engine.updateTicket(demo.agent, { ticket: ticket.id, type: "incentive" })
      await expectInvisible(engine, demo.alice, changed)
      expect((await engine.getTicket(demo.bob, ticket.id)).typeKey).toBe("incentive")
    })

    it("bob may fire requester-side events on his incentive ticket; alice holds no role on it", async () => {
      const { engine, demo } = await world()
      const ticket = await engine.createTicket(demo.bob, { subject: "Bonus again", type: "incentive" })
      await expect(engine.fireEvent(demo.alice, { ticket: ticket.id, event: "CLOSE" })).rejects.toBeInstanceOf(TicketNotFound)
      const closed = await engine.fireEvent(demo.bob, { ticket: ticket.id, event: "CLOSE" })
      expect(closed).toMatchObject({ status: "closed", resolution: "withdrawn" })
      await expect(engine.fireEvent(demo.alice, { ticket: ticket.id, event: "REOPEN", comment: "Not done" })).rejects.toBeInstanceOf(
        TicketNotFound,
      )
    })
  })

  describe("agents and admins", () => {
    it("the technical-support agent sees its department's and unrouted tickets, not billing's", async () => {
      const { engine, demo } = w
      for (const ticket of [bobs, bobsIncentive, bobsUnrouted, alices]) {
        expect((await engine.getTicket(demo.agent, ticket.id)).id).toBe(ticket.id)
      }
      await expectInvisible(engine, demo.agent, bobsBilling)
      const visible = ids([bobs, bobsIncentive, bobsUnrouted, alices])
      expect(await listed(engine, demo.agent)).toEqual(visible)
      expect((await engine.countTickets(demo.agent)).total).toBe(visible.length)
    })

    it("the billing agent does not see a technical-support ticket", async () => {
      const { engine, demo } = w
      for (const ticket of [bobs, bobsIncentive, alices]) await expectInvisible(engine, demo.billing, ticket)
      const visible = ids([bobsUnrouted, bobsBilling])
      expect(await listed(engine, demo.billing)).toEqual(visible)
      expect((await engine.countTickets(demo.billing)).total).toBe(visible.length)
      expect(await listed(engine, demo.billing, { department: "technical-support" })).toEqual([])
    })

    it("an agent sees another department's ticket assigned to them, and loses it when unassigned", async () => {
      const { engine, demo } = await world()
      const ticket = await engine.createTicket(demo.bob, { subject: "Needs billing's eyes", department: "technical-support" })
      await expect(engine.getTicket(demo.billing, ticket.id)).rejects.toBeInstanceOf(TicketNotFound)
      await engine.assign(demo.admin, { ticket: ticket.id, assigneeId: demo.billing.userId })
      expect((await engine.getTicket(demo.billing, ticket.id)).assigneeId).toBe(demo.billing.userId)
      expect(await listed(engine, demo.billing, { assignee: "me" })).toEqual([ticket.id])
      const started = await engine.fireEvent(demo.billing, { ticket: ticket.id, event: "START" })
      expect(started.assigneeId).toBe(demo.billing.userId)
      await engine.assign(demo.admin, { ticket: ticket.id, assigneeId: null })
      await expect(engine.getTicket(demo.billing, ticket.id)).rejects.toBeInstanceOf(TicketNotFound)
    })

    it("an admin sees every ticket of the tenant", async () => {
      const { engine, demo } = w
      for (const ticket of acme) expect((await engine.getTicket(demo.admin, ticket.id)).id).toBe(ticket.id)
      const all = await listed(engine, demo.admin)
      for (const ticket of acme) expect(all).toContain(ticket.id)
      expect((await engine.countTickets(demo.admin)).total).toBe(all.length)
    })

    it("with agentsSeeAllTickets every agent sees every ticket", async () => {
      const engine = createEngine({ store: createMemoryStore(), clock: manualClock("2026-01-05T10:00:00.000Z") })
      const tenant = await engine.createTenant({ key: "open-house", name: "Open house", settings: { agentsSeeAllTickets: true } })
      const tenantId = tenant.id
      expect(tenant.settings.agentsSeeAllTickets).toBe(true)
      const adminUser = await engine.syncUser(tenantId, { email: "admin@open.test", name: "Admin", kind: "admin" })
      const admin: Actor = { tenantId, userId: adminUser.id }
      await engine.putConfig(admin, "department", { key: "technical-support", name: "Technical support" })
      await engine.putConfig(admin, "department", { key: "billing", name: "Billing" })
      const billingUser = await engine.syncUser(tenantId, { email: "billing@open.test", name: "Bill", kind: "agent", departmentKeys: ["billing"] })
      const customerUser = await engine.syncUser(tenantId, { email: "dana@open.test", name: "Dana", kind: "customer" })
      const billing: Actor = { tenantId, userId: billingUser.id }
      const customer: Actor = { tenantId, userId: customerUser.id }
      const ticket = await engine.createTicket(customer, { subject: "Router down", department: "technical-support" })
      expect((await engine.getTicket(billing, ticket.id)).id).toBe(ticket.id)
      expect(await listed(engine, billing)).toEqual([ticket.id])
      const started = await engine.fireEvent(billing, { ticket: ticket.id, event: "START" })
      expect(started.assigneeId).toBe(billing.userId)
      // The setting widens agents only: another customer still sees nothing.
      const otherUser = await engine.syncUser(tenantId, { email: "eve@open.test", name: "Eve", kind: "customer" })
      await expectInvisible(engine, { tenantId, userId: otherUser.id }, started)
    })
  })

  describe("tenants", () => {
    it("another tenant sees nothing of the first, even by id or number", async () => {
      const { engine, demo } = w
      const other = await installDemo(engine, { tenantKey: "other" })
      expect(other.tenantId).not.toBe(demo.tenantId)
      for (const actor of [other.admin, other.agent, other.billing, other.alice, other.bob, other.carol]) {
        for (const ticket of acme) {
          await expect(engine.getTicket(actor, ticket.id)).rejects.toBeInstanceOf(TicketNotFound)
          await expect(engine.getTicket(actor, ticket.number)).rejects.toBeInstanceOf(TicketNotFound)
          await expect(engine.fireEvent(actor, { ticket: ticket.id, event: "CLOSE" })).rejects.toBeInstanceOf(TicketNotFound)
          await expect(engine.listMessages(actor, { ticket: ticket.id })).rejects.toBeInstanceOf(TicketNotFound)
        }
        expect(await listed(engine, actor)).toEqual([])
        expect((await engine.countTickets(actor)).total).toBe(0)
      }
      // Its own ticket #1 is its own, not the first tenant's #1.
      const own = await engine.createTicket(other.bob, { subject: "Other tenant's first" })
      expect(own.number).toBe(1)
      const byNumber = await engine.getTicket(other.admin, 1)
      expect(byNumber).toMatchObject({ id: own.id, tenantId: other.tenantId })
      const firstTenantsOne = acme.find((t) => t.number === 1)
      expect(firstTenantsOne).toBeDefined()
      expect((await engine.getTicket(demo.admin, 1)).id).toBe(firstTenantsOne?.id)
      expect(await listed(engine, other.admin)).toEqual([own.id])
      expect(await listed(engine, demo.admin)).not.toContain(own.id)
    })

    it("a user of one tenant acting in another is Unauthenticated", async () => {
      const { engine, demo } = w
      const other = await installDemo(engine, { tenantKey: "elsewhere" })
      const stranger: Actor = { tenantId: demo.tenantId, userId: other.admin.userId }
      await expect(engine.getTicket(stranger, bobs.id)).rejects.toBeInstanceOf(Unauthenticated)
      await expect(engine.listTickets(stranger, {})).rejects.toBeInstanceOf(Unauthenticated)
    })
  })
})
