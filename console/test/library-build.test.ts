import { existsSync, readFileSync, readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

// The library a host app installs (console/dist, `npm run build:lib`): what it imports, what it
// exports and what it leaves out, read from the built files.
const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const dist = join(root, "dist")
const notBuilt = !existsSync(join(dist, "index.d.ts"))
if (notBuilt) console.warn("[console library] skipped: console/dist is not built (npm run build:lib -w @ticketflow/console)")

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}
const files = notBuilt ? [] : readdirSync(dist, { recursive: true, encoding: "utf8" }).sort()
const read = (file: string) => readFileSync(join(dist, file), "utf8")
const scripts = files.filter((file) => file.endsWith(".js"))
const declarations = files.filter((file) => file.endsWith(".d.ts"))

/** The bare specifiers a file imports, statically or dynamically. */
function bareImports(code: string): string[] {
  const patterns = [/^(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']/gm, /^import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g]
  const found = patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ""))
  return found.filter((specifier) => !specifier.startsWith("."))
}

/** `react/jsx-runtime` → `react`, `@xyflow/react/dist/x` → `@xyflow/react`. */
const packageOf = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/")

describe.skipIf(notBuilt)("the console library (dist/)", () => {
  it("imports only packages it declares, and bundles none", () => {
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)])
    const undeclared = scripts.flatMap((file) => bareImports(read(file)).filter((specifier) => !declared.has(packageOf(specifier))).map((specifier) => `${file}: ${specifier}`))
    expect(undeclared).toEqual([])
    // Nothing from a workspace package at runtime: @ticketflow/core is a types-only, optional peer.
    expect(scripts.filter((file) => bareImports(read(file)).some((specifier) => specifier.startsWith("@ticketflow/")))).toEqual([])
    // A bundled package would bring its own module header or its CommonJS wrapper along.
    expect(scripts.filter((file) => /\bnode_modules\b|__commonJS|\brequire\(/.test(read(file)))).toEqual([])
  })

  it("leaves no bundler-specific globals and no stylesheet imports in its JavaScript", () => {
    for (const file of scripts) {
      const code = read(file)
      expect(code, file).not.toMatch(/process\.env|import\.meta\.env|jsx-dev-runtime/)
      expect(code, file).not.toMatch(/import\s*\(?\s*["'][^"']+\.css["']/)
    }
  })

  it("ships one stylesheet with the console's styles and the workflow diagram's", () => {
    expect(files.filter((file) => file.endsWith(".css"))).toEqual(["styles.css"])
    const css = read("styles.css")
    expect(css).toContain(".tf-ticket-row")
    expect(css).toContain(".react-flow")
    // The host's page is its own: the stylesheet does not restyle <html> or <body>.
    expect(css).not.toMatch(/(^|[},\s])(html|body)\s*[,{]/)
  })

  it("keeps each lazy page and each language in a chunk of its own", () => {
    const chunks = scripts.filter((file) => file.startsWith("chunks"))
    for (const name of ["login-page", "ticket-list", "ticket-show", "ticket-create", "config-list-page", "config-form-page", "workflow-list", "workflow-editor", "vi", "es", "it", "fr", "ru"]) {
      expect(chunks.some((file) => new RegExp(`[\\\\/]${name}-[\\w-]+\\.js$`).test(file)), name).toBe(true)
    }
    // The diagram library loads with the workflow editor only.
    expect(bareImports(read("index.js"))).not.toContain("@xyflow/react")
  })

  it("exports every value src/index.ts names, with declarations beside them", () => {
    const source = readFileSync(join(root, "src", "index.ts"), "utf8")
    const named = [...source.matchAll(/^export \{([^}]+)\} from/gm)].flatMap((match) => (match[1] ?? "").split(",").map((name) => name.trim()).filter((name) => name !== ""))
    const built = /export \{([^}]+)\};?\s*$/.exec(read("index.js"))?.[1]?.split(",").map((name) => name.trim().split(/\s+as\s+/).at(-1) ?? "") ?? []
    expect(built.sort()).toEqual(named.sort())
    expect(declarations).toContain("index.d.ts")
    expect(files).toContain("index.d.ts.map")
    // tsc keeps side-effect imports in declarations; the build blanks the stylesheet ones.
    expect(declarations.filter((file) => /import ["'][^"']+\.css["']/.test(read(file)))).toEqual([])
  })
})
