import { expect } from "vitest"
import { replayTicket } from "../domain/event.ts"
import { customers, secret, type ModelTicket, type Model, type Real, actorOf, idOf, categoryOf, sees } from "./lifecycle.model.test-support.ts"

// The invariants of the lifecycle property test, checked after every command: each ticket as the
// reference model has it, its events replaying to it, and what each person lists and finds.

async function checkTicket(model: Model, real: Real, ticket: ModelTicket): Promise<void> {
  const { engine, store, demo } = real
  const row = await store.getTicket(demo.tenantId, { id: ticket.id })
  if (row === null) throw new Error(`ticket ${ticket.id} vanished`)
  // The row is what the model expects.
  expect({
    status: row.status,
    version: row.version,
    previousStatus: row.previousStatus,
    assigneeId: row.assigneeId,
    dueAt: row.dueAt,
    typeKey: row.typeKey,
    priorityKey: row.priorityKey,
    departmentKey: row.departmentKey,
    descriptionLocked: row.descriptionLocked,
  }).toEqual({
    status: ticket.status,
    version: ticket.version,
    previousStatus: ticket.previousStatus,
    assigneeId: idOf(real, ticket.assignee),
    dueAt: ticket.dueAt,
    typeKey: ticket.typeKey,
    priorityKey: ticket.priorityKey,
    departmentKey: ticket.departmentKey,
    descriptionLocked: ticket.descriptionLocked,
  })
  // The status is one of the workflow's, in its category; closed tickets and only they have closedAt.
  expect(categoryOf(model.workflow, row.status)).toBe(row.statusCategory)
  expect(row.closedAt !== null).toBe(row.statusCategory === "closed")
  // SLA clocks never run in pending (nor once closed).
  if (row.statusCategory === "pending" || row.statusCategory === "closed") expect(row.sla.state).not.toBe("running")
  // The events replay to the row.
  const events = await store.listEvents(demo.tenantId, ticket.id, { includeInternal: true })
  expect(replayTicket(events)).toEqual(row)

  const messages = await store.listMessages(demo.tenantId, ticket.id, { includeInternal: true, order: "asc" })
  const internalIds = new Set(messages.filter((m) => m.visibility === "internal").map((m) => m.id))
  expect(internalIds.size > 0).toBe(ticket.hasNote)
  for (const name of customers) {
    const actor = actorOf(real, name)
    if (!sees(ticket, name)) {
      await expect(engine.getTicket(actor, ticket.id), `${name} must not see #${row.number}`).rejects.toMatchObject({ _tag: "TicketNotFound" })
      continue
    }
    expect(await engine.getTicket(actor, ticket.id)).toEqual(row)
    // Internal notes, and the events that carry them, never reach a customer.
    const seen = await engine.listMessages(actor, { ticket: ticket.id })
    expect(seen.filter((m) => m.visibility !== "public" || internalIds.has(m.id) || m.body.includes(secret))).toEqual([])
    const history = await engine.listEvents(actor, ticket.id)
    expect(history.filter((e) => e.visibility !== "public" || internalIds.has(String(e.payload.messageId ?? "")))).toEqual([])
    expect(JSON.stringify(history)).not.toContain(secret)
  }
}

async function checkLists(model: Model, real: Real): Promise<void> {
  const { engine } = real
  for (const name of customers) {
    const actor = actorOf(real, name)
    // No cross-organisation read, no requester_only ticket of someone else: exactly the model's set.
    const listed = await engine.listTickets(actor, { limit: 200 })
    const expected = model.tickets.filter((t) => sees(t, name)).map((t) => t.id)
    expect(listed.items.map((t) => t.id).sort()).toEqual(expected.sort())
    expect((await engine.listTickets(actor, { q: secret, limit: 200 })).items).toEqual([])
  }
  // The search for notes is not vacuous: the team finds every ticket that has one.
  const found = await engine.listTickets(real.demo.admin, { q: secret, limit: 200 })
  expect(found.items.map((t) => t.id).sort()).toEqual(
    model.tickets
      .filter((t) => t.hasNote)
      .map((t) => t.id)
      .sort(),
  )
}

/** Checks the touched tickets one by one, then every person's lists. */
export async function checkAll(model: Model, real: Real, touched: ReadonlyArray<ModelTicket>): Promise<void> {
  for (const ticket of touched) await checkTicket(model, real, ticket)
  await checkLists(model, real)
}
