import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { migrations } from "@ticketflow/kysely"

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..")

/**
 * Where `npm install` leaves a migrated PGlite data directory for the quickstart to start from,
 * with the demo tenant installed or empty; the name carries the newest migration, so a new
 * migration makes a new template.
 */
export function templatePath(kind: "demo" | "empty"): string {
  const newest = Object.keys(migrations).sort().at(-1) ?? "none"
  return join(repoRoot, "node_modules", ".cache", "ticketflow", `pglite-${kind}-${newest}.tar.gz`)
}

/** The template for a new PGlite database, or undefined when `npm install` did not make one. */
export async function readTemplate(kind: "demo" | "empty"): Promise<Blob | undefined> {
  const path = templatePath(kind)
  return existsSync(path) ? new Blob([await readFile(path)]) : undefined
}
