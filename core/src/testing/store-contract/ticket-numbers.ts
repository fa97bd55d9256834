import { seedTenant } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"

/** The per-tenant ticket counter, gapless also under concurrency. */
export const ticketNumberTests = contractArea("ticket-numbers", "ticket numbers", (store) => ({
  "counts 1, 2, 3… per tenant, each tenant on its own": async () => {
    const a = await seedTenant(store())
    const b = await seedTenant(store())
    const draw = (tenantId: string) => store().nextTicketNumber(tenantId)
    expect([await draw(a.tenant.id), await draw(a.tenant.id), await draw(a.tenant.id)]).toEqual([1, 2, 3])
    expect(await draw(b.tenant.id)).toBe(1)
    expect(await draw(a.tenant.id)).toBe(4)
    expect(await draw(b.tenant.id)).toBe(2)
  },

  "hands 50 concurrent draws 50 distinct numbers, 1 to 50": async () => {
    const { tenant } = await seedTenant(store())
    const numbers = await Promise.all(Array.from({ length: 50 }, () => store().nextTicketNumber(tenant.id)))
    expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  },
}))
