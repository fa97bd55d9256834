import { defaultWorkflow } from "@ticketflow/core"
import { beforeEach, describe, expect, it } from "vitest"
import { buildWorld, demoPassword, type World } from "../testing/world.ts"

const json = async <T = Record<string, unknown>>(response: Response): Promise<T> => (await response.json()) as T
const slug = async (response: Response) => ((await response.json()) as { type: string }).type.split("/").pop()

/** A new entity of each resource, and a change to make to it. */
const samples: Record<string, { create: Record<string, unknown>; patch: Record<string, unknown>; existing: string }> = {
  departments: { create: { key: "sales", name: "Sales" }, patch: { name: "Sales team", email: "sales@demo.test" }, existing: "billing" },
  "ticket-types": { create: { key: "incident", name: "Incident" }, patch: { visibility: "requester_only" }, existing: "bug" },
  priorities: { create: { key: "blocker", name: "Blocker", rank: 50, color: "#000000" }, patch: { rank: 60 }, existing: "low" },
  "catalog-items": { create: { key: "crm-reports", name: "Reports", kind: "module", parentKey: "crm" }, patch: { active: false }, existing: "portal" },
  calendars: { create: { key: "weekends", name: "Weekends", timeZone: "UTC", hours: [{ day: 6, from: "10:00", to: "14:00" }] }, patch: { holidays: ["2026-12-31"] }, existing: "business-hours" },
  "sla-policies": { create: { key: "blocker-sla", name: "Blocker", priorityKey: "urgent", firstResponse: "PT30M" }, patch: { resolution: "PT4H" }, existing: "low-sla" },
  organizations: { create: { key: "initech", name: "Initech" }, patch: { name: "Initech Ltd" }, existing: "globex" },
}

describe("configuration routes", () => {
  let world: World
  beforeEach(async () => {
    world = await buildWorld()
  })

  for (const [path, sample] of Object.entries(samples)) {
    it(`${path}: create, read, patch, replace, delete (admins), read (the team)`, async () => {
      const base = `/v1/${path}`
      const created = await world.call("admin", "POST", base, sample.create)
      expect(created.status).toBe(201)
      expect(created.headers.get("Location")).toBe(`${base}/${sample.create.key}`)
      expect(await json(created)).toMatchObject(sample.create)
      const duplicate = await world.call("admin", "POST", base, sample.create)
      expect(duplicate.status).toBe(409)
      expect(await slug(duplicate)).toBe("duplicate-key")
      const list = await json<Array<{ key: string }>>(await world.call("agent", "GET", base))
      expect(list.map((e) => e.key)).toContain(sample.create.key)
      const one = await world.call("agent", "GET", `${base}/${sample.create.key}`)
      expect(one.status).toBe(200)
      const patched = await world.call("admin", "PATCH", `${base}/${sample.create.key}`, sample.patch)
      expect(patched.status).toBe(200)
      expect(await json(patched)).toMatchObject({ ...sample.create, ...sample.patch })
      const { key: _key, ...whole } = sample.create
      const replaced = await world.call("admin", "PUT", `${base}/${sample.create.key}`, whole)
      expect(replaced.status).toBe(200)
      expect(await json(replaced)).toMatchObject(sample.create)
      expect((await world.call("agent", "PATCH", `${base}/${sample.existing}`, sample.patch)).status).toBe(403)
      expect((await world.call("agent", "DELETE", `${base}/${sample.create.key}`)).status).toBe(403)
      expect((await world.call("admin", "DELETE", `${base}/${sample.create.key}`)).status).toBe(204)
      expect((await world.call("admin", "GET", `${base}/${sample.create.key}`)).status).toBe(404)
      expect((await world.call("admin", "DELETE", `${base}/${sample.create.key}`)).status).toBe(404)
      expect((await world.call("admin", "PATCH", `${base}/${sample.create.key}`, sample.patch)).status).toBe(404)
    })
  }

  it("refuses invalid configuration with 422, by schema or by reference", async () => {
    expect((await world.call("admin", "POST", "/v1/priorities", { key: "Bad Key", name: "x", rank: 1 })).status).toBe(422)
    expect((await world.call("admin", "POST", "/v1/calendars", { key: "c", name: "c", timeZone: "Mars/Olympus", hours: [{ day: 1, from: "10:00", to: "09:00" }] })).status).toBe(422)
    expect((await world.call("admin", "POST", "/v1/sla-policies", { key: "s", name: "s", priorityKey: "nope" })).status).toBe(422)
    expect((await world.call("admin", "POST", "/v1/catalog-items", { key: "orphan", name: "o", kind: "module", parentKey: "nope" })).status).toBe(422)
  })

  it("lets customers read what the ticket form needs, and nothing else", async () => {
    for (const path of ["departments", "ticket-types", "priorities", "catalog-items"]) expect((await world.call("bob", "GET", `/v1/${path}`)).status, path).toBe(200)
    for (const path of ["calendars", "sla-policies", "organizations"]) expect((await world.call("bob", "GET", `/v1/${path}`)).status, path).toBe(403)
  })
})

describe("user routes", () => {
  let world: World
  beforeEach(async () => {
    world = await buildWorld()
  })

  it("creates, reads, patches and deactivates users (admins); the team reads them", async () => {
    const created = await world.call("admin", "POST", "/v1/users", { email: "dana@acme.test", name: "Dana", kind: "customer", organisationKey: "acme" })
    expect(created.status).toBe(201)
    const dana = await json<{ id: string; organisationId: string; orgRole: string }>(created)
    expect(dana.orgRole).toBe("member")
    expect((await world.call("admin", "POST", "/v1/users", { email: "dana@acme.test", name: "Dana 2", kind: "customer" })).status).toBe(409)
    expect((await world.call("agent", "POST", "/v1/users", { email: "eve@acme.test", name: "Eve", kind: "customer" })).status).toBe(403)
    const users = await json<Array<{ email: string }>>(await world.call("agent", "GET", "/v1/users"))
    expect(users.map((u) => u.email)).toContain("dana@acme.test")
    expect((await world.call("bob", "GET", "/v1/users")).status).toBe(403)
    expect((await world.call("agent", "GET", `/v1/users/${dana.id}`)).status).toBe(200)
    expect((await world.call("bob", "GET", `/v1/users/${dana.id}`)).status).toBe(403)
    expect(await json(await world.call("bob", "GET", `/v1/users/${world.demo.bob.userId}`))).toMatchObject({ email: "bob@acme.test" })
    const promoted = await world.call("admin", "PATCH", `/v1/users/${dana.id}`, { orgRole: "support_admin" })
    expect(await json(promoted)).toMatchObject({ id: dana.id, orgRole: "support_admin", email: "dana@acme.test" })
    const agent = await world.call("admin", "PATCH", `/v1/users/${world.demo.billing.userId}`, { departmentKeys: ["billing", "technical-support"] })
    expect(agent.status).toBe(200)
    const me = await json<{ departmentKeys: string[] }>(await world.call("billing", "GET", "/v1/auth/me"))
    expect(me.departmentKeys.sort()).toEqual(["billing", "technical-support"])
    expect((await world.call("admin", "PATCH", `/v1/users/${dana.id}`, { email: "bob@acme.test" })).status).toBe(409)
    expect((await world.call("admin", "PATCH", "/v1/users/nobody", { name: "x" })).status).toBe(404)
    expect((await world.call("admin", "PATCH", `/v1/users/${world.demo.bob.userId}`, { active: false })).status).toBe(200)
    expect((await world.call("bob", "GET", "/v1/auth/me")).status).toBe(401)
  })

  it("sets passwords: admins anyone's, users their own with the current one", async () => {
    const login = (email: string, password: string) =>
      world.app.request("/v1/auth/login", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) })
    expect((await world.call("admin", "PUT", `/v1/users/${world.demo.carol.userId}/password`, { password: "carol-new-password" })).status).toBe(204)
    expect((await login("carol@globex.test", "carol-new-password")).status).toBe(200)
    expect((await world.call("bob", "PUT", `/v1/users/${world.demo.carol.userId}/password`, { password: "hijacked-password" })).status).toBe(403)
    expect((await world.call("bob", "PUT", `/v1/users/${world.demo.bob.userId}/password`, { password: "bob-new-password", currentPassword: "wrong" })).status).toBe(401)
    expect((await world.call("bob", "PUT", `/v1/users/${world.demo.bob.userId}/password`, { password: "bob-new-password", currentPassword: demoPassword })).status).toBe(204)
    expect((await login("bob@acme.test", "bob-new-password")).status).toBe(200)
    expect((await world.call("admin", "PUT", `/v1/users/${world.demo.bob.userId}/password`, { password: "short" })).status).toBe(422)
  })
})

describe("workflow routes", () => {
  let world: World
  beforeEach(async () => {
    world = await buildWorld()
  })
  const withQaReview = () => ({
    ...defaultWorkflow,
    statuses: [...defaultWorkflow.statuses, { key: "qa_review", category: "open", name: "QA review", labels: {}, color: "#722ed1" }],
    transitions: [
      ...defaultWorkflow.transitions,
      { event: "SEND_TO_QA", from: ["in_progress"], to: "qa_review", actors: ["agent"], comment: "none", assignActor: false, labels: {} },
      { event: "QA_PASSED", from: ["qa_review"], to: "awaiting_acceptance", actors: ["agent"], comment: "none", assignActor: false, labels: {} },
    ],
  })

  it("lists and gets workflows (the team), by version", async () => {
    const list = await json<Array<{ key: string; version: number }>>(await world.call("agent", "GET", "/v1/workflows"))
    expect(list.map((w) => w.key)).toEqual(["default"])
    expect(await json(await world.call("agent", "GET", "/v1/workflows/default?version=1"))).toMatchObject({ key: "default", version: 1 })
    expect((await world.call("agent", "GET", "/v1/workflows/default?version=9")).status).toBe(404)
    expect((await world.call("agent", "GET", "/v1/workflows/default?version=zero")).status).toBe(422)
    expect((await world.call("agent", "GET", "/v1/workflows/nope")).status).toBe(404)
  })

  it("shows customers the same requester-side view of a workflow in the list and by key", async () => {
    type Shown = { key: string; statuses: unknown[]; transitions: Array<{ actors: string[] }>; triggers: unknown[]; timers: unknown[] }
    const [listed] = await json<Shown[]>(await world.call("bob", "GET", "/v1/workflows"))
    const byKey = await json<Shown>(await world.call("bob", "GET", "/v1/workflows/default"))
    expect(listed).toEqual(byKey)
    expect(byKey.statuses).toEqual(defaultWorkflow.statuses)
    expect(byKey.transitions.length).toBeGreaterThan(0)
    expect(byKey.transitions.every((t) => t.actors.includes("requester_side"))).toBe(true)
    expect(byKey).toMatchObject({ triggers: [], timers: [] })
    const team = await json<Shown>(await world.call("agent", "GET", "/v1/workflows/default"))
    expect(team.transitions.length).toBe(defaultWorkflow.transitions.length)
  })

  it("validates without publishing, reporting every problem with its path", async () => {
    const ok = await json<{ ok: boolean; problems: unknown[] }>(await world.call("agent", "POST", "/v1/workflows/validate", withQaReview()))
    expect(ok).toMatchObject({ ok: true, problems: [] })
    const broken = { ...defaultWorkflow, statuses: [...defaultWorkflow.statuses, { key: "limbo", category: "open", name: "Limbo" }] }
    const verdict = await json<{ ok: boolean; problems: Array<{ code: string; path: unknown[] }> }>(await world.call("agent", "POST", "/v1/workflows/validate", broken))
    expect(verdict.ok).toBe(false)
    expect(verdict.problems.map((p) => p.code)).toContain("unreachable_status")
    const shape = await json<{ ok: boolean; problems: Array<{ code: string }> }>(await world.call("agent", "POST", "/v1/workflows/validate", { key: 42 }))
    expect(shape.ok).toBe(false)
    expect((await world.call("bob", "POST", "/v1/workflows/validate", withQaReview())).status).toBe(403)
  })

  it("publishes a version (admins) and migrates tickets, previewing with dryRun", async () => {
    const ticket = await json<{ id: string; number: number }>(await world.call("bob", "POST", "/v1/tickets", { subject: "Migrate me", department: "technical-support" }))
    await world.call("agent", "POST", `/v1/tickets/${ticket.id}/transitions`, { event: "START" })
    expect((await world.call("agent", "POST", "/v1/workflows/default/versions", withQaReview())).status).toBe(403)
    const published = await world.call("admin", "POST", "/v1/workflows/default/versions", withQaReview())
    expect(published.status).toBe(201)
    expect(await json(published)).toMatchObject({ key: "default", version: 2 })
    const invalid = await world.call("admin", "POST", "/v1/workflows/default/versions", { ...defaultWorkflow, initial: "closed" })
    expect(invalid.status).toBe(422)
    expect(await slug(invalid)).toBe("invalid-workflow")
    const preview = await world.call("admin", "POST", "/v1/workflows/default/migrations", { fromVersion: 1, toVersion: 2, dryRun: true })
    expect(await json(preview)).toEqual({ moves: [{ ticketId: ticket.id, number: ticket.number, from: "in_progress", to: "in_progress" }], applied: false })
    expect((await json<{ workflowVersion: number }>(await world.call("admin", "GET", `/v1/tickets/${ticket.id}`))).workflowVersion).toBe(1)
    const applied = await json<{ applied: boolean }>(await world.call("admin", "POST", "/v1/workflows/default/migrations", { fromVersion: 1, toVersion: 2, mapping: { in_progress: "qa_review" } }))
    expect(applied.applied).toBe(true)
    expect(await json(await world.call("admin", "GET", `/v1/tickets/${ticket.id}`))).toMatchObject({ workflowVersion: 2, status: "qa_review" })
    expect((await world.call("agent", "POST", "/v1/workflows/default/migrations", { fromVersion: 1, dryRun: true })).status).toBe(403)
  })
})
