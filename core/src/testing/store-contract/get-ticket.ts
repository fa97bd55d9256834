import { commitNewTicket, makeTicket, seedTenant } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"

/** Reading one ticket by id or by number, within its tenant. */
export const getTicketTests = contractArea("get-ticket", "getTicket", (store) => ({
  "finds a ticket by id and by number within its tenant only": async () => {
    const a = await seedTenant(store())
    const b = await seedTenant(store())
    const inA = await commitNewTicket(store(), { tenantId: a.tenant.id, requesterId: a.customer.id, subject: "Ticket of A" })
    const inB = await commitNewTicket(store(), { tenantId: b.tenant.id, requesterId: b.customer.id, subject: "Ticket of B" })
    // Both are #1 of their tenant.
    expect(inA.number).toBe(inB.number)
    expect(await store().getTicket(a.tenant.id, { number: inA.number })).toEqual(inA)
    expect(await store().getTicket(b.tenant.id, { number: inB.number })).toEqual(inB)
    expect(await store().getTicket(b.tenant.id, { id: inA.id })).toBeNull()
    expect(await store().getTicket(a.tenant.id, { id: inB.id })).toBeNull()
  },

  "answers null for an unknown id or number": async () => {
    const { tenant, customer } = await seedTenant(store())
    const ticket = await commitNewTicket(store(), { tenantId: tenant.id, requesterId: customer.id })
    expect(await store().getTicket(tenant.id, { id: makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 9 }).id })).toBeNull()
    expect(await store().getTicket(tenant.id, { number: ticket.number + 1 })).toBeNull()
  },
}))
