import { Conflict } from "../../errors.ts"
import { makeTenant, makeUser, sampleConfig, seedTenant } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"
import { byId, rejectsWith } from "./support.ts"

/** Users: lookups by email and external id, their uniqueness per tenant, and loading an actor. */
export const userTests = contractArea("users", "users", (store) => ({
  "puts, gets and lists the users of one tenant": async () => {
    const a = makeTenant()
    const b = makeTenant()
    await store().putTenant(a)
    await store().putTenant(b)
    const ada = makeUser(a.id, { kind: "admin", externalId: "host-1", locale: "it", active: false })
    const bo = makeUser(a.id, { organisationId: null, orgRole: null })
    const other = makeUser(b.id)
    for (const user of [ada, bo, other]) await store().putUser(user)
    expect(await store().getUser(a.id, ada.id)).toEqual(ada)
    expect(byId(await store().listUsers(a.id))).toEqual(byId([ada, bo]))
    expect(await store().getUser(b.id, ada.id)).toBeNull()
    expect(await store().getUser(a.id, other.id)).toBeNull()
  },

  "finds a user by email ignoring case, and by external id": async () => {
    const { tenant } = await seedTenant(store())
    const user = makeUser(tenant.id, { email: "Alice.Smith@Acme.test", externalId: "auth0|alice" })
    await store().putUser(user)
    expect(await store().findUser(tenant.id, { email: "alice.smith@acme.TEST" })).toEqual(user)
    expect(await store().findUser(tenant.id, { externalId: "auth0|alice" })).toEqual(user)
    expect(await store().findUser(tenant.id, { email: "nobody@acme.test" })).toBeNull()
    expect(await store().findUser(tenant.id, { externalId: "auth0|nobody" })).toBeNull()
    const other = makeTenant()
    await store().putTenant(other)
    expect(await store().findUser(other.id, { email: "alice.smith@acme.test" })).toBeNull()
  },

  "replaces a user by id, freeing their old email and external id": async () => {
    const { tenant } = await seedTenant(store())
    const user = makeUser(tenant.id, { email: "old@acme.test", externalId: "old" })
    await store().putUser(user)
    const moved = { ...user, email: "new@acme.test", externalId: "new", name: "Renamed" }
    await store().putUser(moved)
    expect(await store().getUser(tenant.id, user.id)).toEqual(moved)
    expect(await store().findUser(tenant.id, { email: "old@acme.test" })).toBeNull()
    const successor = makeUser(tenant.id, { email: "old@acme.test", externalId: "old" })
    await store().putUser(successor)
    expect(await store().findUser(tenant.id, { externalId: "old" })).toEqual(successor)
  },

  "refuses an email another user of the tenant has, in any case, with Conflict duplicate_key": async () => {
    const { tenant } = await seedTenant(store())
    await store().putUser(makeUser(tenant.id, { email: "bob@acme.test" }))
    const copycat = makeUser(tenant.id, { email: "BOB@acme.test" })
    await rejectsWith(store().putUser(copycat), Conflict, { _tag: "Conflict", reason: "duplicate_key" })
    expect(await store().getUser(tenant.id, copycat.id)).toBeNull()
  },

  "refuses an external id another user has; users without one never conflict": async () => {
    const { tenant } = await seedTenant(store())
    await store().putUser(makeUser(tenant.id, { externalId: "host-7" }))
    const copycat = makeUser(tenant.id, { externalId: "host-7" })
    await rejectsWith(store().putUser(copycat), Conflict, { _tag: "Conflict", reason: "duplicate_key" })
    expect(await store().getUser(tenant.id, copycat.id)).toBeNull()
    await store().putUser(makeUser(tenant.id, { externalId: null }))
    await store().putUser(makeUser(tenant.id, { externalId: null }))
    expect((await store().listUsers(tenant.id)).filter((u) => u.externalId === null)).toHaveLength(4)
  },

  "lets two tenants have users with the same email and external id": async () => {
    const a = await seedTenant(store())
    const b = await seedTenant(store())
    const inA = makeUser(a.tenant.id, { email: "same@example.test", externalId: "same" })
    const inB = makeUser(b.tenant.id, { email: "same@example.test", externalId: "same" })
    await store().putUser(inA)
    await store().putUser(inB)
    expect(await store().findUser(a.tenant.id, { email: "same@example.test" })).toEqual(inA)
    expect(await store().findUser(b.tenant.id, { externalId: "same" })).toEqual(inB)
  },

  "loads an actor with the keys of the departments whose members include them, as they are now": async () => {
    const { tenant, agent, customer } = await seedTenant(store())
    const [tech, billing] = sampleConfig(tenant.id).department
    await store().putConfig(tenant.id, "department", { ...tech, memberIds: [agent.id] })
    await store().putConfig(tenant.id, "department", { ...billing, memberIds: [customer.id, agent.id] })
    await store().putConfig(tenant.id, "department", { ...billing, key: "sales", name: "Sales", memberIds: [customer.id] })
    const actor = await store().loadActor(tenant.id, agent.id)
    expect(actor?.user).toEqual(agent)
    // The tenant comes with the actor: every command needs both, in one read.
    expect(actor?.tenant).toEqual(tenant)
    expect([...(actor?.departmentKeys ?? [])].sort()).toEqual(["billing", "technical-support"])
    await store().putConfig(tenant.id, "department", { ...tech, memberIds: [] })
    expect((await store().loadActor(tenant.id, agent.id))?.departmentKeys).toEqual(["billing"])
    const loner = makeUser(tenant.id)
    await store().putUser(loner)
    expect(await store().loadActor(tenant.id, loner.id)).toEqual({ user: loner, departmentKeys: [], tenant })
  },

  "loads no actor for an unknown user or another tenant's user": async () => {
    const a = await seedTenant(store())
    const b = await seedTenant(store())
    expect(await store().loadActor(a.tenant.id, makeUser(a.tenant.id).id)).toBeNull()
    expect(await store().loadActor(a.tenant.id, b.agent.id)).toBeNull()
  },
}))
