import { createEngine } from "@ticketflow/core"
import { createKyselyAuthStore, createKyselyStore, migrate } from "@ticketflow/kysely"
import { createPostgresEventFeed, openPostgres } from "@ticketflow/kysely/postgres"
import { startTimerWorker } from "@ticketflow/kysely/worker"

const { db, pool, close } = await openPostgres({ connectionString: process.env.DATABASE_URL ?? "", max: 20 })
await migrate(db)                                  // safe to run from every process at start
const feed = createPostgresEventFeed({ pool })     // live updates across processes
const engine = createEngine({ store: createKyselyStore(db), feed })
const auth = createKyselyAuthStore(db)             // for @ticketflow/hono's built-in login
const worker = await startTimerWorker({ engine, pool })

const tenant = await engine.createTenant({ key: "acme-support", name: "Acme Support" })
const customer = await engine.syncUser(tenant.id, { email: "ann@example.com", name: "Ann", kind: "customer" })
const agent = await engine.syncUser(tenant.id, { email: "sam@example.com", name: "Sam", kind: "agent" })
let unsubscribe = () => {}
const delivered = new Promise<number>((resolve) => {
  unsubscribe = feed.subscribe((events) => resolve(events.length))
})
const ticket = await engine.createTicket({ tenantId: tenant.id, userId: customer.id }, { subject: "Cannot log in" })
await engine.fireEvent({ tenantId: tenant.id, userId: agent.id }, { ticket: ticket.number, event: "START" })
const sessions = await auth.findSession("no-such-token", new Date())
const status = (await engine.getTicket({ tenantId: tenant.id, userId: agent.id }, ticket.number)).status
console.log(JSON.stringify({ number: ticket.number, status, sessions, delivered: await delivered }))
unsubscribe()

// on SIGTERM:
await worker.stop()
await feed.close()
await close()
