import { availableParallelism, loadavg } from "node:os"
import { benchLists } from "./lists.ts"
import { resultsDir, say } from "./output.ts"
import { benchPglite } from "./pglite.ts"
import { describeServer, redacted, serverUrl } from "./server.ts"
import { benchTransitions } from "./transitions.ts"

/** `TICKETFLOW_BENCH_QUICK=1`: 50,000 tickets instead of 1,000,000 and shorter rounds, to try it out. */
const quick = process.env.TICKETFLOW_BENCH_QUICK === "1"

/**
 * `npm run bench:pg`: transitions per second against pgbench on the same server, list and
 * search latency on a generated data set, and transitions on embedded PGlite. Readable lines
 * and JSON lines go to stdout and, with the EXPLAIN plans, to `bench/results/pg-<time>/`.
 */
export async function benchPg(): Promise<void> {
  say(`server ${redacted(serverUrl)}: ${await describeServer()}`)
  say(`mode: ${quick ? "quick (TICKETFLOW_BENCH_QUICK=1: 50,000 tickets, short rounds)" : "full"}; results in ${resultsDir}`)
  // Figures drift with whatever else the machine runs: the load is printed with them.
  const load = () => say(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} on ${availableParallelism()} CPUs`)
  load()
  await benchTransitions(quick ? { clientCounts: [1, 8, 32], rounds: 1, roundSeconds: 3 } : { clientCounts: [1, 8, 32], rounds: 5, roundSeconds: 4 })
  load()
  await benchLists({ tickets: quick ? 50_000 : 1_000_000 })
  load()
  await benchPglite()
  load()
}
