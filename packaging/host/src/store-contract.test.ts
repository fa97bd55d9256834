import { storeContract } from "@ticketflow/core/testing"
import { createMemoryStore } from "@ticketflow/core"

storeContract("memory", async () => ({ store: createMemoryStore() }))
// storeContract("pglite", async () => { const db = …; return { store, close: () => db.close() } }, { concurrency: true })
