/**
 * The public surface, pinned: every entry point of every published package exports exactly the
 * names `public-surface.ts` lists, values and types apart, so that a new export (or a lost one)
 * is a deliberate change made in two places, reviewed as such.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { declaredExports, entryExports } from "./entry-exports.ts"
import { repoRoot } from "./pack.ts"
import { publicSurface } from "./public-surface.ts"

/** The published packages, by their directory in the repository. */
const packageDirectories = ["core", "adapters/kysely", "adapters/hono", "adapters/files", "console"]

/** The code entry points of a package's exports map (its package.json and stylesheets aside), with their source files. */
function publishedEntries(directory: string): { specifier: string; source: string }[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, directory, "package.json"), "utf8")) as { name: string; exports: Record<string, unknown> }
  return Object.entries(manifest.exports).flatMap(([path, target]) => {
    const source = typeof target === "object" && target !== null ? (target as Record<string, unknown>)["@ticketflow/source"] : undefined
    if (typeof source !== "string") return []
    return [{ specifier: manifest.name + path.slice(1), source: join(directory, source) }]
  })
}

/** Each entry point: its package specifier and the source file its exports map points at. */
const entries = [
  { specifier: "@ticketflow/core", source: "core/src/index.ts" },
  { specifier: "@ticketflow/core/effect", source: "core/src/effect.ts" },
  { specifier: "@ticketflow/core/store", source: "core/src/store.ts" },
  { specifier: "@ticketflow/core/demo", source: "core/src/demo/index.ts" },
  { specifier: "@ticketflow/core/testing", source: "core/src/testing/index.ts" },
  { specifier: "@ticketflow/kysely", source: "adapters/kysely/src/index.ts" },
  { specifier: "@ticketflow/kysely/postgres", source: "adapters/kysely/src/postgres.ts" },
  { specifier: "@ticketflow/kysely/pglite", source: "adapters/kysely/src/pglite.ts" },
  { specifier: "@ticketflow/kysely/worker", source: "adapters/kysely/src/worker.ts" },
  { specifier: "@ticketflow/hono", source: "adapters/hono/src/index.ts" },
  { specifier: "@ticketflow/hono/client", source: "adapters/hono/generated/openapi.ts", generated: true },
  { specifier: "@ticketflow/files", source: "adapters/files/src/index.ts" },
  { specifier: "@ticketflow/console", source: "console/src/index.ts" },
] as const

/** Loads an entry by its specifier: a computed one, so that tsc does not pull every package's source (the console's DOM and JSX) into the root program. */
const load = (specifier: string): Promise<Record<string, unknown>> => import(specifier)

describe("the public surface", () => {
  const declared = declaredExports(entries.map((entry) => entry.source))

  it("checks and pins every entry point the packages' exports maps publish", () => {
    const published = packageDirectories.flatMap(publishedEntries).sort((a, b) => a.specifier.localeCompare(b.specifier))
    const checked = entries.map(({ specifier, source }) => ({ specifier, source })).sort((a, b) => a.specifier.localeCompare(b.specifier))
    expect(checked).toEqual(published)
    expect(Object.keys(publicSurface).sort()).toEqual(published.map((entry) => entry.specifier).sort())
  })

  it.each(entries)("$specifier exports exactly its pinned names", async ({ specifier, source }) => {
    const actual = entryExports(await load(specifier), declared.get(source)?.names ?? [])
    expect(actual.undeclared, `${specifier} exports at run time what its source does not declare`).toEqual([])
    const pinned = publicSurface[specifier] ?? { values: [], types: [] }
    expect(actual.values, `${specifier}'s values: update packaging/public-surface.ts only for a deliberate change`).toEqual(pinned.values)
    expect(actual.types, `${specifier}'s type-only names: update packaging/public-surface.ts only for a deliberate change`).toEqual(pinned.types)
  }, 60_000)

  // openapi-typescript writes the client's paths, components and operations without comments.
  it.each(entries.filter((entry) => !("generated" in entry)))("$specifier documents every export", ({ source }) => {
    expect(declared.get(source)?.undocumented, "give these a doc comment").toEqual([])
  })
})
