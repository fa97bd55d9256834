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

/** Each entry point: its package specifier, the source file its exports map points at, and how to load it. */
const entries = [
  { specifier: "@ticketflow/core", source: "core/src/index.ts", load: () => import("@ticketflow/core") },
  { specifier: "@ticketflow/core/effect", source: "core/src/effect.ts", load: () => import("@ticketflow/core/effect") },
  { specifier: "@ticketflow/core/store", source: "core/src/store.ts", load: () => import("@ticketflow/core/store") },
  { specifier: "@ticketflow/core/demo", source: "core/src/demo/index.ts", load: () => import("@ticketflow/core/demo") },
  { specifier: "@ticketflow/core/testing", source: "core/src/testing/index.ts", load: () => import("@ticketflow/core/testing") },
  { specifier: "@ticketflow/kysely", source: "adapters/kysely/src/index.ts", load: () => import("@ticketflow/kysely") },
  { specifier: "@ticketflow/kysely/postgres", source: "adapters/kysely/src/postgres.ts", load: () => import("@ticketflow/kysely/postgres") },
  { specifier: "@ticketflow/kysely/pglite", source: "adapters/kysely/src/pglite.ts", load: () => import("@ticketflow/kysely/pglite") },
  { specifier: "@ticketflow/kysely/worker", source: "adapters/kysely/src/worker.ts", load: () => import("@ticketflow/kysely/worker") },
  { specifier: "@ticketflow/hono", source: "adapters/hono/src/index.ts", load: () => import("@ticketflow/hono") },
  { specifier: "@ticketflow/hono/client", source: "adapters/hono/generated/openapi.ts", load: () => import("@ticketflow/hono/client"), generated: true },
  { specifier: "@ticketflow/files", source: "adapters/files/src/index.ts", load: () => import("@ticketflow/files") },
  { specifier: "@ticketflow/console", source: "console/src/index.ts", load: () => import("@ticketflow/console") },
] as const

describe("the public surface", () => {
  const declared = declaredExports(entries.map((entry) => entry.source))

  it("checks and pins every entry point the packages' exports maps publish", () => {
    const published = packageDirectories.flatMap(publishedEntries).sort((a, b) => a.specifier.localeCompare(b.specifier))
    const checked = entries.map(({ specifier, source }) => ({ specifier, source })).sort((a, b) => a.specifier.localeCompare(b.specifier))
    expect(checked).toEqual(published)
    expect(Object.keys(publicSurface).sort()).toEqual(published.map((entry) => entry.specifier).sort())
  })

  it.each(entries)("$specifier exports exactly its pinned names", async ({ specifier, source, load }) => {
    const actual = entryExports(await load(), declared.get(source)?.names ?? [])
    expect(actual.undeclared, `${specifier} exports at run time what its source does not declare`).toEqual([])
    const pinned = publicSurface[specifier]
    expect(actual.values, `${specifier}'s values: update packaging/public-surface.ts only for a deliberate change`).toEqual(pinned.values)
    expect(actual.types, `${specifier}'s type-only names: update packaging/public-surface.ts only for a deliberate change`).toEqual(pinned.types)
  }, 60_000)

  // openapi-typescript writes the client's paths, components and operations without comments.
  it.each(entries.filter((entry) => !("generated" in entry)))("$specifier documents every export", ({ source }) => {
    expect(declared.get(source)?.undocumented, "give these a doc comment").toEqual([])
  })
})
