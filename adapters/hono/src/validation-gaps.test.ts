import { beforeEach, describe, expect, it } from "vitest"
import { buildWorld, type World } from "./testing/world.ts"

/**
 * References a configuration entity or a user makes must exist in the same tenant; a module comes
 * with its application; the team files tickets for customers only. Each refusal is a 422
 * `validation-failed` naming the field, and writes nothing.
 */
describe("validation the schemas cannot do", () => {
  let world: World
  beforeEach(async () => {
    world = await buildWorld()
  })

  const refused = async (response: Response, field: string) => {
    expect(response.status).toBe(422)
    expect(response.headers.get("Content-Type")).toBe("application/problem+json")
    const problem = (await response.json()) as { type: string; errors: Array<{ path: Array<string | number> }> }
    expect(problem.type).toMatch(/validation-failed$/)
    expect(problem.errors.map((error) => error.path.join("."))).toEqual([field])
  }

  const organisationIdOf = async (tenant: "demo" | "other", key: string) => {
    const actor = tenant === "demo" ? world.demo.admin : world.other.admin
    const organisations = await world.engine.listConfig(actor, "organisation")
    return organisations.find((organisation) => organisation.key === key)?.id ?? ""
  }

  it("refuses unknown and other-tenant ids in configuration and users, writing nothing", async () => {
    const before = await world.fingerprint()
    const foreignOrganisation = await organisationIdOf("other", "acme")
    const foreignAgent = world.other.agent.userId
    await refused(await world.call("admin", "POST", "/v1/departments", { key: "sales", name: "Sales", memberIds: ["6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01"] }), "memberIds.0")
    await refused(await world.call("admin", "POST", "/v1/departments", { key: "sales", name: "Sales", memberIds: [world.demo.agent.userId, foreignAgent] }), "memberIds.1")
    await refused(await world.call("admin", "PATCH", "/v1/departments/billing", { memberIds: [world.demo.bob.userId] }), "memberIds.0")
    await refused(await world.call("admin", "POST", "/v1/sla-policies", { key: "acme-low", name: "Acme", priorityKey: "low", organisationId: foreignOrganisation }), "organisationId")
    await refused(await world.call("admin", "POST", "/v1/sla-policies", { key: "acme-low", name: "Acme", priorityKey: "low", typeKey: "nope" }), "typeKey")
    await refused(await world.call("admin", "POST", "/v1/sla-policies", { key: "acme-low", name: "Acme", priorityKey: "low", departmentKey: "nope" }), "departmentKey")
    await refused(await world.call("admin", "POST", "/v1/catalog-items", { key: "erp", name: "ERP", kind: "application", organisationIds: [foreignOrganisation] }), "organisationIds.0")
    await refused(await world.call("admin", "POST", "/v1/users", { email: "dana@acme.test", name: "Dana", kind: "customer", organisationId: foreignOrganisation }), "organisationId")
    await refused(await world.call("admin", "PATCH", `/v1/users/${world.demo.carol.userId}`, { organisationId: "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01" }), "organisationId")
    expect(await world.fingerprint()).toBe(before)
  })

  it("accepts references that exist in the tenant", async () => {
    const acme = await organisationIdOf("demo", "acme")
    expect((await world.call("admin", "POST", "/v1/departments", { key: "sales", name: "Sales", memberIds: [world.demo.agent.userId] })).status).toBe(201)
    expect((await world.call("admin", "POST", "/v1/sla-policies", { key: "acme-low", name: "Acme", priorityKey: "low", organisationId: acme, typeKey: "bug", departmentKey: "billing" })).status).toBe(201)
    expect((await world.call("admin", "POST", "/v1/users", { email: "dana@acme.test", name: "Dana", kind: "customer", organisationId: acme })).status).toBe(201)
  })

  it("refuses a module without its application", async () => {
    const before = await world.fingerprint()
    await refused(await world.call("bob", "POST", "/v1/tickets", { subject: "Module only", catalog: { module: "crm-invoices" } }), "catalog.module")
    expect(await world.fingerprint()).toBe(before)
    expect((await world.call("bob", "POST", "/v1/tickets", { subject: "Both", catalog: { application: "crm", module: "crm-invoices" } })).status).toBe(201)
  })

  it("lets the team file tickets for customers only", async () => {
    const before = await world.fingerprint()
    await refused(await world.call("agent", "POST", "/v1/tickets", { subject: "For the admin", requesterId: world.demo.admin.userId }), "requesterId")
    await refused(await world.call("agent", "POST", "/v1/tickets", { subject: "For a colleague", requesterId: world.demo.billing.userId }), "requesterId")
    expect(await world.fingerprint()).toBe(before)
    const created = await world.call("agent", "POST", "/v1/tickets", { subject: "For Bob", requesterId: world.demo.bob.userId })
    expect(created.status).toBe(201)
    expect(((await created.json()) as { requesterId: string }).requesterId).toBe(world.demo.bob.userId)
  })
})
