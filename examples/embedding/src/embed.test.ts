import { describe, expect, it } from "vitest"

describe("the README embedding", () => {
  it("creates a ticket, starts it and lists it", async () => {
    const { items, ticket } = await import("./embed.ts")
    expect(ticket.number).toBe(1)
    expect(items.map((t) => t.status)).toEqual(["in_progress"])
  })

  it("runs the same journey as an Effect program", async () => {
    const { run } = await import("./embed-effect.ts")
    const page = await run()
    expect(page.items).toHaveLength(1)
    expect(page.items[0]?.subject).toBe("Cannot log in")
  })
})
