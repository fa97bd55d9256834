import { createRequire } from "node:module"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { e2eSkipReason, screenshot, startConsoleWorld, type ConsoleWorld } from "./quickstart-browser.ts"

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js")

/** One axe finding, trimmed to what a failure message needs. */
interface Violation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: ReadonlyArray<string>
}

/** Runs axe-core (WCAG 2.x A and AA, and best practices) on the page as it is now. */
async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run
    const result = await run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }))
  })
}

/** Serious and critical violations: what fails the page. Moderate and minor ones are printed. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axe(page)
  const lesser = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical")
  if (lesser.length > 0) console.log(`[axe] ${where}: ${lesser.map((v) => `${v.id} (${v.impact})`).join(", ")}`)
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical"), `axe on ${where}`).toEqual([])
}

const skip = e2eSkipReason("console accessibility") !== null

describe.skipIf(skip)("accessibility of the console's main pages (axe-core)", () => {
  let world: ConsoleWorld
  let number = 0

  beforeAll(async () => {
    world = await startConsoleWorld()
    const ticket = await world.api<{ id: string; number: number }>("bob@acme.test", "POST", "/v1/tickets", {
      subject: "Badge reader rejects new cards",
      description: "Since **Monday** the reader at gate 3 rejects new cards.\n\n- gate 3\n- gate 4",
      type: "technical",
    })
    number = ticket.number
    await world.api("agent@demo.test", "POST", `/v1/tickets/${ticket.id}/messages`, { body: "Which card batch is it?", visibility: "public" })
    await world.api("agent@demo.test", "POST", `/v1/tickets/${ticket.id}/messages`, { body: "Batch 42 had a firmware issue.", visibility: "internal" })
  }, 120_000)

  afterAll(async () => {
    await world?.close()
  })

  it("the login page", async () => {
    const page = await world.anonymous()
    await page.getByRole("button", { name: /Bob Acme$/ }).waitFor()
    await expectAccessible(page, "the login page")
  })

  it("the customer's list, ticket and create pages", async () => {
    const page = await world.signIn("Bob Acme")
    await page.getByRole("link", { name: "Badge reader rejects new cards" }).waitFor()
    await expectAccessible(page, "My requests")

    await page.getByRole("link", { name: "Badge reader rejects new cards" }).click()
    await page.getByText("Which card batch is it?").waitFor()
    await expectAccessible(page, `ticket #${number} (customer)`)

    await page.goto(`${world.base}/tickets/new`)
    await page.getByLabel("Subject", { exact: true }).waitFor()
    await page.getByRole("button", { name: "Send request" }).click()
    await page.getByText("Required").first().waitFor()
    await expectAccessible(page, "the create page, with a validation error")
    await screenshot(page, "accessibility-create")
  }, 60_000)

  it("the agent's queue and ticket pages", async () => {
    const page = await world.signIn("Andy Agent")
    await page.getByRole("link", { name: "Badge reader rejects new cards" }).waitFor()
    await expectAccessible(page, "the queue")

    await page.getByRole("link", { name: "Badge reader rejects new cards" }).click()
    await page.getByText("Batch 42 had a firmware issue.").waitFor()
    await expectAccessible(page, `ticket #${number} (agent)`)
  }, 60_000)
})
