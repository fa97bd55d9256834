import { createEngine, createMemoryEventFeed } from "@ticketflow/core"
import { createKyselyStore, migrate, startTimerLoop } from "@ticketflow/kysely"
import { openPglite } from "@ticketflow/kysely/pglite"

const { db, close } = await openPglite({ dataDir: "./.ticketflow/db" })   // no dataDir: in memory
await migrate(db)
const engine = createEngine({ store: createKyselyStore(db), feed: createMemoryEventFeed() })
const loop = startTimerLoop({ engine, intervalMs: 1000 })

const tenant = await engine.createTenant({ key: "acme-support", name: "Acme Support" })
const customer = await engine.syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
const ticket = await engine.createTicket({ tenantId: tenant.id, userId: customer.id }, { subject: "Cannot log in" })
console.log(JSON.stringify({ number: ticket.number, status: ticket.status }))

// on SIGTERM:
await loop.stop()
await close()     // PGlite keeps the process alive until closed
