import { Conflict } from "../../errors.ts"
import { defaultWorkflow } from "../../workflow/default-workflow.ts"
import { makeTenant, seedTenant } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"
import { byKey, rejectsWith } from "./support.ts"

/** Workflows by key and version, per tenant. */
export const workflowTests = contractArea("workflows", "workflows", (store) => {
  const custom = (version: number) => ({ ...defaultWorkflow, key: "custom", version, name: `Custom v${version}` })

  return {
    "gets a workflow's latest version, or the version asked for": async () => {
      const { tenant } = await seedTenant(store())
      // Versions arrive out of order: "latest" is the highest version, not the last written.
      for (const version of [1, 3, 2]) await store().putWorkflow(tenant.id, custom(version))
      expect(await store().getWorkflow(tenant.id, "custom")).toEqual(custom(3))
      expect(await store().getWorkflow(tenant.id, "custom", 1)).toEqual(custom(1))
      expect(await store().getWorkflow(tenant.id, "custom", 2)).toEqual(custom(2))
      expect(await store().getWorkflow(tenant.id, "custom", 4)).toBeNull()
      expect(await store().getWorkflow(tenant.id, "missing")).toBeNull()
      expect(await store().getWorkflow(tenant.id, "default")).toEqual(defaultWorkflow)
    },

    "lists the latest version of every workflow": async () => {
      const { tenant } = await seedTenant(store())
      await store().putWorkflow(tenant.id, custom(1))
      await store().putWorkflow(tenant.id, custom(2))
      expect(byKey(await store().listWorkflows(tenant.id))).toEqual(byKey([defaultWorkflow, custom(2)]))
    },

    "refuses an existing (key, version) with Conflict duplicate_key and keeps the first": async () => {
      const { tenant } = await seedTenant(store())
      await store().putWorkflow(tenant.id, custom(1))
      await rejectsWith(store().putWorkflow(tenant.id, { ...custom(1), name: "Impostor" }), Conflict, {
        _tag: "Conflict",
        reason: "duplicate_key",
      })
      expect(await store().getWorkflow(tenant.id, "custom", 1)).toEqual(custom(1))
    },

    "keeps workflows apart between tenants": async () => {
      const a = await seedTenant(store())
      const b = await seedTenant(store())
      await store().putWorkflow(a.tenant.id, custom(1))
      await store().putWorkflow(b.tenant.id, { ...custom(1), name: "Custom of B" })
      expect(await store().getWorkflow(a.tenant.id, "custom")).toEqual(custom(1))
      expect((await store().getWorkflow(b.tenant.id, "custom"))?.name).toBe("Custom of B")
      expect(await store().getWorkflow(makeTenant().id, "default")).toBeNull()
    },
  }
})
