import { benchConsole } from "./console.ts"
import { benchCore } from "./core.ts"
import { benchPg } from "./pg/index.ts"
import { benchApi } from "./api/index.ts"

/** The benchmarks by name; `npm run bench` runs them all, `npm run bench -- core` one. */
const benches: Record<string, () => Promise<void>> = {
  core: benchCore,
  console: benchConsole,
  pg: benchPg,
  api: benchApi,
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"))
const names = wanted.length > 0 ? wanted : Object.keys(benches)
for (const name of names) {
  const bench = benches[name]
  if (bench === undefined) {
    console.error(`Unknown benchmark ${name}; known: ${Object.keys(benches).join(", ")}`)
    process.exit(2)
  }
  await bench()
}
