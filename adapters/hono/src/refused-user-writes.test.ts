import { describe, expect, it } from "vitest"
import { buildWorld } from "./testing/world.ts"

/**
 * The cause of the hostile-input property's intermittent "changed the users table" failure: the
 * engine's `writeUser` (core/src/engine/commands/users.ts) stores the user before it checks
 * `departmentKeys`, so a create or change naming an unknown department is refused with 422 after
 * the user was written. The property finds it only when such a request comes before any accepted
 * write of the same route (which makes the repeat a 409 or a no-op), hence a few runs in a hundred.
 *
 * `it.fails` while the engine keeps that order: when `writeUser` checks the departments before
 * `putUser` (the fix is in the engine, outside this adapter), this fails: make it `it`.
 */
describe("a user write refused for an unknown department", () => {
  it.fails("changes nothing, on create and on change", async () => {
    const world = await buildWorld()
    const before = await world.fingerprint()
    const created = await world.call("admin", "POST", "/v1/users", { email: "new@acme.test", name: "New", kind: "customer", organisationKey: "acme", departmentKeys: ["no-such-department"] })
    expect(created.status).toBe(422)
    const changed = await world.call("admin", "PATCH", `/v1/users/${world.demo.carol.userId}`, { name: "Caroline", departmentKeys: ["no-such-department"] })
    expect(changed.status).toBe(422)
    expect(await world.fingerprint()).toBe(before)
  })
})
