import { writeFile } from "node:fs/promises"
import { clientTypes, schemaFile } from "./generate.ts"

// Regenerates schema.ts; the client test fails while it is out of date.
await writeFile(schemaFile, await clientTypes())
console.log(`wrote ${schemaFile.pathname}`)
