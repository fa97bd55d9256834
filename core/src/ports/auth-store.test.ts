import { authStoreContract } from "../testing/auth-store-contract.ts"
import { createMemoryAuthStore } from "./auth-store.ts"

authStoreContract("memory", async () => ({ store: createMemoryAuthStore() }))
