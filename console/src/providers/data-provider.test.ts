import { describe, expect, it } from "vitest"
import { createDataProvider } from "./data-provider.ts"
import { fakeFetch, type Recorded } from "./fake-fetch.test-helper.ts"
import { createApiClient } from "./http-client.ts"

const counts = { total: 7, byStatus: { new: 2, in_progress: 3, closed: 2 }, byCategory: { new: 2, open: 3, pending: 0, closed: 2 } }
const ticket = (n: number) => ({ id: `t${n}`, number: n })

function setup(route: (r: Recorded) => { status?: number; body?: unknown } | undefined = () => undefined) {
  const server = fakeFetch((r) => {
    const own = route(r)
    if (own !== undefined) return own
    if (r.url.pathname === "/v1/tickets/counts") return { body: counts }
    if (r.url.pathname === "/v1/tickets") {
      const cursor = r.url.searchParams.get("cursor")
      const page = cursor === null ? 1 : Number(cursor.slice(1))
      return { body: { items: [ticket(page * 10 + 1), ticket(page * 10 + 2)], nextCursor: page < 3 ? `c${page + 1}` : null } }
    }
    return undefined
  })
  const client = createApiClient({ apiUrl: "http://api.test", fetch: server.fetch, tokens: { get: () => "tok_123456789abcdef", set: () => {} } })
  let keys = 0
  const provider = createDataProvider(client, { idempotencyKey: () => `idem-${++keys}` })
  const lists = () => server.calls.filter((c) => c.url.pathname === "/v1/tickets")
  return { provider, calls: server.calls, lists }
}

describe("data provider: tickets list", () => {
  it("sends every filter as the API's query parameters", async () => {
    const { provider, lists, calls } = setup()
    await provider.getList({
      resource: "tickets",
      filters: [
        { field: "scope", operator: "eq", value: "organization" },
        { field: "status", operator: "in", value: ["new", "in_progress"] },
        { field: "category", operator: "in", value: ["new", "open"] },
        { field: "type", operator: "eq", value: "bug" },
        { field: "priorityKey", operator: "in", value: ["high", "urgent"] },
        { field: "department", operator: "in", value: ["technical-support", "none"] },
        { field: "assignee", operator: "eq", value: "me" },
        { field: "requesterId", operator: "eq", value: "u-bob" },
        { field: "organization", operator: "eq", value: "org-acme" },
        { field: "created", operator: "eq", value: "this_week" },
        { field: "q", operator: "contains", value: "invoice totals" },
      ],
      sorters: [{ field: "priority", order: "desc" }],
      pagination: { currentPage: 1, pageSize: 20 },
    })
    const query = lists()[0]?.url.searchParams
    expect(Object.fromEntries(query ?? [])).toEqual({
      scope: "organization",
      status: "new,in_progress",
      category: "new,open",
      type: "bug",
      priority: "high,urgent",
      department: "technical-support,none",
      assignee: "me",
      requester: "u-bob",
      organization: "org-acme",
      created: "this_week",
      q: "invoice totals",
      sort: "-priority",
      limit: "20",
    })
    const countQuery = calls.find((c) => c.url.pathname === "/v1/tickets/counts")?.url.searchParams
    expect(countQuery?.has("status")).toBe(false)
    expect(countQuery?.has("category")).toBe(false)
    expect(countQuery?.get("q")).toBe("invoice totals")
    expect(countQuery?.get("scope")).toBe("organization")
  })

  it("turns a createdAt range into createdFrom and createdTo", async () => {
    const { provider, lists } = setup()
    await provider.getList({
      resource: "tickets",
      filters: [{ field: "createdAt", operator: "between", value: ["2026-03-01T00:00:00.000Z", new Date("2026-03-08T00:00:00.000Z")] }],
    })
    const query = lists()[0]?.url.searchParams
    expect(query?.get("createdFrom")).toBe("2026-03-01T00:00:00.000Z")
    expect(query?.get("createdTo")).toBe("2026-03-08T00:00:00.000Z")
    await provider.getList({ resource: "tickets", filters: [{ field: "createdAt", operator: "gte", value: "2026-04-01T00:00:00.000Z" }] })
    expect(lists()[1]?.url.searchParams.get("createdFrom")).toBe("2026-04-01T00:00:00.000Z")
    expect(lists()[1]?.url.searchParams.has("createdTo")).toBe(false)
  })

  it("leaves empty filter values out and refuses unknown fields", async () => {
    const { provider, lists } = setup()
    await provider.getList({ resource: "tickets", filters: [{ field: "status", operator: "in", value: [] }, { field: "q", operator: "contains", value: "" }] })
    expect([...(lists()[0]?.url.searchParams.keys() ?? [])]).toEqual(["limit"])
    await expect(provider.getList({ resource: "tickets", filters: [{ field: "subject", operator: "eq", value: "x" }] })).rejects.toThrow(/cannot filter by subject/)
  })

  it("pages with cursors: page 2 sends the cursor page 1 returned", async () => {
    const { provider, lists } = setup()
    const first = await provider.getList({ resource: "tickets", pagination: { currentPage: 1, pageSize: 2 } })
    expect(first.data.map((t) => t.number)).toEqual([11, 12])
    expect(first.cursor).toEqual({ next: "c2", prev: null })
    const second = await provider.getList({ resource: "tickets", pagination: { currentPage: 2, pageSize: 2 } })
    expect(second.data.map((t) => t.number)).toEqual([21, 22])
    expect(lists().map((c) => c.url.searchParams.get("cursor"))).toEqual([null, "c2"])
  })

  it("walks forward to a page whose cursor is not known yet", async () => {
    const { provider, lists } = setup()
    const third = await provider.getList({ resource: "tickets", pagination: { currentPage: 3, pageSize: 2 } })
    expect(third.data.map((t) => t.number)).toEqual([31, 32])
    expect(lists().map((c) => c.url.searchParams.get("cursor"))).toEqual([null, "c2", "c3"])
  })

  it("asks for a page by meta.cursor directly", async () => {
    const { provider, lists } = setup()
    const page = await provider.getList({ resource: "tickets", meta: { cursor: "c3" } })
    expect(page.data.map((t) => t.number)).toEqual([31, 32])
    expect(page.cursor).toEqual({ next: null, prev: "c3" })
    expect(lists()[0]?.url.searchParams.get("cursor")).toBe("c3")
  })

  it("takes the total from the counts, narrowed by the status or category tab", async () => {
    const { provider } = setup()
    expect((await provider.getList({ resource: "tickets" })).total).toBe(7)
    expect((await provider.getList({ resource: "tickets", filters: [{ field: "category", operator: "in", value: ["new", "open"] }] })).total).toBe(5)
    expect((await provider.getList({ resource: "tickets", filters: [{ field: "status", operator: "eq", value: "closed" }] })).total).toBe(2)
  })

  it("sends the bearer token", async () => {
    const { provider, calls } = setup()
    await provider.getList({ resource: "tickets" })
    expect(calls[0]?.headers.get("Authorization")).toBe("Bearer tok_123456789abcdef")
  })
})

describe("data provider: tickets, conversation and workflow actions", () => {
  it("creates a ticket with an Idempotency-Key", async () => {
    const { provider, calls } = setup((r) => (r.method === "POST" && r.url.pathname === "/v1/tickets" ? { status: 201, body: { id: "t1", number: 1042 } } : undefined))
    const created = await provider.create({ resource: "tickets", variables: { subject: "Totals wrong", type: "bug", catalog: { application: "crm", module: "crm-invoices" } } })
    expect(created.data).toEqual({ id: "t1", number: 1042 })
    expect(calls[0]?.body).toEqual({ subject: "Totals wrong", type: "bug", catalog: { application: "crm", module: "crm-invoices" } })
    expect(calls[0]?.headers.get("Idempotency-Key")).toBe("idem-1")
    expect(calls[0]?.headers.get("Content-Type")).toBe("application/json")
  })

  it("patches a ticket with If-Match when the version is known", async () => {
    const { provider, calls } = setup((r) => (r.method === "PATCH" ? { body: { id: "t1", version: 4 } } : undefined))
    await provider.update({ resource: "tickets", id: "t1", variables: { priority: "urgent" }, meta: { version: 3 } })
    expect(calls[0]?.url.pathname).toBe("/v1/tickets/t1")
    expect(calls[0]?.headers.get("If-Match")).toBe('"3"')
    expect(calls[0]?.body).toEqual({ priority: "urgent" })
  })

  it("lists messages in the asked order and posts replies and notes", async () => {
    const { provider, calls } = setup((r) => {
      if (r.url.pathname === "/v1/tickets/t1/messages" && r.method === "GET") return { body: [{ id: "m1" }, { id: "m2" }] }
      if (r.url.pathname === "/v1/tickets/t1/messages" && r.method === "POST") return { status: 201, body: { message: { id: "m3" }, ticket: { id: "t1" } } }
      return undefined
    })
    const newest = await provider.getList({ resource: "messages", meta: { ticketId: "t1", order: "desc" } })
    expect(newest.total).toBe(2)
    expect(calls[0]?.url.search).toBe("?order=desc")
    await provider.getList({ resource: "messages", filters: [{ field: "ticketId", operator: "eq", value: "t1" }], sorters: [{ field: "createdAt", order: "asc" }] })
    expect(calls[1]?.url.search).toBe("?order=asc")
    await provider.create({ resource: "messages", variables: { body: "Only the team sees this", visibility: "internal", attachmentIds: ["a1"] }, meta: { ticketId: "t1" } })
    expect(calls[2]?.body).toEqual({ body: "Only the team sees this", visibility: "internal", attachmentIds: ["a1"] })
    expect(calls[2]?.headers.get("Idempotency-Key")).toBe("idem-1")
  })

  it("reads allowed transitions and fires one", async () => {
    const allowed = [{ event: "START", target: "in_progress", targetCategory: "open", comment: "none", resolutions: [], name: "Start work", labels: {} }]
    const { provider, calls } = setup((r) => {
      if (r.url.pathname === "/v1/tickets/1042/transitions") return r.method === "GET" ? { body: allowed } : { body: { id: "t1", status: "needs_clarification" } }
      return undefined
    })
    expect((await provider.getList({ resource: "transitions", meta: { ticketId: 1042 } })).data).toEqual(allowed)
    await provider.create({ resource: "transitions", variables: { event: "REQUEST_CLARIFICATION", comment: "Which browser?" }, meta: { ticketId: 1042, version: 2 } })
    expect(calls[1]?.method).toBe("POST")
    expect(calls[1]?.body).toEqual({ event: "REQUEST_CLARIFICATION", comment: "Which browser?" })
    expect(calls[1]?.headers.get("If-Match")).toBe('"2"')
  })

  it("reads the activity history", async () => {
    const { provider, calls } = setup((r) => (r.url.pathname === "/v1/tickets/t1/events" ? { body: [{ id: "e1", type: "TicketCreated" }] } : undefined))
    expect((await provider.getList({ resource: "events", meta: { ticketId: "t1" } })).data).toHaveLength(1)
    expect(calls[0]?.url.pathname).toBe("/v1/tickets/t1/events")
  })

  it("refuses a child resource without its ticket", async () => {
    const { provider } = setup()
    await expect(provider.getList({ resource: "messages" })).rejects.toThrow(/meta.ticketId/)
  })

  it("uploads an attachment as multipart 'file'", async () => {
    const { provider, calls } = setup((r) => (r.url.pathname === "/v1/attachments" ? { status: 201, body: { id: "a1", filename: "shot.png" } } : undefined))
    const file = new File([new Uint8Array([137, 80, 78, 71])], "shot.png", { type: "image/png" })
    await provider.create({ resource: "attachments", variables: { file } })
    const form = calls[0]?.body as FormData
    expect(form).toBeInstanceOf(FormData)
    expect((form.get("file") as File).name).toBe("shot.png")
    expect(calls[0]?.headers.has("Content-Type")).toBe(false)
  })

  it("fetches counts through custom with the list filters minus status and category", async () => {
    const { provider, calls } = setup()
    const result = await provider.custom!({
      url: "http://api.test/v1/tickets/counts",
      method: "get",
      filters: [
        { field: "scope", operator: "eq", value: "mine" },
        { field: "status", operator: "eq", value: "new" },
        { field: "department", operator: "in", value: ["billing"] },
      ],
    })
    expect(result.data).toEqual(counts)
    expect(calls[0]?.url.pathname).toBe("/v1/tickets/counts")
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({ scope: "mine", department: "billing" })
  })

  it("validates, publishes and migrates workflows", async () => {
    const { provider, calls } = setup((r) => ({ status: r.url.pathname.endsWith("/versions") ? 201 : 200, body: { ok: true, problems: [], moves: [], applied: false, key: "default", version: 2 } }))
    await provider.custom!({ url: "/workflows/validate", method: "post", payload: { key: "default" } })
    await provider.create({ resource: "workflows", variables: { key: "default", name: "Default" } })
    await provider.update({ resource: "workflows", id: "default", variables: { name: "Default" } })
    await provider.custom!({ url: "/v1/workflows/default/migrations", method: "post", payload: { fromVersion: 1, dryRun: true } })
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "POST /v1/workflows/validate",
      "POST /v1/workflows/default/versions",
      "POST /v1/workflows/default/versions",
      "POST /v1/workflows/default/migrations",
    ])
    expect(calls[2]?.body).toEqual({ name: "Default", key: "default" })
    expect(calls[3]?.body).toEqual({ fromVersion: 1, dryRun: true })
  })
})

describe("data provider: configuration", () => {
  const departments = [
    { key: "technical-support", name: "Technical support", labels: {} },
    { key: "billing", name: "Billing", labels: { ru: "Оплата" } },
    { key: "sales", name: "Sales", labels: {} },
  ]

  it("lists whole and filters, sorts and pages in the browser", async () => {
    const { provider } = setup((r) => (r.url.pathname === "/v1/departments" ? { body: departments } : undefined))
    const page = await provider.getList({ resource: "departments", sorters: [{ field: "name", order: "asc" }], pagination: { currentPage: 1, pageSize: 2 } })
    expect(page.data.map((d) => d.key)).toEqual(["billing", "sales"])
    expect(page.total).toBe(3)
    const found = await provider.getList({ resource: "departments", filters: [{ field: "q", operator: "contains", value: "tech" }] })
    expect(found.data.map((d) => d.key)).toEqual(["technical-support"])
  })

  it("reads, creates, patches and deletes by key", async () => {
    const { provider, calls } = setup((r) => ({ status: r.method === "DELETE" ? 204 : r.method === "POST" ? 201 : 200, body: { key: "billing", name: "Billing" } }))
    await provider.getOne({ resource: "departments", id: "billing" })
    await provider.create({ resource: "priorities", variables: { key: "p1", name: "P1", rank: 50 } })
    await provider.update({ resource: "ticket-types", id: "incentive", variables: { visibility: "requester_only" } })
    await provider.deleteOne({ resource: "catalog-items", id: "crm-invoices" })
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "GET /v1/departments/billing",
      "POST /v1/priorities",
      "PATCH /v1/ticket-types/incentive",
      "DELETE /v1/catalog-items/crm-invoices",
    ])
    expect(calls[2]?.headers.has("If-Match")).toBe(false)
  })

  it("deactivates users instead of deleting them", async () => {
    const { provider, calls } = setup(() => ({ body: { id: "u1", active: false } }))
    await provider.deleteOne({ resource: "users", id: "u1" })
    expect(calls[0]?.method).toBe("PATCH")
    expect(calls[0]?.body).toEqual({ active: false })
  })
})

describe("data provider: problems", () => {
  it("rejects with the problem's detail, slug and field errors", async () => {
    const { provider } = setup(() => ({
      status: 422,
      body: {
        type: "https://ticketflow.dev/problems/validation-failed",
        title: "Validation failed",
        status: 422,
        detail: "The ticket is invalid",
        errors: [
          { path: ["subject"], message: "Too short" },
          { path: ["contact", "email"], message: "Invalid email" },
          { path: ["subject"], message: "Required" },
        ],
      },
    }))
    await expect(provider.create({ resource: "tickets", variables: {} })).rejects.toMatchObject({
      message: "The ticket is invalid",
      statusCode: 422,
      slug: "validation-failed",
      errors: { subject: ["Too short", "Required"], "contact.email": ["Invalid email"] },
    })
  })

  it("keeps the allowed events of a refused transition", async () => {
    const { provider } = setup(() => ({
      status: 409,
      body: { type: "https://ticketflow.dev/problems/invalid-transition", title: "Transition not allowed", status: 409, detail: "ACCEPT is not allowed from new", allowed: ["CLOSE"] },
    }))
    await expect(provider.create({ resource: "transitions", variables: { event: "ACCEPT" }, meta: { ticketId: "t1" } })).rejects.toMatchObject({
      statusCode: 409,
      slug: "invalid-transition",
      problem: { allowed: ["CLOSE"] },
    })
  })

  it("reports an unreachable server as status 0", async () => {
    const client = createApiClient({ fetch: async () => { throw new TypeError("fetch failed") }, tokens: { get: () => null, set: () => {} } })
    await expect(createDataProvider(client).getOne({ resource: "tickets", id: "t1" })).rejects.toMatchObject({ statusCode: 0, slug: "network" })
  })
})
