// Run by the root `postinstall`: a migrated, empty PGlite data directory, so that the first
// `npm start` restores it instead of running initdb (several seconds on a small machine).
import { existsSync } from "node:fs"
import { mkdir, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import { dumpPglite, migrate, openPglite } from "@ticketflow/kysely"
import { templatePath } from "../src/template.ts"

const path = templatePath()
if (existsSync(path)) {
  console.log("@ticketflow/quickstart: the PGlite template is up to date")
} else {
  const handle = await openPglite()
  await migrate(handle.db)
  const dump = await dumpPglite(handle)
  await handle.close()
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, Buffer.from(await dump.arrayBuffer()))
  console.log(`@ticketflow/quickstart: wrote the PGlite template (${Math.round(dump.size / 1024)} KiB)`)
}
