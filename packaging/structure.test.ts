import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { cruise, type ICruiseResult } from "dependency-cruiser"
import { describe, expect, it } from "vitest"

// Two structure rules of the repository, checked on every `npm test`: no import cycle in any
// package (type-only imports count, since they couple files as much as values do), and no
// hand-written source file over `maxLines` lines (a file that long holds more than one thing).

const root = join(import.meta.dirname, "..")
const maxLines = 400

/** Where each package's own source lives: the cycle check cruises these. */
const packageSources = ["core/src", "adapters/hono/src", "adapters/kysely/src", "adapters/files/src", "console/src", "examples/embedding/src", "examples/quickstart/src", "examples/seed-portals/src"]

/** Where the line limit applies. */
const sizeRoots = ["core", "adapters", "console/src", "console/test", "examples", "packaging", "bench"]
const skippedDirectories = new Set(["node_modules", "dist", "dist-app"])

/** The cycles of a cruise, each as its files in import order, the first repeated at the end. */
function cyclesOf(result: ICruiseResult): string[][] {
  const seen = new Set<string>()
  const cycles: string[][] = []
  for (const violation of result.summary.violations) {
    if (violation.cycle === undefined) continue
    const path = [violation.from, ...violation.cycle.map((step) => step.name)]
    // The same cycle is reported once from each of its files: keep one, keyed by its members.
    const key = [...new Set(path)].sort().join(" ")
    if (seen.has(key)) continue
    seen.add(key)
    cycles.push(path)
  }
  return cycles
}

/** Every .ts and .tsx file under `directory`, relative to the repository root. */
function sourceFiles(directory: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) files.push(...sourceFiles(path))
    } else if (/\.tsx?$/.test(entry.name)) {
      files.push(path)
    }
  }
  return files
}

/** Whether a file says on its first line that a tool wrote it ("Generated … do not edit"). */
function isGenerated(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0).toLowerCase()
  return firstLine.includes("generated") && firstLine.includes("do not edit")
}

describe("repository structure", () => {
  it("has no import cycle in any package, type-only imports included", async () => {
    const { output } = await cruise(
      packageSources.map((source) => join(root, source)),
      {
        baseDir: root,
        tsPreCompilationDeps: true,
        exclude: { path: "(^|/)(node_modules|dist|dist-app)/" },
        doNotFollow: { path: "(^|/)node_modules/" },
        validate: true,
        ruleSet: { forbidden: [{ name: "no-cycle", severity: "error", from: {}, to: { circular: true } }] },
      },
    )
    if (typeof output === "string") throw new Error("dependency-cruiser returned a report, not a result")
    expect(output.summary.totalCruised, "the cruise found the sources").toBeGreaterThan(100)
    const cycles = cyclesOf(output).map((cycle) => cycle.map((file) => relative(root, join(root, file))).join(" → "))
    expect(cycles, `import cycles:\n${cycles.join("\n")}`).toEqual([])
  }, 120_000)

  it(`has no hand-written source file over ${maxLines} lines`, () => {
    const oversized = sizeRoots
      .flatMap(sourceFiles)
      .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }))
      .filter(({ text }) => !isGenerated(text))
      .map(({ path, text }) => ({ path, lines: text.split("\n").length - (text.endsWith("\n") ? 1 : 0) }))
      .filter(({ lines }) => lines > maxLines)
      .map(({ path, lines }) => `${path}: ${lines} lines`)
    expect(oversized, `split these by meaning:\n${oversized.join("\n")}`).toEqual([])
  })
})
