import { Conflict } from "../../errors.ts"
import { configKinds, type ConfigKind } from "../../ports/ticket-store.ts"
import { sampleConfig, seedTenant } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea, type ContractTest } from "./area.ts"
import { byKey } from "./support.ts"

/** Configuration entities of every kind, by key and per tenant. */
export const configTests = contractArea("config", "configuration", (store) => {
  const perKind = (kind: ConfigKind): ContractTest => async () => {
    const { tenant } = await seedTenant(store())
    const [first, second] = sampleConfig(tenant.id)[kind]
    expect(await store().listConfig(tenant.id, kind)).toEqual([])
    await store().putConfig(tenant.id, kind, first)
    await store().putConfig(tenant.id, kind, second)
    expect(await store().getConfig(tenant.id, kind, first.key)).toEqual(first)
    expect(await store().getConfig(tenant.id, kind, second.key)).toEqual(second)
    expect(await store().getConfig(tenant.id, kind, "missing")).toBeNull()
    expect(byKey(await store().listConfig(tenant.id, kind))).toEqual(byKey([first, second]))

    const replaced = { ...first, name: `${first.name} (renamed)`, labels: { vi: "Đã đổi tên" } }
    await store().putConfig(tenant.id, kind, replaced)
    expect(await store().getConfig(tenant.id, kind, first.key)).toEqual(replaced)
    expect(byKey(await store().listConfig(tenant.id, kind))).toEqual(byKey([replaced, second]))

    expect(await store().deleteConfig(tenant.id, kind, first.key)).toBe(true)
    expect(await store().getConfig(tenant.id, kind, first.key)).toBeNull()
    expect(await store().listConfig(tenant.id, kind)).toEqual([second])
    expect(await store().deleteConfig(tenant.id, kind, first.key)).toBe(false)
  }
  // One test per kind, titled by it.
  const everyKind = Object.fromEntries(
    configKinds.map((kind) => [`stores ${kind} entities by key: put, get, list, replace, delete`, perKind(kind)]),
  ) as Record<`stores ${ConfigKind} entities by key: put, get, list, replace, delete`, ContractTest>

  return {
    ...everyKind,

    "creates with create: true only where the key is free; a taken key is Conflict and keeps the first": async () => {
      const { tenant } = await seedTenant(store())
      const samples = sampleConfig(tenant.id)
      for (const kind of configKinds) {
        const [first, second] = samples[kind]
        await store().putConfig(tenant.id, kind, first, { create: true })
        const again = { ...second, key: first.key, ...(kind === "organisation" ? { id: (second as { id: string }).id } : {}) }
        const refusal = await store().putConfig(tenant.id, kind, again, { create: true }).then(() => null, (error: unknown) => error)
        expect(refusal).toBeInstanceOf(Conflict)
        expect((refusal as Conflict).reason).toBe("duplicate_key")
        expect(await store().getConfig(tenant.id, kind, first.key)).toEqual(first)
      }
    },

    "keeps each kind's keys apart from the other kinds'": async () => {
      const { tenant } = await seedTenant(store())
      const samples = sampleConfig(tenant.id)
      const [department] = samples.department
      const [type] = samples.ticketType
      await store().putConfig(tenant.id, "department", { ...department, key: "billing" })
      await store().putConfig(tenant.id, "ticketType", { ...type, key: "billing" })
      expect(await store().getConfig(tenant.id, "department", "billing")).toEqual({ ...department, key: "billing" })
      expect(await store().getConfig(tenant.id, "ticketType", "billing")).toEqual({ ...type, key: "billing" })
      expect(await store().deleteConfig(tenant.id, "ticketType", "billing")).toBe(true)
      expect(await store().getConfig(tenant.id, "department", "billing")).not.toBeNull()
    },

    "keeps every kind's entities apart between tenants sharing a key": async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      const inA = sampleConfig(a.tenant.id)
      const inB = sampleConfig(b.tenant.id)
      for (const kind of configKinds) {
        const [entityA] = inA[kind]
        const [entityB] = inB[kind]
        const forB = { ...entityB, key: entityA.key, name: `${entityA.name} of B` }
        await store().putConfig(a.tenant.id, kind, entityA)
        await store().putConfig(b.tenant.id, kind, forB)
        expect(await store().getConfig(a.tenant.id, kind, entityA.key)).toEqual(entityA)
        expect(await store().getConfig(b.tenant.id, kind, entityA.key)).toEqual(forB)
        expect(await store().deleteConfig(a.tenant.id, kind, entityA.key)).toBe(true)
        expect(await store().listConfig(a.tenant.id, kind)).toEqual([])
        expect(await store().listConfig(b.tenant.id, kind)).toEqual([forB])
      }
    },
  }
})
