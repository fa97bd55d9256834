// @ticketflow/core/testing loads in a plain program (vitest is an optional peer, used only by
// the suites): its fixtures build data for a seed script; calling a suite says what it needs.
import { makeTenant } from "@ticketflow/core/testing"
import { storeContract } from "@ticketflow/core/testing"
import { createMemoryStore } from "@ticketflow/core"

const tenant = makeTenant()
let refusal = ""
try {
  storeContract("memory", async () => ({ store: createMemoryStore() }))
} catch (error) {
  refusal = error instanceof Error ? error.message : String(error)
}
console.log(JSON.stringify({ tenant: typeof tenant.id, refusal }))
