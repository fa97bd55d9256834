import { beforeAll, describe, expect, it } from "vitest"
import { replayTicket } from "../domain/event.ts"
import type { Ticket } from "../domain/ticket.ts"
import { Forbidden, TicketLocked, TicketNotFound, Unauthenticated } from "../errors.ts"
import type { Actor } from "../policy/actor.ts"
import { manualClock, type ManualClock } from "../ports/clock.ts"
import type { ConfigKind } from "../ports/ticket-store.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import { installDemo, type DemoActors } from "../demo/demo-tenant.ts"
import { createEngine, type Engine } from "./engine.ts"

// DESIGN "Visibility" and "Who may do what", through the Promise facade.

const hour = 60 * 60_000
const day = 24 * hour

interface World {
  readonly engine: Engine
  readonly clock: ManualClock
  readonly demo: DemoActors
}

async function world(): Promise<World> {
  const clock = manualClock("2026-01-05T10:00:00.000Z")
  const engine = createEngine({ store: createMemoryStore(), clock })
  const demo = await installDemo(engine)
  return { engine, clock, demo }
}

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error("expected the call to be refused")
}

const ids = (tickets: ReadonlyArray<Ticket>) => tickets.map((t) => t.id).sort()

async function listed(engine: Engine, actor: Actor, query: Parameters<Engine["listTickets"]>[1] = {}): Promise<string[]> {
  const page = await engine.listTickets(actor, { limit: 200, ...query })
  return ids(page.items)
}

/** Every way a caller can reach a ticket by reference: each must answer TicketNotFound when it is invisible. */
function reachAttempts(engine: Engine, actor: Actor, ticket: Ticket): Array<[string, Promise<unknown>]> {
  return [
    ["getTicket by id", engine.getTicket(actor, ticket.id)],
    ["getTicket by number", engine.getTicket(actor, ticket.number)],
    ["getTicket by #number", engine.getTicket(actor, `#${ticket.number}`)],
    ["listMessages", engine.listMessages(actor, { ticket: ticket.id })],
    ["listEvents", engine.listEvents(actor, ticket.id)],
    ["allowedEvents", engine.allowedEvents(actor, ticket.id)],
    ["fireEvent CLOSE", engine.fireEvent(actor, { ticket: ticket.id, event: "CLOSE" })],
    ["postMessage", engine.postMessage(actor, { ticket: ticket.id, body: "Hello?" })],
    ["updateTicket", engine.updateTicket(actor, { ticket: ticket.id, subject: "Mine now" })],
  ]
}

async function expectInvisible(engine: Engine, actor: Actor, ticket: Ticket): Promise<void> {
  for (const [what, attempt] of reachAttempts(engine, actor, ticket)) {
    const error = await rejection(attempt)
    expect(error, what).toBeInstanceOf(TicketNotFound)
  }
}

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

describe("internal notes", () => {
  let w: World
  let ticket: Ticket

  beforeAll(async () => {
    w = await world()
    const { engine, demo } = w
    ticket = await engine.createTicket(demo.bob, { subject: "Printer on fire", department: "technical-support" })
    await engine.postMessage(demo.agent, { ticket: ticket.id, body: "We are looking into it" })
    await engine.postMessage(demo.agent, { ticket: ticket.id, body: "Suspect the quokkafuser board", visibility: "internal" })
    await engine.postMessage(demo.bob, { ticket: ticket.id, body: "Thanks" })
  })

  it.each(["asc", "desc"] as const)("are absent from listMessages (%s) for bob and alice", async (order) => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      const messages = await engine.listMessages(customer, { ticket: ticket.id, order })
      expect(messages.map((m) => m.visibility)).toEqual(["public", "public", "public"])
      expect(messages.some((m) => m.body.includes("quokkafuser"))).toBe(false)
      const bodies = ["", "We are looking into it", "Thanks"]
      expect(messages.map((m) => m.body)).toEqual(order === "asc" ? bodies : [...bodies].reverse())
    }
  })

  it.each(["asc", "desc"] as const)("are present in listMessages (%s) for the agent and the admin", async (order) => {
    const { engine, demo } = w
    for (const staff of [demo.agent, demo.admin]) {
      const messages = await engine.listMessages(staff, { ticket: ticket.id, order })
      expect(messages).toHaveLength(4)
      expect(messages.filter((m) => m.visibility === "internal").map((m) => m.body)).toEqual(["Suspect the quokkafuser board"])
    }
  })

  it("their events are absent from listEvents for customers, present for the team", async () => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      const events = await engine.listEvents(customer, ticket.id)
      expect(events.some((e) => e.type === "NoteAdded")).toBe(false)
      expect(events.every((e) => e.visibility === "public")).toBe(true)
      expect(events.filter((e) => e.type === "MessagePosted")).toHaveLength(2)
    }
    for (const staff of [demo.agent, demo.admin]) {
      const events = await engine.listEvents(staff, ticket.id)
      expect(events.filter((e) => e.type === "NoteAdded")).toHaveLength(1)
    }
  })

  it("a customer's search does not find a word only in a note; the team's does", async () => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      expect(await listed(engine, customer, { q: "quokkafuser" })).toEqual([])
      expect((await engine.countTickets(customer, { q: "quokkafuser" })).total).toBe(0)
      // The same ticket is found by a word of its public conversation.
      expect(await listed(engine, customer, { q: "looking" })).toEqual([ticket.id])
    }
    for (const staff of [demo.agent, demo.admin]) {
      expect(await listed(engine, staff, { q: "quokkafuser" })).toEqual([ticket.id])
      expect((await engine.countTickets(staff, { q: "quokkafuser" })).total).toBe(1)
    }
  })

  it("a customer may not post an internal note", async () => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice]) {
      await expect(
        engine.postMessage(customer, { ticket: ticket.id, body: "Secret", visibility: "internal" }),
      ).rejects.toBeInstanceOf(Forbidden)
    }
    await expect(
      engine.postMessage(demo.carol, { ticket: ticket.id, body: "Secret", visibility: "internal" }),
    ).rejects.toBeInstanceOf(TicketNotFound)
    expect(await engine.listMessages(demo.admin, { ticket: ticket.id })).toHaveLength(4)
  })

  it("a customer's public reply on a closed ticket is TicketLocked; the team may still reply", async () => {
    const { engine, demo } = w
    const closing = await engine.createTicket(demo.bob, { subject: "Soon closed", department: "technical-support" })
    await engine.fireEvent(demo.agent, { ticket: closing.id, event: "CLOSE" })
    for (const customer of [demo.bob, demo.alice]) {
      await expect(engine.postMessage(customer, { ticket: closing.id, body: "One more thing" })).rejects.toBeInstanceOf(TicketLocked)
    }
    const posted = await engine.postMessage(demo.agent, { ticket: closing.id, body: "For the record" })
    expect(posted.ticket.status).toBe("closed")
  })
})

describe("configuration", () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })

  it.each(["ticketType", "priority", "catalogItem"] as const)("customers may read %s", async (kind) => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice, demo.carol]) {
      expect((await engine.listConfig(customer, kind)).length).toBeGreaterThan(0)
    }
  })

  it.each(["calendar", "slaPolicy", "organisation"] as const)("customers may not read %s", async (kind) => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice, demo.carol]) {
      await expect(engine.listConfig(customer, kind)).rejects.toBeInstanceOf(Forbidden)
    }
  })

  const kinds: ReadonlyArray<ConfigKind> = ["organisation", "department", "ticketType", "priority", "catalogItem", "calendar", "slaPolicy"]

  it.each(kinds)("agents read %s", async (kind) => {
    const { engine, demo } = w
    for (const staff of [demo.agent, demo.billing, demo.admin]) {
      expect((await engine.listConfig(staff, kind)).length).toBeGreaterThan(0)
    }
  })

  it("only admins write configuration", async () => {
    const { engine, demo } = w
    for (const actor of [demo.agent, demo.billing, demo.bob, demo.alice, demo.carol]) {
      await expect(engine.putConfig(actor, "priority", { key: "critical", name: "Critical", rank: 50 })).rejects.toBeInstanceOf(Forbidden)
      await expect(engine.putConfig(actor, "ticketType", { key: "sneaky", name: "Sneaky" })).rejects.toBeInstanceOf(Forbidden)
      await expect(engine.deleteConfig(actor, "priority", "low")).rejects.toBeInstanceOf(Forbidden)
    }
    expect((await engine.listConfig(demo.admin, "priority")).map((p) => p.key).sort()).toEqual(["high", "low", "normal", "urgent"])
    const created = await engine.putConfig(demo.admin, "priority", { key: "critical", name: "Critical", rank: 50 })
    expect(created.key).toBe("critical")
    expect((await engine.listConfig(demo.bob, "priority")).map((p) => p.key)).toContain("critical")
  })
})

describe("history", () => {
  it("replaying listEvents (as admin) rebuilds getTicket after a long journey", async () => {
    const { engine, demo, clock } = await world()
    const ticket = await engine.createTicket(demo.bob, {
      subject: "Invoices page crashes",
      description: "Every time I open it",
      type: "bug",
      department: "technical-support",
      catalog: { application: "crm", module: "crm-invoices" },
    })
    const id = ticket.id
    await engine.updateTicket(demo.bob, { ticket: id, description: "Every time I open it, since Monday" })
    await engine.updateTicket(demo.agent, { ticket: id, priority: "urgent" })
    clock.advance(hour)
    await engine.fireEvent(demo.agent, { ticket: id, event: "TRIAGE" })
    await engine.postMessage(demo.agent, { ticket: id, body: "Probably the PDF renderer", visibility: "internal" })
    await engine.fireEvent(demo.agent, { ticket: id, event: "START" })
    await engine.fireEvent(demo.agent, { ticket: id, event: "REQUEST_CLARIFICATION", comment: "Which browser?" })
    clock.advance(3 * hour)
    await engine.postMessage(demo.bob, { ticket: id, body: "Firefox" })
    await engine.setDueDate(demo.admin, { ticket: id, dueAt: "2026-01-09T15:00:00.000Z" })
    // Long enough for the urgent resolution target to be breached.
    clock.advance(2 * day)
    await engine.runDueTimers()
    await engine.fireEvent(demo.agent, { ticket: id, event: "SUBMIT_FOR_ACCEPTANCE", comment: "Fixed in 4.2" })
    clock.advance(day)
    await engine.fireEvent(demo.alice, { ticket: id, event: "REQUEST_REWORK", comment: "Still crashes for us" })
    await engine.assign(demo.admin, { ticket: id, assigneeId: demo.billing.userId })
    await engine.updateTicket(demo.admin, { ticket: id, department: "billing", priority: "high" })
    await engine.fireEvent(demo.billing, { ticket: id, event: "SUBMIT_FOR_ACCEPTANCE" })
    clock.advance(8 * day)
    expect((await engine.runDueTimers()).fired).toBeGreaterThanOrEqual(1)
    clock.advance(day)
    await engine.fireEvent(demo.bob, { ticket: id, event: "REOPEN", comment: "Came back" })
    await engine.fireEvent(demo.billing, { ticket: id, event: "START" })
    await engine.fireEvent(demo.billing, { ticket: id, event: "CLOSE", resolution: "duplicate" })

    const row = await engine.getTicket(demo.admin, id)
    expect(row).toMatchObject({ status: "closed", resolution: "duplicate", reopenCount: 1, departmentKey: "billing" })
    const events = await engine.listEvents(demo.admin, id)
    expect(events.some((e) => e.type === "NoteAdded")).toBe(true)
    expect(events.some((e) => e.type === "SlaBreached")).toBe(true)
    expect(events.some((e) => e.type === "StatusChanged" && e.payload.event === "AUTO_CLOSE")).toBe(true)
    expect(replayTicket(events)).toEqual(row)
    expect(new Set(events.map((e) => e.version)).size).toBe(row.version)
  })
})
