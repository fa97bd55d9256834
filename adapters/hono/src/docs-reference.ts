import { access, readFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import type { Context } from "hono"

/** The packages of the interactive API reference: a Hono middleware, and the package with the page's standalone bundle. */
export interface ReferencePackages {
  /** Exports `Scalar(config)`, the middleware that answers the page. */
  readonly middleware: string
  /** Holds `browser/standalone.js` beside its main entry. */
  readonly bundle: string
}

/** Scalar's packages: optional peers of `@ticketflow/hono`, loaded the first time `/docs` is asked for. */
export const scalarPackages: ReferencePackages = { middleware: "@scalar/hono-api-reference", bundle: "@scalar/api-reference" }

/** The API reference, loaded from its installed packages. */
export interface ApiReference {
  /** The handler that answers the reference page for a Scalar configuration. */
  readonly page: (config: Readonly<Record<string, unknown>>) => (c: Context) => Promise<Response>
  /** The standalone bundle the page loads, read once. */
  readonly script: () => Promise<string>
}

/** The slice of `@scalar/hono-api-reference` the API calls. */
interface ScalarModule {
  readonly Scalar: (config: Readonly<Record<string, unknown>>) => (c: Context) => Promise<Response>
}

const isScalarModule = (module: unknown): module is ScalarModule =>
  typeof module === "object" && module !== null && typeof (module as { Scalar?: unknown }).Scalar === "function"

const loaded = new Map<string, Promise<ApiReference | null>>()

/**
 * The API reference from its packages, loaded once on first use; null when they are not
 * installed (or do not hold what the API needs).
 *
 * @param packages the packages to load (Scalar's by default)
 */
export function loadApiReference(packages: ReferencePackages = scalarPackages): Promise<ApiReference | null> {
  const key = `${packages.middleware}\u0000${packages.bundle}`
  let reference = loaded.get(key)
  if (reference === undefined) {
    reference = load(packages)
    loaded.set(key, reference)
  }
  return reference
}

async function load(packages: ReferencePackages): Promise<ApiReference | null> {
  let scalar: ScalarModule
  let bundlePath: string
  try {
    const module: unknown = await import(/* @vite-ignore */ packages.middleware)
    if (!isScalarModule(module)) return null
    scalar = module
    bundlePath = join(dirname(createRequire(import.meta.url).resolve(packages.bundle)), "browser", "standalone.js")
    await access(bundlePath)
  } catch {
    return null
  }
  let script: Promise<string> | null = null
  return {
    page: (config) => scalar.Scalar(config),
    script: () =>
      (script ??= readFile(bundlePath, "utf8").catch((error: unknown) => {
        script = null
        throw error
      })),
  }
}

/** The command that installs the reference's packages. */
export function installCommand(packages: ReferencePackages = scalarPackages): string {
  return `npm install ${packages.middleware} ${packages.bundle}`
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char)

/** The `/docs` page when the reference's packages are not installed: how to install them, and where the document is. */
export function referenceMissingPage(title: string, packages: ReferencePackages = scalarPackages): string {
  const heading = escapeHtml(title)
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading}</title></head>
<body>
<h1>${heading}</h1>
<p>The interactive API reference is not installed on this server. To enable it, install its packages in the application that serves this API:</p>
<pre><code>${escapeHtml(installCommand(packages))}</code></pre>
<p>The OpenAPI document is at <a href="./openapi.json">openapi.json</a>.</p>
</body>
</html>
`
}
