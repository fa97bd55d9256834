import { readdir, readFile } from "node:fs/promises"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"

/**
 * The console takes every shape the API answers from `@ticketflow/hono/client` (generated from
 * the served OpenAPI document), never from core's domain types and never typed by hand, so a
 * change on the wire fails its typecheck instead of its users.
 */
const root = join(import.meta.dirname, "..")
const source = join(root, "src")

/** What the console may take from core: workflow authoring types (the editor's draft) and runtime helpers. */
const allowedFromCore = new Set([
  "WorkflowDefinitionInput",
  "StatusDefinition",
  "TransitionDefinition",
  "ActorRole",
  "defaultWorkflow",
  "validateWorkflow",
  "defaultAttachmentPolicy",
  "threeImagesOneDocumentPolicy",
])

/** Names of API responses the console once declared itself. */
const handWritten = ["MessageView", "AllowedEventView", "Problem", "TicketCounts", "TicketPage", "Me", "WorkflowProblemView", "Move"]

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve(/\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []))))
  return nested.flat()
}

/** Every import of a module in a file: whether type-only, and the names it takes. */
function importsOf(text: string, module: string): Array<{ typeOnly: boolean; names: string[] }> {
  const pattern = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s+from\\s+"${module.replace("/", "\\/")}"`, "g")
  return [...text.matchAll(pattern)].map((m) => ({
    typeOnly: m[1] !== undefined,
    names: (m[2] ?? "").split(",").map((n) => n.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0] ?? "").filter((n) => n !== ""),
  }))
}

const files = await sourceFiles(source)
const texts = await Promise.all(files.map(async (file) => ({ file: relative(root, file), text: await readFile(file, "utf8") })))

describe("the console's API types", () => {
  it("scans the console's sources (this test included)", () => {
    expect(texts.map((t) => t.file)).toContain("src/api-types.test.ts")
    expect(texts.length).toBeGreaterThan(50)
  })

  it("takes nothing from core but workflow authoring types and runtime helpers", () => {
    const refused = texts.flatMap(({ file, text }) => importsOf(text, "@ticketflow/core").flatMap((i) => i.names.filter((n) => !allowedFromCore.has(n)).map((n) => `${file}: ${n}`)))
    expect(refused).toEqual([])
    // No other form of import from core (namespace, default, side effect) slips past the list.
    const other = texts.filter(({ text }) => /import\s+(?:\*|\w+)[^{]*from\s+"@ticketflow\/core"|import\s+"@ticketflow\/core"/.test(text)).map((t) => t.file)
    expect(other).toEqual([])
  })

  it("imports the API's types from @ticketflow/hono/client, type-only, and nothing from the server", () => {
    const valueImports = texts.flatMap(({ file, text }) => importsOf(text, "@ticketflow/hono/client").filter((i) => !i.typeOnly && i.names.some((n) => !n.startsWith("type "))).map(() => file))
    expect(valueImports).toEqual([])
    expect(texts.filter(({ text }) => /from\s+"@ticketflow\/hono"/.test(text)).map((t) => t.file)).toEqual([])
    expect(texts.filter(({ text }) => /from\s+"@ticketflow\/hono\/client"/.test(text)).length).toBeGreaterThan(10)
  })

  it("declares no API response shape by hand", () => {
    const declared = texts.flatMap(({ file, text }) => {
      const named = handWritten.filter((name) => new RegExp(`(?:interface\\s+${name}\\b|type\\s+${name}\\s*=\\s*\\{)`).test(text))
      const views = [...text.matchAll(/(?:interface\s+(\w+View)\b|type\s+(\w+View)\s*=\s*\{)/g)].map((m) => m[1] ?? m[2])
      return [...named, ...views].map((name) => `${file}: ${name}`)
    })
    expect(declared).toEqual([])
  })
})
