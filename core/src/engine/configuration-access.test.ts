import { beforeAll, describe, expect, it } from "vitest"
import { Forbidden } from "../errors.ts"
import type { ConfigKind } from "../ports/ticket-store.ts"
import { type World, world } from "./visibility.test-support.ts"

// DESIGN "Who may do what": reading and writing configuration, through the Promise facade.

describe("configuration", () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })

  it.each(["ticketType", "priority", "catalogItem"] as const)("customers may read %s", async (kind) => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice, demo.carol]) {
      expect((await engine.listConfig(customer, kind)).length).toBeGreaterThan(0)
    }
  })

  it.each(["calendar", "slaPolicy", "organisation"] as const)("customers may not read %s", async (kind) => {
    const { engine, demo } = w
    for (const customer of [demo.bob, demo.alice, demo.carol]) {
      await expect(engine.listConfig(customer, kind)).rejects.toBeInstanceOf(Forbidden)
    }
  })

  const kinds: ReadonlyArray<ConfigKind> = ["organisation", "department", "ticketType", "priority", "catalogItem", "calendar", "slaPolicy"]

  it.each(kinds)("agents read %s", async (kind) => {
    const { engine, demo } = w
    for (const staff of [demo.agent, demo.billing, demo.admin]) {
      expect((await engine.listConfig(staff, kind)).length).toBeGreaterThan(0)
    }
  })

  it("only admins write configuration", async () => {
    const { engine, demo } = w
    for (const actor of [demo.agent, demo.billing, demo.bob, demo.alice, demo.carol]) {
      await expect(engine.putConfig(actor, "priority", { key: "critical", name: "Critical", rank: 50 })).rejects.toBeInstanceOf(Forbidden)
      await expect(engine.putConfig(actor, "ticketType", { key: "sneaky", name: "Sneaky" })).rejects.toBeInstanceOf(Forbidden)
      await expect(engine.deleteConfig(actor, "priority", "low")).rejects.toBeInstanceOf(Forbidden)
    }
    expect((await engine.listConfig(demo.admin, "priority")).map((p) => p.key).sort()).toEqual(["high", "low", "normal", "urgent"])
    const created = await engine.putConfig(demo.admin, "priority", { key: "critical", name: "Critical", rank: 50 })
    expect(created.key).toBe("critical")
    expect((await engine.listConfig(demo.bob, "priority")).map((p) => p.key)).toContain("critical")
  })
})
