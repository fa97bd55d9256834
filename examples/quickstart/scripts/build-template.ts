// Run by the root `postinstall`: migrated PGlite data directories — one with the demo tenant,
// one empty — so that the first `npm start` restores one instead of running initdb and
// installing the demo (several seconds on a small machine).
import { existsSync } from "node:fs"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import { createEngine } from "@ticketflow/core"
import { createKyselyAuthStore, createKyselyStore, migrate } from "@ticketflow/kysely"
import { dumpPglite, openPglite } from "@ticketflow/kysely/pglite"
import pino from "pino"
import { installDemoTenant } from "../src/tenant.ts"
import { templatePath } from "../src/template.ts"

for (const kind of ["empty", "demo"] as const) {
  const path = templatePath(kind)
  if (existsSync(path)) {
    console.log(`@ticketflow/quickstart: the ${kind} PGlite template is up to date`)
    continue
  }
  // The demo starts from the empty template: restoring it skips a second initdb.
  const empty = templatePath("empty")
  const handle = await openPglite({ template: kind === "demo" && existsSync(empty) ? new Blob([await readFile(empty)]) : undefined })
  await migrate(handle.db)
  if (kind === "demo") {
    const engine = createEngine({ store: createKyselyStore(handle.db) })
    await installDemoTenant(engine, createKyselyAuthStore(handle.db), pino({ level: "warn" }))
  }
  const dump = await dumpPglite(handle)
  await handle.close()
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, Buffer.from(await dump.arrayBuffer()))
  console.log(`@ticketflow/quickstart: wrote the ${kind} PGlite template (${Math.round(dump.size / 1024)} KiB)`)
}
