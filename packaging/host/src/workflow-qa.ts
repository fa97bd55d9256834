// docs/workflows.md's custom workflow, published on the demo tenant and walked to QA.
import { createEngine, createMemoryStore } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"

const engine = createEngine({ store: createMemoryStore() })
const { admin, agent, bob: customer } = await installDemo(engine)

import { readFile } from "node:fs/promises"

const definition = JSON.parse(await readFile("with-qa.json", "utf8"))
await engine.publishWorkflow(admin, definition) // version 1 of "with-qa"
await engine.putConfig(admin, "ticketType", { key: "change", name: "Change request", workflowKey: "with-qa" })

const ticket = await engine.createTicket(customer, { subject: "Add a VAT field", type: "change" })
await engine.fireEvent(agent, { ticket: ticket.number, event: "START" })
await engine.fireEvent(agent, { ticket: ticket.number, event: "SUBMIT_FOR_QA" })
await engine.allowedEvents(agent, ticket.number) // QA_FAILED, SUBMIT_FOR_ACCEPTANCE, CLOSE

const allowed = await engine.allowedEvents(agent, ticket.number)
console.log(JSON.stringify({ status: (await engine.getTicket(agent, ticket.number)).status, allowed: allowed.map((a) => a.event) }))
