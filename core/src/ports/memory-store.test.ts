import { storeContract } from "../testing/store-contract/index.ts"
import { createMemoryStore } from "./memory-store.ts"

storeContract("memory", async () => ({ store: createMemoryStore() }))
