import type { TicketDetailView } from "@ticketflow/hono/client"
import { beforeEach, describe, expect, it } from "vitest"
import { buildWorld, type Role, type World } from "./testing/world.ts"

const json = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T

/** The engine's bookkeeping fields, which no response may carry at any depth. */
const bookkeeping = ["tenantId", "statusVersion", "previousStatus"]

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf)
  if (value === null || typeof value !== "object") return []
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
}

const requesterFields = ["subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds"]
const allFields = [...requesterFields, "type", "priority", "department", "assigneeId", "dueAt"]

describe("views on the wire", () => {
  let world: World
  beforeEach(async () => {
    world = await buildWorld()
  })

  const get = async (role: Role, path: string) => {
    const response = await world.call(role, "GET", path)
    expect(response.status, path).toBe(200)
    return json<unknown>(response)
  }

  it("answers views: no tenant ids, status versions or previous statuses in any response", async () => {
    const upload = await json<{ id: string }>(await world.upload("bob", "note.txt", "hello"))
    const ticket = await json<TicketDetailView>(await world.call("bob", "POST", "/v1/tickets", { subject: "Wire", description: "Body", department: "technical-support", attachmentIds: [upload.id] }))
    await world.call("agent", "POST", `/v1/tickets/${ticket.id}/messages`, { body: "A note", visibility: "internal" })
    await world.call("agent", "POST", `/v1/tickets/${ticket.id}/transitions`, { event: "START" })
    const responses = [
      upload,
      ticket,
      await get("agent", "/v1/tickets"),
      await get("agent", `/v1/tickets/${ticket.id}`),
      await get("agent", `/v1/tickets/${ticket.id}/messages`),
      await get("agent", `/v1/tickets/${ticket.id}/events`),
      await get("bob", `/v1/tickets/${ticket.id}/transitions`),
      await get("admin", "/v1/users"),
      await get("bob", "/v1/auth/me"),
      await get("admin", "/v1/organizations"),
      await get("admin", "/v1/workflows"),
    ]
    for (const response of responses) {
      expect(keysOf(response).filter((key) => bookkeeping.includes(key)), JSON.stringify(response).slice(0, 200)).toEqual([])
    }
    const events = (await get("agent", `/v1/tickets/${ticket.id}/events`)) as Array<{ type: string; changes: Record<string, unknown> }>
    expect(events.find((e) => e.type === "StatusChanged")?.changes).toMatchObject({ status: "in_progress" })
  })

  it("tells each actor the fields they may change now, on create, read, update and transition", async () => {
    const created = await world.call("bob", "POST", "/v1/tickets", { subject: "Editable", department: "technical-support" })
    const ticket = await json<TicketDetailView>(created)
    expect(ticket.editableFields).toEqual(requesterFields)
    const path = `/v1/tickets/${ticket.id}`
    expect(((await get("agent", path)) as TicketDetailView).editableFields).toEqual(allFields)
    expect(((await get("bob", path)) as TicketDetailView).editableFields).toEqual(requesterFields)

    const patched = await json<TicketDetailView>(await world.call("bob", "PATCH", path, { subject: "Editable, still" }))
    expect(patched).toMatchObject({ subject: "Editable, still", editableFields: requesterFields })

    const started = await json<TicketDetailView>(await world.call("agent", "POST", `${path}/transitions`, { event: "START" }))
    expect(started).toMatchObject({ status: "in_progress", descriptionLocked: true, editableFields: allFields })
    const locked = (await get("bob", path)) as TicketDetailView
    expect(locked.editableFields).toEqual([])
    // The answer is the rule the update enforces: a field it leaves out is refused.
    expect((await world.call("bob", "PATCH", path, { subject: "Too late" })).status).toBe(409)

    const closed = await json<TicketDetailView>(await world.call("agent", "POST", `${path}/transitions`, { event: "CLOSE", comment: "Done" }))
    expect(closed).toMatchObject({ statusCategory: "closed", editableFields: [] })
    expect(((await get("admin", path)) as TicketDetailView).editableFields).toEqual(allFields)
  })

  it("lists tickets without per-ticket edit answers", async () => {
    await world.call("bob", "POST", "/v1/tickets", { subject: "Listed" })
    const page = (await get("bob", "/v1/tickets")) as { items: Array<Record<string, unknown>> }
    expect(page.items).toHaveLength(1)
    expect(page.items[0]).not.toHaveProperty("editableFields")
  })
})
