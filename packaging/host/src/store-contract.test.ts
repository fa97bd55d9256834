import { storeContract } from "@ticketflow/core/testing"
import { createMemoryStore } from "@ticketflow/core"

storeContract("memory", async () => ({ store: createMemoryStore() }))
// storeContract("pglite", async () => { const db = …; return { store, close: () => db.close() } }, { skip: { "ticket-numbers/hands 50 concurrent draws 50 distinct numbers, 1 to 50": "why" } })
