import { defaultWorkflow } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { readSse } from "./testing/sse-client.ts"
import { buildWorld, roles, seedMatrix, type MatrixTickets, type Role, type World } from "./testing/world.ts"

/**
 * The authorization matrix: every demo role × every route (× the five tickets of the matrix for
 * ticket routes) → the expected outcome. Ticket columns, as Bob of Acme sees them:
 * Bob's own ticket, his Acme colleague Alice's, Bob's requester_only `incentive` ticket (billing),
 * Globex's (Carol's), and the other tenant's.
 */
type Outcome = number | "listed" | "hidden"
type Column = "bobOwn" | "aliceOwn" | "bobIncentive" | "carolOwn" | "otherTenant"
const columns: ReadonlyArray<Column> = ["bobOwn", "aliceOwn", "bobIncentive", "carolOwn", "otherTenant"]
const subjects: Record<Column, string> = { bobOwn: "zebra", aliceOwn: "yak", bobIncentive: "xerus", carolOwn: "walrus", otherTenant: "vicuna" }

interface TicketRow {
  readonly route: string
  /** Whether the request changes anything: such rows get a fresh world per role. */
  readonly writes: boolean
  readonly request: (world: World, role: Role, ticket: string, matrix: MatrixTickets, column: Column) => Promise<Outcome>
  readonly expected: Record<Role, [Outcome, Outcome, Outcome, Outcome, Outcome]>
}

interface PlainRow {
  readonly route: string
  readonly writes: boolean
  readonly request: (world: World, role: Role) => Promise<Outcome>
  readonly expected: Record<Role, Outcome>
}

const status = (response: Response) => response.status
const listed = async (response: Response, field: "items" | "total") => {
  const body = (await response.json()) as { items?: unknown[]; total?: number }
  if (response.status !== 200) return response.status
  return (field === "items" ? (body.items?.length ?? 0) : (body.total ?? 0)) > 0 ? "listed" : "hidden"
}

// Who may see which ticket (DESIGN "Visibility"), as statuses for a plain read.
const readable: TicketRow["expected"] = {
  admin: [200, 200, 200, 200, 404],
  agent: [200, 200, 404, 200, 404],
  billing: [404, 404, 200, 404, 404],
  alice: [200, 200, 404, 404, 404],
  bob: [200, 404, 200, 404, 404],
  carol: [404, 404, 404, 200, 404],
  anonymous: [401, 401, 401, 401, 401],
}

const ticketRows: TicketRow[] = [
  { route: "GET /v1/tickets/{id}", writes: false, request: async (w, r, t) => status(await w.call(r, "GET", `/v1/tickets/${t}`)), expected: readable },
  {
    route: "GET /v1/tickets?q=",
    writes: false,
    request: async (w, r, _t, _m, c) => listed(await w.call(r, "GET", `/v1/tickets?q=${subjects[c]}`), "items"),
    expected: {
      admin: ["listed", "listed", "listed", "listed", "hidden"],
      agent: ["listed", "listed", "hidden", "listed", "hidden"],
      billing: ["hidden", "hidden", "listed", "hidden", "hidden"],
      alice: ["listed", "listed", "hidden", "hidden", "hidden"],
      bob: ["listed", "hidden", "listed", "hidden", "hidden"],
      carol: ["hidden", "hidden", "hidden", "listed", "hidden"],
      anonymous: [401, 401, 401, 401, 401],
    },
  },
  {
    route: "GET /v1/tickets/counts?q=",
    writes: false,
    request: async (w, r, _t, _m, c) => listed(await w.call(r, "GET", `/v1/tickets/counts?q=${subjects[c]}`), "total"),
    expected: {
      admin: ["listed", "listed", "listed", "listed", "hidden"],
      agent: ["listed", "listed", "hidden", "listed", "hidden"],
      billing: ["hidden", "hidden", "listed", "hidden", "hidden"],
      alice: ["listed", "listed", "hidden", "hidden", "hidden"],
      bob: ["listed", "hidden", "listed", "hidden", "hidden"],
      carol: ["hidden", "hidden", "hidden", "listed", "hidden"],
      anonymous: [401, 401, 401, 401, 401],
    },
  },
  { route: "PATCH /v1/tickets/{id} (subject)", writes: true, request: async (w, r, t) => status(await w.call(r, "PATCH", `/v1/tickets/${t}`, { subject: "renamed" })), expected: readable },
  {
    route: "PATCH /v1/tickets/{id} (priority)",
    writes: true,
    request: async (w, r, t) => status(await w.call(r, "PATCH", `/v1/tickets/${t}`, { priority: "urgent" })),
    expected: {
      admin: [200, 200, 200, 200, 404],
      agent: [200, 200, 404, 200, 404],
      billing: [404, 404, 200, 404, 404],
      alice: [403, 403, 404, 404, 404],
      bob: [403, 404, 403, 404, 404],
      carol: [404, 404, 404, 403, 404],
      anonymous: [401, 401, 401, 401, 401],
    },
  },
  {
    route: "PATCH /v1/tickets/{id} (stale If-Match)",
    writes: true,
    request: async (w, r, t) => status(await w.call(r, "PATCH", `/v1/tickets/${t}`, { subject: "stale" }, { "If-Match": '"999"' })),
    expected: {
      admin: [412, 412, 412, 412, 404],
      agent: [412, 412, 404, 412, 404],
      billing: [404, 404, 412, 404, 404],
      alice: [412, 412, 404, 404, 404],
      bob: [412, 404, 412, 404, 404],
      carol: [404, 404, 404, 412, 404],
      anonymous: [401, 401, 401, 401, 401],
    },
  },
  { route: "GET /v1/tickets/{id}/transitions", writes: false, request: async (w, r, t) => status(await w.call(r, "GET", `/v1/tickets/${t}/transitions`)), expected: readable },
  {
    route: "POST /v1/tickets/{id}/transitions (TRIAGE)",
    writes: true,
    request: async (w, r, t) => status(await w.call(r, "POST", `/v1/tickets/${t}/transitions`, { event: "TRIAGE" })),
    expected: {
      admin: [200, 200, 200, 200, 404],
      agent: [200, 200, 404, 200, 404],
      billing: [404, 404, 200, 404, 404],
      alice: [409, 409, 404, 404, 404],
      bob: [409, 404, 409, 404, 404],
      carol: [404, 404, 404, 409, 404],
      anonymous: [401, 401, 401, 401, 401],
    },
  },
  { route: "POST /v1/tickets/{id}/transitions (CLOSE)", writes: true, request: async (w, r, t) => status(await w.call(r, "POST", `/v1/tickets/${t}/transitions`, { event: "CLOSE" })), expected: readable },
  { route: "GET /v1/tickets/{id}/messages", writes: false, request: async (w, r, t) => status(await w.call(r, "GET", `/v1/tickets/${t}/messages`)), expected: readable },
  {
    route: "POST /v1/tickets/{id}/messages (public)",
    writes: true,
    request: async (w, r, t) => status(await w.call(r, "POST", `/v1/tickets/${t}/messages`, { body: "hello" })),
    expected: {
      admin: [201, 201, 201, 201, 404],
      agent: [201, 201, 404, 201, 404],
      billing: [404, 404, 201, 404, 404],
      alice: [201, 201, 404, 404, 404],
      bob: [201, 404, 201, 404, 404],
      carol: [404, 404, 404, 201, 404],
      anonymous: [401, 401, 401, 401, 401],
    },
  },
  {
    route: "POST /v1/tickets/{id}/messages (internal)",
    writes: true,
    request: async (w, r, t) => status(await w.call(r, "POST", `/v1/tickets/${t}/messages`, { body: "note", visibility: "internal" })),
    expected: {
      admin: [201, 201, 201, 201, 404],
      agent: [201, 201, 404, 201, 404],
      billing: [404, 404, 201, 404, 404],
      alice: [403, 403, 404, 404, 404],
      bob: [403, 404, 403, 404, 404],
      carol: [404, 404, 404, 403, 404],
      anonymous: [401, 401, 401, 401, 401],
    },
  },
  { route: "GET /v1/tickets/{id}/events", writes: false, request: async (w, r, t) => status(await w.call(r, "GET", `/v1/tickets/${t}/events`)), expected: readable },
  {
    route: "GET /v1/attachments/{id} (description file)",
    writes: false,
    request: async (w, r, t, m) => status(await w.call(r, "GET", `/v1/attachments/${m.files[t]}`)),
    expected: readable,
  },
]

const staffRead = { admin: 200, agent: 200, billing: 200, alice: 403, bob: 403, carol: 403, anonymous: 401 } as const
const everyoneRead = { admin: 200, agent: 200, billing: 200, alice: 200, bob: 200, carol: 200, anonymous: 401 } as const
const adminOnly = (ok: number) => ({ admin: ok, agent: 403, billing: 403, alice: 403, bob: 403, carol: 403, anonymous: 401 }) as const

const configRows = (path: string, customersRead: boolean, existing: string, create: Record<string, unknown>, patch: Record<string, unknown>): PlainRow[] => [
  { route: `GET /v1/${path}`, writes: false, request: async (w, r) => status(await w.call(r, "GET", `/v1/${path}`)), expected: customersRead ? everyoneRead : staffRead },
  { route: `GET /v1/${path}/{key}`, writes: false, request: async (w, r) => status(await w.call(r, "GET", `/v1/${path}/${existing}`)), expected: customersRead ? everyoneRead : staffRead },
  { route: `POST /v1/${path}`, writes: true, request: async (w, r) => status(await w.call(r, "POST", `/v1/${path}`, create)), expected: adminOnly(201) },
  {
    route: `PUT /v1/${path}/{key}`,
    writes: true,
    request: async (w, r) => {
      const { key: _key, ...whole } = create
      return status(await w.call(r, "PUT", `/v1/${path}/${String(create.key)}`, whole))
    },
    expected: adminOnly(200),
  },
  { route: `PATCH /v1/${path}/{key}`, writes: true, request: async (w, r) => status(await w.call(r, "PATCH", `/v1/${path}/${existing}`, patch)), expected: adminOnly(200) },
  { route: `DELETE /v1/${path}/{key}`, writes: true, request: async (w, r) => status(await w.call(r, "DELETE", `/v1/${path}/${existing}`)), expected: adminOnly(204) },
]

const plainRows: PlainRow[] = [
  { route: "GET /v1/auth/me", writes: false, request: async (w, r) => status(await w.call(r, "GET", "/v1/auth/me")), expected: everyoneRead },
  { route: "POST /v1/auth/logout", writes: true, request: async (w, r) => status(await w.call(r, "POST", "/v1/auth/logout")), expected: { ...everyoneRead, ...{ admin: 204, agent: 204, billing: 204, alice: 204, bob: 204, carol: 204 } } },
  { route: "GET /v1/tickets", writes: false, request: async (w, r) => status(await w.call(r, "GET", "/v1/tickets")), expected: everyoneRead },
  { route: "GET /v1/tickets/counts", writes: false, request: async (w, r) => status(await w.call(r, "GET", "/v1/tickets/counts")), expected: everyoneRead },
  { route: "POST /v1/tickets", writes: true, request: async (w, r) => status(await w.call(r, "POST", "/v1/tickets", { subject: "new" })), expected: { ...everyoneRead, admin: 201, agent: 201, billing: 201, alice: 201, bob: 201, carol: 201 } },
  { route: "POST /v1/attachments", writes: true, request: async (w, r) => status(await w.upload(r, "a.txt", "a")), expected: { ...everyoneRead, admin: 201, agent: 201, billing: 201, alice: 201, bob: 201, carol: 201 } },
  {
    route: "GET /v1/events/stream",
    writes: false,
    request: async (w, r) => {
      const response = await w.call(r, "GET", "/v1/events/stream")
      if (response.status === 200) await readSse(response).close()
      return response.status
    },
    expected: everyoneRead,
  },
  { route: "GET /v1/users", writes: false, request: async (w, r) => status(await w.call(r, "GET", "/v1/users")), expected: staffRead },
  { route: "GET /v1/users/{id} (Bob)", writes: false, request: async (w, r) => status(await w.call(r, "GET", `/v1/users/${w.demo.bob.userId}`)), expected: { ...staffRead, bob: 200 } },
  { route: "POST /v1/users", writes: true, request: async (w, r) => status(await w.call(r, "POST", "/v1/users", { email: "new@acme.test", name: "New", kind: "customer" })), expected: adminOnly(201) },
  { route: "PATCH /v1/users/{id}", writes: true, request: async (w, r) => status(await w.call(r, "PATCH", `/v1/users/${w.demo.carol.userId}`, { name: "Caroline" })), expected: adminOnly(200) },
  {
    route: "PUT /v1/users/{id}/password (Carol's, no current password)",
    writes: true,
    request: async (w, r) => status(await w.call(r, "PUT", `/v1/users/${w.demo.carol.userId}/password`, { password: "a-new-password" })),
    expected: { ...adminOnly(204), carol: 401 },
  },
  ...configRows("departments", true, "billing", { key: "sales", name: "Sales" }, { name: "Money" }),
  ...configRows("ticket-types", true, "bug", { key: "incident", name: "Incident" }, { name: "Defect" }),
  ...configRows("priorities", true, "low", { key: "blocker", name: "Blocker", rank: 90 }, { rank: 5 }),
  ...configRows("catalog-items", true, "portal", { key: "erp", name: "ERP", kind: "application" }, { name: "Portal" }),
  ...configRows("calendars", false, "business-hours", { key: "weekends", name: "Weekends", timeZone: "UTC", hours: [{ day: 6, from: "10:00", to: "14:00" }] }, { holidays: ["2026-12-31"] }),
  ...configRows("sla-policies", false, "low-sla", { key: "blocker-sla", name: "Blocker", priorityKey: "urgent" }, { resolution: "PT4H" }),
  ...configRows("organizations", false, "globex", { key: "initech", name: "Initech" }, { name: "Globex Corp" }),
  // Customers read workflows for their status labels and colours, one or all alike (in the requester-side view).
  { route: "GET /v1/workflows", writes: false, request: async (w, r) => status(await w.call(r, "GET", "/v1/workflows")), expected: everyoneRead },
  { route: "GET /v1/workflows/{key}", writes: false, request: async (w, r) => status(await w.call(r, "GET", "/v1/workflows/default")), expected: everyoneRead },
  { route: "POST /v1/workflows/validate", writes: false, request: async (w, r) => status(await w.call(r, "POST", "/v1/workflows/validate", defaultWorkflow)), expected: staffRead },
  { route: "POST /v1/workflows/{key}/versions", writes: true, request: async (w, r) => status(await w.call(r, "POST", "/v1/workflows/default/versions", defaultWorkflow)), expected: adminOnly(201) },
  {
    route: "POST /v1/workflows/{key}/migrations (dryRun)",
    writes: false,
    request: async (w, r) => status(await w.call(r, "POST", "/v1/workflows/default/migrations", { fromVersion: 1, dryRun: true })),
    expected: adminOnly(200),
  },
]

describe("the authorization matrix", () => {
  it("gives every role on every route (and every ticket) the expected outcome", async () => {
    const shared = await buildWorld()
    const sharedTickets = await seedMatrix(shared)
    const expected: Record<string, unknown> = {}
    const actual: Record<string, unknown> = {}
    for (const row of ticketRows) {
      for (const role of roles) {
        const key = `${row.route} as ${role}`
        expected[key] = row.expected[role]
        const outcomes: Outcome[] = []
        for (const column of columns) {
          const world = row.writes ? await buildWorld() : shared
          const tickets = row.writes ? await seedMatrix(world) : sharedTickets
          outcomes.push(await row.request(world, role, tickets[column], tickets, column))
        }
        actual[key] = outcomes
      }
    }
    for (const row of plainRows) {
      for (const role of roles) {
        const key = `${row.route} as ${role}`
        expected[key] = row.expected[role]
        actual[key] = await row.request(row.writes ? await buildWorld() : shared, role)
      }
    }
    expect(actual).toEqual(expected)
  }, 300_000)
})
