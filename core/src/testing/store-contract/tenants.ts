import { TenantSettings } from "../../domain/tenant.ts"
import { makeTenant } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"
import { byId } from "./support.ts"

/** Tenants: put, get, list and replace, settings included. */
export const tenantTests = contractArea("tenants", "tenants", (store) => ({
  "puts and gets a tenant with its settings; an unknown id is null": async () => {
    const tenant = makeTenant({
      settings: TenantSettings.parse({
        agentsSeeAllTickets: true,
        timeZone: "Europe/Rome",
        defaultCalendarKey: "business-hours",
        attachmentPolicy: { maxFilesPerMessage: 4, maxBytesPerFile: 1024, allowedTypes: ["image/*"], maxImagesPerMessage: 3 },
      }),
    })
    await store().putTenant(tenant)
    expect(await store().getTenant(tenant.id)).toEqual(tenant)
    expect(await store().getTenant(makeTenant().id)).toBeNull()
  },

  "lists every tenant": async () => {
    const tenants = [makeTenant(), makeTenant(), makeTenant()]
    for (const tenant of tenants) await store().putTenant(tenant)
    expect(byId(await store().listTenants())).toEqual(byId(tenants))
  },

  "replaces a tenant by id": async () => {
    const tenant = makeTenant({ name: "Before" })
    await store().putTenant(tenant)
    const renamed = { ...tenant, name: "After", settings: { ...tenant.settings, timeZone: "Asia/Ho_Chi_Minh" } }
    await store().putTenant(renamed)
    expect(await store().getTenant(tenant.id)).toEqual(renamed)
    expect(await store().listTenants()).toEqual([renamed])
  },
}))
