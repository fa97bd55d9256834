// Builds the console on `npm install` (the root `postinstall` script): the library for host apps
// (dist/, `npm run build:lib`) and the standalone app that `npm start` serves (dist-app/,
// `npm run build:app`). Each is skipped while its output is newer than every source it is built
// from, to keep reinstalls fast. `node build-if-needed.mjs app` builds only the app (the bench
// needs no library); `lib` only the library.
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs"
import { delimiter, dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

/** What each build reads, what it writes last (its up-to-date marker) and its npm script. */
const targets = {
  lib: {
    script: "build:lib",
    sources: ["src", "vite.lib.config.ts", "scripts/strip-css-imports.mjs", "tsconfig.json", "tsconfig.build.json", "../tsconfig.base.json", "package.json"],
    // tsc writes the declarations after Vite's JavaScript and CSS: the last file of the build.
    outputs: ["dist/index.js", "dist/styles.css", "dist/index.d.ts"],
  },
  app: {
    script: "build:app",
    sources: ["src", "index.html", "vite.config.ts", "package.json"],
    outputs: ["dist-app/index.html"],
  },
}

function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

function upToDate({ sources, outputs }) {
  const built = outputs.map((p) => join(root, p))
  if (!built.every((p) => existsSync(p))) return false
  const source = Math.max(...sources.map((p) => newest(join(root, p))))
  return Math.min(...built.map((p) => statSync(p).mtimeMs)) >= source
}

if (process.env.TICKETFLOW_SKIP_CONSOLE_BUILD === "1") {
  console.log("@ticketflow/console: build skipped (TICKETFLOW_SKIP_CONSOLE_BUILD=1)")
  process.exit(0)
}
// An installed copy of the package (no sources) has nothing to build.
if (!existsSync(join(root, "vite.config.ts"))) process.exit(0)

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in targets))
if (unknown.length > 0) {
  console.error(`@ticketflow/console: unknown build ${unknown.join(", ")} (known: ${Object.keys(targets).join(", ")})`)
  process.exit(1)
}
// The commands live in package.json's scripts, run here with the workspace's binaries on PATH.
const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
const bin = [join(root, "node_modules", ".bin"), join(root, "..", "node_modules", ".bin")].filter(existsSync)
const env = { ...process.env, PATH: [...bin, process.env.PATH ?? ""].join(delimiter) }

for (const name of wanted.length > 0 ? wanted : Object.keys(targets)) {
  const target = targets[name]
  const out = target.outputs[0].split("/")[0]
  if (upToDate(target)) {
    console.log(`@ticketflow/console: ${out} is up to date`)
    continue
  }
  console.log(`@ticketflow/console: building ${out} (npm run ${target.script})`)
  // Quiet on success, as an install should be; the whole output when it fails.
  const result = spawnSync(scripts[target.script], { cwd: root, env, shell: true, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (result.error !== undefined) {
    console.error(`@ticketflow/console: could not run ${target.script} (${result.error.message})`)
    process.exit(1)
  }
  if (result.status !== 0) {
    process.stdout.write(result.stdout)
    process.stderr.write(result.stderr)
    console.error(`@ticketflow/console: npm run ${target.script} failed`)
    process.exit(result.status ?? 1)
  }
}
