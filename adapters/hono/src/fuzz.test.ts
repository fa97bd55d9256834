import { defaultWorkflow } from "@ticketflow/core"
import fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import { buildWorld, seedMatrix, type MatrixTickets, type Role, type World } from "./testing/world.ts"

/** Runs per route: 100 in `npm test`, more with TICKETFLOW_FUZZ_RUNS. */
const numRuns = Number(process.env.TICKETFLOW_FUZZ_RUNS ?? 100)

const tricky = fc.constantFrom("", " ", "null", "../../etc/passwd", "%00", "\u0000", "<script>alert(1)</script>", "0", "-1", "1e309", "NaN", "#1", "#0", "💥", "a".repeat(300), "default", "new", "START", "me", "none", "2026-02-30", "2026-01-01T25:00:00Z")
const scalar = fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 20 }), tricky, fc.integer(), fc.double(), fc.boolean(), fc.constant(null))
/** Values that pass a schema but may name nothing, or something the actor may not use. */
const plausible = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,12}$/),
  fc.constantFrom("bug", "incentive", "low", "urgent", "billing", "technical-support", "crm", "crm-invoices", "portal-login", "acme", "globex", "default", "public", "internal", "closed", "in_progress", "CLOSE", "START", "REOPEN", "ACCEPT", "accepted"),
  fc.uuid(),
  fc.integer({ min: 1, max: 5 }),
  fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }), email: fc.constantFrom(null, "x@y.test") }),
  fc.array(fc.uuid(), { maxLength: 2 }),
)
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: plausible },
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string(), tricky), scalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
)

/**
 * Bodies that name a route's fields with wrong values, a valid body with one or two fields
 * replaced (to get past the schema into the engine), or not what the route wants at all.
 */
function bodies(keys: ReadonlyArray<string>, valid: Record<string, unknown> = {}): fc.Arbitrary<unknown> {
  const field = fc.tuple(fc.constantFrom(...keys), value)
  return fc.oneof(
    { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }) },
    { weight: 4, arbitrary: fc.array(field, { minLength: 1, maxLength: 2 }).map((fields) => ({ ...valid, ...Object.fromEntries(fields) })) },
    { weight: 1, arbitrary: fc.dictionary(fc.string(), value, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string().map((raw) => ({ __raw: raw })) },
  )
}

/** A definition with one field replaced by something generated. */
const mutatedWorkflow = fc
  .tuple(fc.constantFrom("key", "name", "initial", "descriptionLock", "statuses", "transitions", "triggers", "timers", "version", "statuses.0.category", "transitions.0.to", "transitions.1.from", "transitions.2.actors", "timers.0.after"), value)
  .map(([path, replacement]) => {
    const copy = structuredClone(defaultWorkflow) as unknown as Record<string, unknown>
    const parts = path.split(".")
    let target: Record<string, unknown> = copy
    for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>
    target[parts[parts.length - 1] ?? "key"] = replacement
    return copy
  })

const queries = (keys: ReadonlyArray<string>) =>
  fc
    .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string() }), fc.oneof(fc.string(), tricky)), { maxLength: 6 })
    .map((pairs) => new URLSearchParams(pairs).toString())

const listKeys = ["scope", "status", "category", "type", "priority", "department", "assignee", "requester", "organization", "created", "createdFrom", "createdTo", "q", "sort", "limit", "cursor"]

interface Route {
  readonly name: string
  readonly method: string
  readonly path: (tickets: MatrixTickets, world: World) => string
  readonly body?: fc.Arbitrary<unknown>
  readonly query?: fc.Arbitrary<string>
  readonly headers?: fc.Arbitrary<Record<string, string>>
}

const configKeys = ["key", "name", "labels", "memberIds", "workflowKey", "email", "visibility", "rank", "color", "kind", "parentKey", "organisationIds", "active", "timeZone", "hours", "holidays", "priorityKey", "typeKey", "departmentKey", "organisationId", "calendarKey", "firstResponse", "resolution"]
const configPaths = ["departments", "ticket-types", "priorities", "catalog-items", "calendars", "sla-policies", "organizations"]
const validConfig: Record<string, Record<string, unknown>> = {
  departments: { key: "fuzz", name: "Fuzz", workflowKey: "default" },
  "ticket-types": { key: "fuzz", name: "Fuzz", visibility: "requester_only" },
  priorities: { key: "fuzz", name: "Fuzz", rank: 5 },
  "catalog-items": { key: "fuzz", name: "Fuzz", kind: "module", parentKey: "crm" },
  calendars: { key: "fuzz", name: "Fuzz", timeZone: "UTC", hours: [{ day: 1, from: "09:00", to: "17:00" }] },
  "sla-policies": { key: "fuzz", name: "Fuzz", priorityKey: "low", calendarKey: "business-hours" },
  organizations: { key: "fuzz", name: "Fuzz" },
}
const existingKeys: Record<string, string> = { departments: "billing", "ticket-types": "bug", priorities: "low", "catalog-items": "crm", calendars: "business-hours", "sla-policies": "low-sla", organizations: "acme" }

const routes: Route[] = [
  {
    name: "POST /v1/tickets",
    method: "POST",
    path: () => "/v1/tickets",
    body: bodies(["subject", "description", "type", "priority", "department", "catalog", "desiredDueDate", "contact", "requesterId", "attachmentIds"], { subject: "Fuzzed", type: "bug", priority: "high", department: "billing", catalog: { application: "crm", module: "crm-invoices" } }),
    headers: fc.option(fc.string({ maxLength: 250 }), { nil: undefined }).map((key) => (key === undefined ? {} : { "Idempotency-Key": key })),
  },
  { name: "GET /v1/tickets", method: "GET", path: () => "/v1/tickets", query: queries(listKeys) },
  { name: "GET /v1/tickets/counts", method: "GET", path: () => "/v1/tickets/counts", query: queries(listKeys) },
  {
    name: "PATCH /v1/tickets/{id}",
    method: "PATCH",
    path: (t) => `/v1/tickets/${t.bobOwn}`,
    body: bodies(["subject", "description", "catalog", "desiredDueDate", "contact", "type", "priority", "department", "assigneeId", "dueAt", "attachmentIds"], { subject: "Patched", priority: "low" }),
    headers: fc.oneof(fc.constant({}), fc.oneof(fc.string(), fc.constantFrom('"1"', '"2"', "W/\"1\"", "*", "1")).map((v) => ({ "If-Match": v }))),
  },
  { name: "GET /v1/tickets/{fuzzed id}", method: "GET", path: () => "/v1/tickets/", query: fc.constant("") },
  { name: "POST /v1/tickets/{id}/transitions", method: "POST", path: (t) => `/v1/tickets/${t.bobOwn}/transitions`, body: bodies(["event", "comment", "resolution"], { event: "REQUEST_CLARIFICATION", comment: "Why?" }) },
  { name: "POST /v1/tickets/{id}/messages", method: "POST", path: (t) => `/v1/tickets/${t.bobOwn}/messages`, body: bodies(["body", "visibility", "attachmentIds"], { body: "Fuzzed reply", visibility: "internal" }) },
  { name: "GET /v1/tickets/{id}/messages", method: "GET", path: (t) => `/v1/tickets/${t.bobOwn}/messages`, query: queries(["order"]) },
  { name: "POST /v1/auth/login", method: "POST", path: () => "/v1/auth/login", body: bodies(["email", "password", "cookie"], { email: "nobody@demo.test", password: "wrong" }) },
  ...configPaths.flatMap((path): Route[] => [
    { name: `POST /v1/${path}`, method: "POST", path: () => `/v1/${path}`, body: bodies(configKeys, validConfig[path]) },
    { name: `PUT /v1/${path}/{key}`, method: "PUT", path: () => `/v1/${path}/${existingKeys[path]}`, body: bodies(configKeys, validConfig[path]) },
    { name: `PATCH /v1/${path}/{key}`, method: "PATCH", path: () => `/v1/${path}/${existingKeys[path]}`, body: bodies(configKeys) },
  ]),
  { name: "POST /v1/users", method: "POST", path: () => "/v1/users", body: bodies(["email", "name", "kind", "externalId", "organisationId", "organisationKey", "orgRole", "departmentKeys", "locale", "active"], { email: "fuzz@acme.test", name: "Fuzz", kind: "agent", departmentKeys: ["billing"] }) },
  { name: "PATCH /v1/users/{id}", method: "PATCH", path: (_t, w) => `/v1/users/${w.demo.carol.userId}`, body: bodies(["email", "name", "kind", "organisationKey", "orgRole", "departmentKeys", "active"]) },
  { name: "PUT /v1/users/{id}/password", method: "PUT", path: (_t, w) => `/v1/users/${w.demo.carol.userId}/password`, body: bodies(["password", "currentPassword"], { password: "long-enough-password" }) },
  { name: "POST /v1/workflows/validate", method: "POST", path: () => "/v1/workflows/validate", body: fc.oneof(mutatedWorkflow, bodies(["key", "statuses", "transitions"])) },
  { name: "POST /v1/workflows/{key}/versions", method: "POST", path: () => "/v1/workflows/default/versions", body: fc.oneof(mutatedWorkflow, bodies(["key", "statuses", "transitions", "initial"])) },
  { name: "POST /v1/workflows/{key}/migrations", method: "POST", path: () => "/v1/workflows/default/migrations", body: bodies(["fromVersion", "toVersion", "mapping", "dryRun"], { fromVersion: 1, toVersion: 1, mapping: { new: "closed" }, dryRun: true }) },
  { name: "GET /v1/workflows/{key}", method: "GET", path: () => "/v1/workflows/default", query: queries(["version"]) },
]

const actors = fc.constantFrom<Role>("admin", "agent", "bob", "alice")

describe("generated bad input", () => {
  let world: World
  let tickets: MatrixTickets
  beforeAll(async () => {
    world = await buildWorld()
    tickets = await seedMatrix(world)
  })

  for (const route of routes) {
    it(`${route.name}: never a 5xx, and a rejection changes nothing`, async () => {
      let before = await world.fingerprint()
      const fuzzedId = route.name.includes("fuzzed id")
      await fc.assert(
        fc.asyncProperty(actors, route.body ?? fc.constant(undefined), route.query ?? fc.constant(""), route.headers ?? fc.constant({}), fc.string(), async (role, body, query, headers, id) => {
          const token = await world.token(role)
          const raw = typeof body === "object" && body !== null && "__raw" in body ? String((body as { __raw: unknown }).__raw) : undefined
          const path = route.path(tickets, world) + (fuzzedId ? encodeURIComponent(id) : "") + (query === "" ? "" : `?${query}`)
          const response = await world.app.request(path, {
            method: route.method,
            headers: { Authorization: `Bearer ${token}`, ...(route.body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
            body: route.body === undefined ? undefined : (raw ?? JSON.stringify(body)),
          })
          const text = await response.text()
          expect(response.status, `${route.method} ${path} ${text}`).toBeLessThan(500)
          const after = await world.fingerprint()
          if (response.status >= 400) {
            expect(response.headers.get("Content-Type")).toBe("application/problem+json")
            expect(after, `${route.method} ${path} changed the store with ${response.status}`).toBe(before)
          }
          before = after
          // A successful password change or logout must not lock the next runs out.
          if (route.name.startsWith("PUT /v1/users")) await world.authStore.setPasswordHash(world.demo.tenantId, world.demo.carol.userId, "")
        }),
        { numRuns },
      )
    }, 120_000)
  }

  it(`POST /v1/attachments: never a 5xx, and a refused upload keeps no bytes`, async () => {
    await world.engine.updateTenantSettings(world.demo.admin, { attachmentPolicy: { maxFilesPerMessage: 10, maxBytesPerFile: 2_000, allowedTypes: ["image/*", "text/plain"] } })
    const part = fc.record({
      field: fc.oneof(fc.constant("file"), fc.string()),
      filename: fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), tricky),
      bytes: fc.oneof(fc.uint8Array({ maxLength: 3_000 }), fc.string({ maxLength: 2_500 }).map((s) => new TextEncoder().encode(s))),
      type: fc.oneof(fc.constant("image/svg+xml"), fc.constant("text/html"), fc.string()),
    })
    const raw = fc.record({ contentType: fc.oneof(fc.constant("multipart/form-data; boundary=x"), fc.string()), body: fc.string() })
    await fc.assert(
      fc.asyncProperty(actors, fc.oneof(part, raw), async (role, upload) => {
        const before = await world.fingerprint()
        const token = await world.token(role)
        let init: RequestInit
        if ("field" in upload) {
          const form = new FormData()
          form.append(upload.field, new Blob([upload.bytes], { type: upload.type.replace(/[\r\n]/g, "") }), upload.filename)
          init = { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form }
        } else {
          init = { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": upload.contentType.replace(/[\r\n]/g, "") }, body: upload.body }
        }
        const response = await world.app.request("/v1/attachments", init)
        const text = await response.text()
        expect(response.status, text).toBeLessThan(500)
        if (response.status >= 400) {
          expect(await world.fingerprint()).toBe(before)
        } else {
          const meta = JSON.parse(text) as { id: string; size: number; contentType: string }
          expect(meta.size).toBeLessThanOrEqual(2_000)
          expect(meta.contentType === "text/plain" || meta.contentType.startsWith("image/")).toBe(true)
          expect(await world.attachments.get(world.demo.tenantId, meta.id)).not.toBeNull()
        }
      }),
      { numRuns },
    )
  }, 120_000)
})
