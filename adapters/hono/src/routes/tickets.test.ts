import type { Ticket } from "@ticketflow/core"
import { beforeEach, describe, expect, it } from "vitest"
import { buildWorld, type World } from "../testing/world.ts"

const json = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T
const problemType = async (response: Response) => ((await response.json()) as { type: string }).type.split("/").pop()

describe("tickets routes", () => {
  let world: World
  beforeEach(async () => {
    world = await buildWorld()
  })

  const create = async (role: "bob" | "alice" | "carol" | "agent" | "admin", body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await world.call(role, "POST", "/v1/tickets", body, headers)
    expect(response.status).toBe(201)
    return json<Ticket>(response)
  }

  it("creates a ticket: 201 with its number, an ETag and a Location", async () => {
    const response = await world.call("bob", "POST", "/v1/tickets", { subject: "Printer on fire", description: "It *burns*", type: "bug", priority: "high", department: "technical-support" })
    expect(response.status).toBe(201)
    const ticket = await json<Ticket>(response)
    expect(ticket).toMatchObject({ number: 1, subject: "Printer on fire", status: "new", typeKey: "bug", priorityKey: "high", departmentKey: "technical-support", requesterId: world.demo.bob.userId })
    expect(response.headers.get("ETag")).toBe(`"${ticket.version}"`)
    expect(response.headers.get("Location")).toBe(`/v1/tickets/${ticket.id}`)
  })

  it("honours Idempotency-Key: a replay returns the first ticket, another body with the key is 409", async () => {
    const body = { subject: "Once only" }
    const first = await create("bob", body, { "Idempotency-Key": "k-1" })
    const replay = await create("bob", body, { "Idempotency-Key": "k-1" })
    expect(replay.id).toBe(first.id)
    const list = await json<{ items: Ticket[] }>(await world.call("admin", "GET", "/v1/tickets"))
    expect(list.items.filter((t) => t.subject === "Once only")).toHaveLength(1)
    const reused = await world.call("bob", "POST", "/v1/tickets", { subject: "Something else" }, { "Idempotency-Key": "k-1" })
    expect(reused.status).toBe(409)
    expect(await problemType(reused)).toBe("idempotency-key-reused")
  })

  it("lets an agent create on a customer's behalf, and refuses a customer doing it (403)", async () => {
    const ticket = await create("agent", { subject: "Phoned in", requesterId: world.demo.bob.userId })
    expect(ticket.requesterId).toBe(world.demo.bob.userId)
    const refused = await world.call("carol", "POST", "/v1/tickets", { subject: "For Bob", requesterId: world.demo.bob.userId })
    expect(refused.status).toBe(403)
    expect(refused.headers.get("Content-Type")).toBe("application/problem+json")
  })

  it("answers unknown configuration keys with 422 and each failing field", async () => {
    const response = await world.call("bob", "POST", "/v1/tickets", { subject: "x", type: "no-such-type" })
    expect(response.status).toBe(422)
    const problem = await json<{ type: string; errors: Array<{ path: string[] }> }>(response)
    expect(problem.type).toBe("https://ticketflow.dev/problems/validation-failed")
    expect(problem.errors[0]?.path).toEqual(["type"])
  })

  it("answers schema failures with the engine's 422 validation-failed and each failing field", async () => {
    const response = await world.call("bob", "POST", "/v1/tickets", { subject: "", priority: "NOT A KEY", attachmentIds: "nope" })
    expect(response.status).toBe(422)
    const problem = await json<{ type: string; errors: Array<{ path: string[]; message: string }> }>(response)
    expect(problem.type).toBe("https://ticketflow.dev/problems/validation-failed")
    expect(problem.errors.map((e) => e.path.join("."))).toEqual(expect.arrayContaining(["subject", "priority", "attachmentIds"]))
  })

  it("answers malformed JSON and a wrong content type without a 5xx", async () => {
    const token = await world.token("bob")
    const malformed = await world.app.request("/v1/tickets", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: "{" })
    expect(malformed.status).toBe(400)
    const text = await world.app.request("/v1/tickets", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/plain" }, body: "subject=x" })
    expect(text.status).toBe(415)
    expect(await problemType(text)).toBe("unsupported-media-type")
  })

  it("refuses a body over the JSON limit with 413", async () => {
    const response = await world.call("bob", "POST", "/v1/tickets", { subject: "big", description: "x".repeat(1_100_000) })
    expect(response.status).toBe(413)
    expect(await problemType(response)).toBe("request-too-large")
  })

  it("gets a ticket by id, by number and by #number, with 304 on a matching If-None-Match", async () => {
    const ticket = await create("bob", { subject: "Find me" })
    for (const ref of [ticket.id, String(ticket.number), encodeURIComponent(`#${ticket.number}`)]) {
      const response = await world.call("bob", "GET", `/v1/tickets/${ref}`)
      expect(response.status).toBe(200)
      expect((await json<Ticket>(response)).id).toBe(ticket.id)
    }
    const cached = await world.call("bob", "GET", `/v1/tickets/${ticket.id}`, undefined, { "If-None-Match": `"${ticket.version}"` })
    expect(cached.status).toBe(304)
    expect((await world.call("bob", "GET", "/v1/tickets/99999")).status).toBe(404)
  })

  it("patches fields with If-Match: 200 and a new ETag, then 412 on the stale version", async () => {
    const ticket = await create("bob", { subject: "Old subject" })
    const patched = await world.call("bob", "PATCH", `/v1/tickets/${ticket.id}`, { subject: "New subject" }, { "If-Match": `"${ticket.version}"` })
    expect(patched.status).toBe(200)
    const after = await json<Ticket>(patched)
    expect(after.subject).toBe("New subject")
    expect(patched.headers.get("ETag")).toBe(`"${ticket.version + 1}"`)
    const stale = await world.call("bob", "PATCH", `/v1/tickets/${ticket.id}`, { subject: "Lost update" }, { "If-Match": `"${ticket.version}"` })
    expect(stale.status).toBe(412)
    expect(await problemType(stale)).toBe("version-mismatch")
    expect((await json<Ticket>(await world.call("bob", "GET", `/v1/tickets/${ticket.id}`))).subject).toBe("New subject")
    const weak = await world.call("bob", "PATCH", `/v1/tickets/${ticket.id}`, { subject: "Weak etag" }, { "If-Match": `W/"${after.version}"` })
    expect(weak.status).toBe(200)
    const malformed = await world.call("bob", "PATCH", `/v1/tickets/${ticket.id}`, { subject: "x" }, { "If-Match": "version seven" })
    expect(malformed.status).toBe(400)
  })

  it("answers 403 for a team field and 409 ticket-locked once the description locks", async () => {
    const ticket = await create("bob", { subject: "Lock me", department: "technical-support" })
    const forbidden = await world.call("bob", "PATCH", `/v1/tickets/${ticket.id}`, { priority: "urgent" })
    expect(forbidden.status).toBe(403)
    expect((await world.call("agent", "POST", `/v1/tickets/${ticket.id}/transitions`, { event: "START" })).status).toBe(200)
    const locked = await world.call("bob", "PATCH", `/v1/tickets/${ticket.id}`, { subject: "Too late" })
    expect(locked.status).toBe(409)
    const problem = await json<{ type: string; fields: string[] }>(locked)
    expect(problem.type).toBe("https://ticketflow.dev/problems/ticket-locked")
    expect(problem.fields).toEqual(["subject"])
    const assigned = await world.call("agent", "PATCH", `/v1/tickets/${ticket.id}`, { priority: "urgent", assigneeId: world.demo.agent.userId, dueAt: "2026-12-01T10:00:00.000Z" })
    expect(assigned.status).toBe(200)
    expect(await json<Ticket>(assigned)).toMatchObject({ priorityKey: "urgent", assigneeId: world.demo.agent.userId, dueAt: "2026-12-01T10:00:00.000Z" })
  })

  it("refuses unknown fields in a patch (422)", async () => {
    const ticket = await create("bob", { subject: "Strict" })
    const response = await world.call("bob", "PATCH", `/v1/tickets/${ticket.id}`, { status: "closed" })
    expect(response.status).toBe(422)
  })

  describe("list and counts", () => {
    let tickets: Record<string, Ticket>
    beforeEach(async () => {
      tickets = {
        bobBug: await create("bob", { subject: "alpha bug", type: "bug", priority: "high", department: "technical-support" }),
        bobQuestion: await create("bob", { subject: "beta question", type: "question", priority: "low", department: "billing" }),
        alice: await create("alice", { subject: "gamma", type: "question", priority: "normal" }),
        carol: await create("carol", { subject: "delta", type: "bug", priority: "urgent", department: "technical-support" }),
      }
      await world.call("agent", "POST", `/v1/tickets/${tickets.bobBug?.id}/transitions`, { event: "START" })
    })
    const list = async (role: "admin" | "agent" | "bob" | "alice" | "billing", query: string) => {
      const response = await world.call(role, "GET", `/v1/tickets${query}`)
      expect(response.status).toBe(200)
      return (await json<{ items: Ticket[]; nextCursor: string | null }>(response))
    }
    const subjects = async (role: "admin" | "agent" | "bob" | "alice" | "billing", query: string) => (await list(role, query)).items.map((t) => t.subject).sort()

    it("filters by every parameter", async () => {
      expect(await subjects("admin", "?status=in_progress")).toEqual(["alpha bug"])
      expect(await subjects("admin", "?category=new")).toEqual(["beta question", "delta", "gamma"])
      expect(await subjects("admin", "?category=new&category=open")).toHaveLength(4)
      expect(await subjects("admin", "?category=new,open")).toHaveLength(4)
      expect(await subjects("admin", "?type=bug")).toEqual(["alpha bug", "delta"])
      expect(await subjects("admin", "?priority=urgent,low")).toEqual(["beta question", "delta"])
      expect(await subjects("admin", "?department=billing")).toEqual(["beta question"])
      expect(await subjects("admin", "?department=none")).toEqual(["gamma"])
      expect(await subjects("agent", "?assignee=me")).toEqual(["alpha bug"])
      expect(await subjects("admin", `?assignee=${world.demo.agent.userId}`)).toEqual(["alpha bug"])
      expect(await subjects("admin", "?assignee=none")).toHaveLength(3)
      expect(await subjects("admin", `?requester=${world.demo.bob.userId}`)).toEqual(["alpha bug", "beta question"])
      const acme = tickets.alice?.organisationId ?? ""
      expect(await subjects("admin", `?organization=${acme}`)).toEqual(["alpha bug", "beta question", "gamma"])
      expect(await subjects("admin", "?created=today")).toHaveLength(4)
      expect(await subjects("admin", "?created=this_month")).toHaveLength(4)
      expect(await subjects("admin", "?createdFrom=2000-01-01T00:00:00Z&createdTo=2001-01-01T00:00:00Z")).toEqual([])
      expect(await subjects("admin", "?createdFrom=2000-01-01T00:00:00Z")).toHaveLength(4)
      expect(await subjects("admin", "?q=gamma")).toEqual(["gamma"])
      expect(await subjects("admin", `?q=${tickets.carol?.number}`)).toEqual(["delta"])
      expect(await subjects("bob", "?scope=mine")).toEqual(["alpha bug", "beta question"])
      expect(await subjects("alice", "?scope=organization")).toEqual(["alpha bug", "beta question", "gamma"])
      expect(await subjects("alice", "?scope=mine")).toEqual(["gamma"])
      expect(await subjects("billing", "")).toEqual(["beta question", "gamma"])
    })

    it("sorts and pages with a cursor", async () => {
      const numbers = (items: Ticket[]) => items.map((t) => t.number)
      expect(numbers((await list("admin", "?sort=number")).items)).toEqual([1, 2, 3, 4])
      expect(numbers((await list("admin", "?sort=-number")).items)).toEqual([4, 3, 2, 1])
      expect((await list("admin", "?sort=-priority")).items[0]?.subject).toBe("delta")
      const first = await list("admin", "?sort=number&limit=3")
      expect(numbers(first.items)).toEqual([1, 2, 3])
      expect(first.nextCursor).not.toBeNull()
      const second = await list("admin", `?sort=number&limit=3&cursor=${encodeURIComponent(first.nextCursor ?? "")}`)
      expect(numbers(second.items)).toEqual([4])
      expect(second.nextCursor).toBeNull()
    })

    it("refuses bad filters with 400, without a 5xx", async () => {
      for (const query of ["?limit=0", "?limit=1000", "?limit=x", "?sort=subject", "?category=weird", "?created=yesterday", "?createdFrom=monday", "?scope=everyone", `?q=${"x".repeat(201)}`]) {
        const response = await world.call("admin", "GET", `/v1/tickets${query}`)
        expect([400, 422], query).toContain(response.status)
      }
    })

    it("counts by status and category for the same filters, ignoring status and category", async () => {
      const response = await world.call("admin", "GET", "/v1/tickets/counts?status=closed&category=closed&type=bug")
      expect(response.status).toBe(200)
      expect(await json(response)).toEqual({ total: 2, byStatus: { in_progress: 1, new: 1 }, byCategory: { new: 1, open: 1, pending: 0, closed: 0 } })
      const bob = await json<{ total: number }>(await world.call("bob", "GET", "/v1/tickets/counts"))
      expect(bob.total).toBe(2)
    })
  })
})
