// Builds the console on `npm install` (the root `postinstall` script) so `npm start` can serve
// console/dist at once; skips when dist is newer than every source, to keep reinstalls fast.
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const built = join(root, "dist", "index.html")

function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

if (process.env.TICKETFLOW_SKIP_CONSOLE_BUILD === "1") {
  console.log("@ticketflow/console: build skipped (TICKETFLOW_SKIP_CONSOLE_BUILD=1)")
  process.exit(0)
}
if (!existsSync(join(root, "vite.config.ts"))) process.exit(0)
const sources = Math.max(...["src", "index.html", "vite.config.ts", "package.json"].map((p) => newest(join(root, p))))
if (existsSync(built) && statSync(built).mtimeMs >= sources) {
  console.log("@ticketflow/console: dist is up to date")
  process.exit(0)
}
const vite = join(root, "..", "node_modules", ".bin", process.platform === "win32" ? "vite.cmd" : "vite")
const result = spawnSync(existsSync(vite) ? vite : "vite", ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" })
if (result.error !== undefined) {
  console.error(`@ticketflow/console: could not run vite (${result.error.message})`)
  process.exit(1)
}
process.exit(result.status ?? 1)
