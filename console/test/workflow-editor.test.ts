import type { WorkflowDefinition } from "@ticketflow/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { choose, e2eSkipReason, screenshot, startConsoleWorld, type ConsoleWorld } from "./quickstart-browser.ts"

const skip = e2eSkipReason("console workflow editor") !== null

describe.skipIf(skip)("the workflow editor against the quickstart", () => {
  let world: ConsoleWorld

  beforeAll(async () => {
    world = await startConsoleWorld()
  }, 120_000)

  afterAll(async () => {
    await world?.close()
  })

  it("adds a status, shows the validator's unreachable-status error on the diagram and in the list, and clears it with a transition", async () => {
    const admin = await world.signIn("Ada Admin")
    await admin.getByRole("menuitem", { name: "Configuration" }).click()
    await admin.getByRole("menuitem", { name: "Workflows" }).click()
    await admin.getByRole("link", { name: "Default support workflow" }).click()
    await admin.locator(".react-flow__node").first().waitFor()
    await admin.getByText("No problems found").waitFor()
    const publish = admin.getByRole("button", { name: "Publish version 2" })
    expect(await publish.isDisabled()).toBe(true)

    // A new status, named in the panel: nothing leads to it yet.
    await admin.getByRole("button", { name: "Add status" }).click()
    await admin.getByLabel("Name", { exact: true }).fill("Waiting for parts")
    await admin.getByRole("button", { name: "Add status" }).waitFor()
    const node = admin.locator(".react-flow__node").filter({ hasText: "Waiting for parts" })
    await node.locator("[data-problem=true]").waitFor()
    const problem = admin.locator("[data-problem-code=unreachable_status]")
    await problem.waitFor()
    expect(await problem.innerText()).toMatch(/cannot be reached/)
    await admin.getByText("Problems: 1").waitFor()
    expect(await publish.isDisabled()).toBe(true)
    await screenshot(admin, "workflow-unreachable-status")

    // A transition from In progress to it: the validator is satisfied.
    await admin.getByRole("button", { name: "Add transition" }).click()
    await admin.getByLabel("Event", { exact: true }).fill("WAIT_FOR_PARTS")
    await admin.getByLabel("Name", { exact: true }).fill("Wait for parts")
    // From New (the default) to In progress: pick In progress, then unpick New.
    await choose(admin, "From", "In progress")
    await choose(admin, "From", "New")
    await admin.keyboard.press("Escape")
    await choose(admin, "To", "Waiting for parts")
    await admin.getByText("No problems found").waitFor()
    expect(await node.locator("[data-problem=true]").count()).toBe(0)
    expect(await problem.count()).toBe(0)
    await admin.locator(".react-flow__edge").filter({ hasText: "WAIT_FOR_PARTS" }).waitFor()
    await screenshot(admin, "workflow-transition-added")

    // Published as version 2: the API serves the new status and event.
    expect(await publish.isEnabled()).toBe(true)
    await publish.click()
    await admin.getByText("Version 2 published").waitFor()
    const published = await world.api<WorkflowDefinition>("admin@demo.test", "GET", "/v1/workflows/default")
    expect(published.version).toBe(2)
    const added = published.statuses.find((s) => s.name === "Waiting for parts")
    expect(added).toBeDefined()
    expect(published.transitions.find((t) => t.event === "WAIT_FOR_PARTS")).toMatchObject({ from: ["in_progress"], to: added?.key })
    expect(world.errors).toEqual([])
  }, 90_000)
})
