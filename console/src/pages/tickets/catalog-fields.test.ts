import type { CatalogItemView } from "@ticketflow/hono/client"
import { describe, expect, it } from "vitest"
import { catalogFields, catalogOptions } from "./catalog-fields.ts"

const item = (key: string, kind: string, parentKey: string | null = null, active = true): CatalogItemView => ({ key, kind, parentKey, name: key, labels: {}, organisationIds: null, active })

describe("catalog selects of the create form", () => {
  const items = [item("crm-invoices", "module", "crm"), item("crm", "application"), item("portal", "application"), item("portal-login", "module", "portal"), item("hq", "site"), item("old", "site", null, false)]

  it("puts each kind right after the kind it depends on", () => {
    const fields = catalogFields(items)
    expect(fields.map((f) => [f.kind, f.parentKind])).toEqual([
      ["application", null],
      ["module", "application"],
      ["site", null],
    ])
    expect(fields.find((f) => f.kind === "site")?.items.map((i) => i.key)).toEqual(["hq"])
  })

  it("offers a module only of the chosen application", () => {
    const module = catalogFields(items).find((f) => f.kind === "module")!
    expect(catalogOptions(module, undefined)).toEqual([])
    expect(catalogOptions(module, "crm").map((i) => i.key)).toEqual(["crm-invoices"])
  })
})
