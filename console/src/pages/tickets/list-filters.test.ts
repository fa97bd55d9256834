import { describe, expect, it } from "vitest"
import { ticketQuery } from "../../providers/ticket-query.ts"
import { crudFilters, noFilters } from "./list-filters.ts"

const query = (...args: Parameters<typeof crudFilters>) => Object.fromEntries(ticketQuery({ filters: crudFilters(...args) }))

describe("ticket list filters", () => {
  it("asks for the customer's own open requests", () => {
    expect(query("mine", noFilters, "open")).toEqual({ scope: "mine", category: "new,open" })
  })

  it("asks for the organisation's pending requests", () => {
    expect(query("organization", noFilters, "pending")).toEqual({ scope: "organization", category: "pending" })
  })

  it("passes every agent filter", () => {
    const filters = { q: " login ", types: ["bug"], priorities: ["high", "urgent"], departments: ["billing"], assignees: ["none"], created: "this_month" as const, range: null }
    expect(query("queue", filters, "all")).toEqual({ scope: "all", q: "login", type: "bug", priority: "high,urgent", department: "billing", assignee: "none", created: "this_month" })
  })

  it("sends a custom range instead of a preset", () => {
    const filters = { ...noFilters, created: "custom" as const, range: ["2026-03-01T00:00:00.000Z", "2026-03-31T23:59:59.999Z"] as const }
    expect(query("assigned", filters, null)).toEqual({ scope: "mine", createdFrom: "2026-03-01T00:00:00.000Z", createdTo: "2026-03-31T23:59:59.999Z" })
  })
})
