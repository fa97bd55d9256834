import { describe, expect, it } from "vitest"
import { installCommand, loadApiReference, referenceMissingPage, scalarPackages } from "./docs-reference.ts"

describe("the API reference's optional packages", () => {
  it("loads Scalar when it is installed, once", async () => {
    const reference = await loadApiReference(scalarPackages)
    expect(reference).not.toBeNull()
    expect(loadApiReference()).toBe(loadApiReference(scalarPackages))
  })

  it("is null when a package is absent", async () => {
    expect(await loadApiReference({ middleware: "@ticketflow/no-such-reference", bundle: scalarPackages.bundle })).toBeNull()
    expect(await loadApiReference({ middleware: scalarPackages.middleware, bundle: "@ticketflow/no-such-bundle" })).toBeNull()
  })

  it("says what to install on the page that stands in for it, the title escaped", () => {
    const page = referenceMissingPage("Acme <support> API")
    expect(page).toContain("<code>npm install @scalar/hono-api-reference @scalar/api-reference</code>")
    expect(page).toContain('<a href="./openapi.json">')
    expect(page).toContain("<title>Acme &lt;support&gt; API</title>")
    expect(installCommand()).toBe("npm install @scalar/hono-api-reference @scalar/api-reference")
  })
})
