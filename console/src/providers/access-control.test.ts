import { describe, expect, it } from "vitest"
import { can, createAccessControlProvider, mayEditField } from "./access-control.ts"
import { roleOf, type ConsoleRole } from "./session.ts"

const roles: ReadonlyArray<ConsoleRole> = ["customer", "customer_admin", "agent", "admin"]
const allowedFor = (resource: string, action = "list", params?: Record<string, unknown>) =>
  roles.filter((role) => can(role, { resource, action, ...(params === undefined ? {} : { params }) }).can)

describe("access control", () => {
  it("derives the console role from the user", () => {
    expect(roleOf({ kind: "customer", orgRole: "member" })).toBe("customer")
    expect(roleOf({ kind: "customer", orgRole: "support_admin" })).toBe("customer_admin")
    expect(roleOf({ kind: "customer", orgRole: null })).toBe("customer")
    expect(roleOf({ kind: "agent", orgRole: null })).toBe("agent")
    expect(roleOf({ kind: "admin", orgRole: null })).toBe("admin")
  })

  it("shows menus by role", () => {
    expect(allowedFor("my-requests")).toEqual(["customer", "customer_admin"])
    expect(allowedFor("organization-requests")).toEqual(["customer_admin"])
    expect(allowedFor("queue")).toEqual(["agent", "admin"])
    expect(allowedFor("my-tickets")).toEqual(["agent", "admin"])
    for (const resource of ["departments", "ticket-types", "priorities", "catalog-items", "calendars", "sla-policies", "organizations", "users", "workflows"]) {
      expect(allowedFor(resource)).toEqual(["admin"])
      expect(allowedFor(resource, "create")).toEqual(["admin"])
    }
  })

  it("denies everything to nobody", () => {
    expect(can(null, { resource: "tickets", action: "list" })).toMatchObject({ can: false })
  })

  it("offers only the transitions the API allows now", () => {
    const allowed = [{ event: "ACCEPT" }, { event: "REQUEST_REWORK" }]
    expect(allowedFor("transitions", "fire", { event: "ACCEPT", allowed })).toEqual(roles)
    expect(allowedFor("transitions", "fire", { event: "CLOSE", allowed })).toEqual([])
    expect(allowedFor("transitions", "fire", { event: "START", allowed: ["START"] })).toEqual(roles)
    expect(allowedFor("transitions", "fire", { event: "START" })).toEqual([])
  })

  it("keeps internal notes and assignment for the team", () => {
    expect(allowedFor("messages", "internal")).toEqual(["agent", "admin"])
    expect(allowedFor("messages", "create")).toEqual(roles)
    expect(allowedFor("tickets", "assign")).toEqual(["agent", "admin"])
    expect(allowedFor("tickets", "delete")).toEqual([])
  })

  it("lets anyone edit exactly the fields the API's editableFields names, whatever the ticket's state", () => {
    const requester = { editableFields: ["subject", "description"], descriptionLocked: false, statusCategory: "new" }
    const none = { editableFields: [], descriptionLocked: false, statusCategory: "new" }
    // A closed ticket the API still lets this actor (an admin) change: the console does not second-guess it.
    const closedButEditable = { editableFields: ["priority" as const], descriptionLocked: true, statusCategory: "closed" }
    expect(allowedFor("tickets", "edit", { ticket: requester })).toEqual(roles)
    expect(allowedFor("tickets", "edit", { ticket: requester, field: "subject" })).toEqual(roles)
    expect(allowedFor("tickets", "edit", { ticket: requester, field: "priority" })).toEqual([])
    expect(allowedFor("tickets", "edit", { ticket: none })).toEqual([])
    expect(allowedFor("tickets", "edit", { ticket: closedButEditable, field: "priority" })).toEqual(roles)
    expect(mayEditField(closedButEditable, "priority")).toBe(true)
    expect(mayEditField(closedButEditable, "subject")).toBe(false)
  })

  it("asks the current role on every check", async () => {
    let role: ConsoleRole | null = "customer"
    const provider = createAccessControlProvider(async () => role)
    expect(await provider.can({ resource: "queue", action: "list" })).toMatchObject({ can: false })
    role = "agent"
    expect(await provider.can({ resource: "queue", action: "list" })).toEqual({ can: true })
    expect(provider.options?.buttons).toEqual({ enableAccessControl: true, hideIfUnauthorized: true })
  })
})
