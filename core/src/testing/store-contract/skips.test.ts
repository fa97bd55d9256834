import { describe, expect, it } from "vitest"
import { createMemoryStore } from "../../ports/memory-store.ts"
import { concurrentTestIds, storeContract, type StoreContractTestId } from "./index.ts"
import { storeContractAreas } from "./areas.ts"
import { resolveSkips } from "./skips.ts"

const known = new Set(["tenants/lists every tenant", "timers/respects the limit, oldest first"])
const memory = async () => ({ store: createMemoryStore() })

describe("store contract skips", () => {
  it("returns each named test's reason", () => {
    expect(resolveSkips(known, { "tenants/lists every tenant": "no listing here" })).toEqual(new Map([["tenants/lists every tenant", "no listing here"]]))
    expect(resolveSkips(known, {})).toEqual(new Map())
  })

  it("refuses an id that names no test, saying which", () => {
    expect(() => resolveSkips(known, { "tenants/lists all tenants": "renamed" })).toThrow(/skip names no test: "tenants\/lists all tenants"/)
  })

  it("refuses an empty or blank reason", () => {
    expect(() => resolveSkips(known, { "tenants/lists every tenant": "" })).toThrow(/needs a reason/)
    expect(() => resolveSkips(known, { "tenants/lists every tenant": "  " })).toThrow(/needs a reason/)
  })

  it("makes storeContract throw when it is declared, before any test is", () => {
    const unknown = { "tenants/no such test": "typo" } as Partial<Record<StoreContractTestId, string>>
    expect(() => storeContract("memory", memory, { skip: unknown })).toThrow(/skip names no test/)
    expect(() => storeContract("memory", memory, { skip: { "tenants/lists every tenant": "" } })).toThrow(/needs a reason/)
  })

  it("lists concurrent tests that the suite has, each once, and every test id is unique", () => {
    const unreachable = () => {
      throw new Error("no test runs here")
    }
    const ids = storeContractAreas.flatMap((area) => Object.keys(area.tests(unreachable, unreachable)).map((title) => `${area.id}/${title}`))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(86)
    expect(ids).toEqual(expect.arrayContaining([...concurrentTestIds]))
    expect(new Set(concurrentTestIds).size).toBe(concurrentTestIds.length)
  })
})
