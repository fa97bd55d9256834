import { createEngine, createMemoryStore } from "@ticketflow/core"
import { createKyselyStore, migrate } from "@ticketflow/kysely"
import { openPglite } from "@ticketflow/kysely/pglite"
import { compareOpsPerSecond } from "../measure.ts"
import { emit, round, say } from "./output.ts"
import { prepareFlipper, type Flipper } from "./transitions.ts"

/** One START/REQUEUE on the flipper's first ticket. */
function flip(flipper: Flipper): () => Promise<void> {
  const ticket = flipper.tickets[0] ?? ""
  return async () => {
    const event = flipper.started[0] === true ? "REQUEUE" : "START"
    await flipper.engine.fireEvent(flipper.agent, { ticket, event })
    flipper.started[0] = !flipper.started[0]
  }
}

/**
 * Transitions per second on the embedded store (PGlite in memory, one connection, so one
 * client), against the same engine on the memory store, in alternating rounds.
 */
export async function benchPglite(): Promise<void> {
  const handle = await openPglite()
  try {
    await migrate(handle.db)
    const embedded = await prepareFlipper(createEngine({ store: createKyselyStore(handle.db) }), 1)
    const memory = await prepareFlipper(createEngine({ store: createMemoryStore() }), 1)
    const { ours, baseline } = await compareOpsPerSecond(flip(embedded), flip(memory), { rounds: 7, roundMs: 1000 })
    const { rows } = await handle.pglite.query<{ version: string }>("SELECT version()")
    const version = /PGlite [\d.]+/.exec(rows[0]?.version ?? "")?.[0] ?? "PGlite"
    say(
      `pglite transitions (${version} in memory, 1 client): ours ${ours.toFixed(0)} transitions/s, memory store ${baseline.toFixed(0)} transitions/s, ` +
        `ratio ${(ours / baseline).toFixed(3)} (for the record, no target)`,
    )
    emit({ bench: "pg", name: "pglite transitions", ours: round(ours, 1), baseline: round(baseline, 1), unit: "transitions/s vs memory store" })
  } finally {
    await handle.close()
  }
}
