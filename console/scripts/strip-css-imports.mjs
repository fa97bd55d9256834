// tsc keeps a module's side-effect imports in its declarations, so `import "./styles.css"` of
// app.tsx lands in dist/app.d.ts, where a host's TypeScript cannot resolve it (no types for
// CSS). The stylesheet ships as dist/styles.css instead: this blanks those lines in dist/**/*.d.ts,
// keeping the line count so the declaration maps stay right.
import { readFileSync, readdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist")
const cssImport = /^import ["'][^"']+\.css["'];?$/gm

for (const entry of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
  if (!entry.endsWith(".d.ts")) continue
  const file = join(dist, entry)
  const text = readFileSync(file, "utf8")
  const stripped = text.replace(cssImport, "")
  if (stripped !== text) writeFileSync(file, stripped)
}
