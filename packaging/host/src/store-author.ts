// A store author's code, from docs/engine.md: the port's types and helpers come from
// @ticketflow/core/store, the domain and the engine from @ticketflow/core.
import { createEngine, createMemoryStore, type Ticket } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { isVisible, type TicketChange, type TicketStore, type TicketVisibility } from "@ticketflow/core/store"

/** A store that tells `onCommit` of every change once the store under it has written it. */
function observed(store: TicketStore, onCommit: (change: TicketChange) => void): TicketStore {
  return {
    ...store,
    async commit(change) {
      await store.commit(change)
      onCommit(change)
    },
  }
}

const versions: number[] = []
const engine = createEngine({ store: observed(createMemoryStore(), (change) => versions.push(change.ticket.version)) })
const { bob, agent } = await installDemo(engine)
const ticket: Ticket = await engine.createTicket(bob, { subject: "Printer on fire" })
await engine.fireEvent(agent, { ticket: ticket.id, event: "START" })

// The visibility the engine hands a store's listTickets, applied as the memory store does.
const someoneElse: TicketVisibility = { kind: "customer", userId: "someone-else", organisationId: null, hiddenTypeKeys: [] }
console.log(JSON.stringify({ versions, visibleToAll: isVisible(ticket, { kind: "all" }), visibleToSomeoneElse: isVisible(ticket, someoneElse) }))
