import { describe, expect, it } from "vitest"
import { replayTicket } from "../domain/event.ts"
import { hour, day, world } from "./visibility.test-support.ts"

// DESIGN: a ticket's events are its history; replaying them rebuilds the ticket.

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
