import { createEngine, createMemoryStore } from "@ticketflow/core"

const engine = createEngine({ store: createMemoryStore() })
const tenant = await engine.createTenant({ key: "acme-support", name: "Acme Support" })
const customer = await engine.syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
const agent = await engine.syncUser(tenant.id, { email: "sam@example.com", name: "Sam", kind: "agent" })
const ann = { tenantId: tenant.id, userId: customer.id }
const sam = { tenantId: tenant.id, userId: agent.id }

const ticket = await engine.createTicket(ann, { subject: "Cannot log in", description: "Since this morning." })
await engine.fireEvent(sam, { ticket: ticket.number, event: "START" })
const { items } = await engine.listTickets(sam, { category: "open" })

console.log(`#${ticket.number}`, items.map((t) => `${t.subject}: ${t.status}`))
export { engine, items, ticket }
