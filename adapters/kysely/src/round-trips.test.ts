import { createEngine, type Engine } from "@ticketflow/core"
import type { TicketStore } from "@ticketflow/core/store"
import { installDemo, type DemoActors } from "@ticketflow/core/demo"
import type { LogEvent } from "kysely"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createKyselyStore } from "./store.ts"
import { pgliteInMemory, type TestDatabase } from "./test-databases.ts"

/**
 * The most SQL statements (round trips) each engine command may send through this store. Every
 * store method is one statement (`commit` included: one statement of CTEs, atomic without
 * BEGIN/COMMIT), so these figures count the store calls the engine makes:
 *
 * - createTicket (an agent, on a customer's behalf, with type, priority and department, no
 *   catalog): loadActor (the actor with their tenant), getUser (the requester), 3 × getConfig (type,
 *   priority and department exist), getWorkflow (the latest version is read each time),
 *   listConfig slaPolicy, getConfig calendar, nextTicketNumber, commit = 10.
 * - fireEvent START: loadActor, getTicket, getConfig calendar (the SLA clock's),
 *   commit = 4 (the workflow version is cached by the engine).
 * - postMessage (an agent's first public reply): loadActor, getTicket, commit = 3.
 * - getTicket: loadActor, getTicket = 2 (a customer also reads the ticket's type: 3).
 * - listTickets and countTickets (agent): loadActor, then one statement = 2 (a
 *   customer also lists the types to hide requester_only ones: 3).
 */
const statementBudget = {
  createTicket: 10,
  fireEvent: 4,
  postMessage: 3,
  getTicket: 2,
  getTicketAsCustomer: 3,
  listTickets: 2,
  listTicketsAsCustomer: 3,
  countTickets: 2,
} as const

describe("round trips per command (PGlite; the statements are the same on Postgres)", () => {
  let database: TestDatabase
  let engine: Engine
  let store: TicketStore
  let demo: DemoActors
  const log: string[] = []

  /** Runs `work` and answers the statements it sent. */
  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    const start = log.length
    await work()
    return log.slice(start)
  }

  beforeAll(async () => {
    database = await pgliteInMemory({
      log: (event: LogEvent) => {
        log.push(event.query.sql.replace(/\s+/g, " ").slice(0, 80))
      },
    })
    store = createKyselyStore(database.db)
    engine = createEngine({ store })
    demo = await installDemo(engine)
  }, 120_000)
  afterAll(async () => {
    await database?.close()
  })

  it("sends one statement per store method, commit included", async () => {
    const ticket = await engine.createTicket(demo.bob, { subject: "Printer on fire" })
    const calls: Array<readonly [string, () => Promise<unknown>]> = [
      ["getTenant", () => store.getTenant(demo.tenantId)],
      ["loadActor", () => store.loadActor(demo.tenantId, demo.agent.userId)],
      ["getTicket", () => store.getTicket(demo.tenantId, { number: ticket.number })],
      ["getConfig", () => store.getConfig(demo.tenantId, "department", "technical-support")],
      ["listConfig", () => store.listConfig(demo.tenantId, "department")],
      ["nextTicketNumber", () => store.nextTicketNumber(demo.tenantId)],
      ["listMessages", () => store.listMessages(demo.tenantId, ticket.id, { includeInternal: true, order: "asc" })],
      ["listEvents", () => store.listEvents(demo.tenantId, ticket.id, { includeInternal: true })],
      ["dueTimers", () => store.dueTimers(new Date(), 10)],
      [
        "commit",
        () =>
          store.commit({
            tenantId: demo.tenantId,
            ticket: { ...ticket, version: ticket.version + 1 },
            expectedVersion: ticket.version,
            events: [],
            newMessages: [],
            editedMessages: [],
            linkedAttachments: [],
            cancelTimers: ["status", "sla"],
            addTimers: [],
          }),
      ],
    ]
    for (const [name, call] of calls) {
      const statements = await statementsOf(call)
      expect(statements, name).toHaveLength(1)
    }
  })

  it("keeps every command within its documented statement budget", async () => {
    const created = await statementsOf(() =>
      engine.createTicket(demo.agent, { subject: "VPN drops", type: "technical", priority: "high", department: "technical-support", requesterId: demo.bob.userId }),
    )
    const ticket = (await engine.listTickets(demo.agent, { sort: "-number", limit: 1 })).items[0]
    if (ticket === undefined) throw new Error("the ticket was created")
    const figures = {
      createTicket: created,
      fireEvent: await statementsOf(() => engine.fireEvent(demo.agent, { ticket: ticket.id, event: "START" })),
      postMessage: await statementsOf(() => engine.postMessage(demo.agent, { ticket: ticket.id, body: "Looking into it" })),
      getTicket: await statementsOf(() => engine.getTicket(demo.agent, ticket.number)),
      getTicketAsCustomer: await statementsOf(() => engine.getTicket(demo.bob, ticket.number)),
      listTickets: await statementsOf(() => engine.listTickets(demo.agent, { category: ["open"], sort: "-priority" })),
      listTicketsAsCustomer: await statementsOf(() => engine.listTickets(demo.bob, { q: "vpn" })),
      countTickets: await statementsOf(() => engine.countTickets(demo.agent, {})),
    }
    const counts = Object.fromEntries(Object.entries(figures).map(([name, statements]) => [name, statements.length]))
    console.info(`statements per command: ${JSON.stringify(counts)}`)
    for (const [name, statements] of Object.entries(figures)) {
      const budget = statementBudget[name as keyof typeof statementBudget]
      expect(statements.length, `${name} sent:\n${statements.join("\n")}`).toBeLessThanOrEqual(budget)
    }
  })
})
