import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { choose, e2eSkipReason, screenshot, startConsoleWorld, type ConsoleWorld } from "./quickstart-browser.ts"

// A 4×4 red PNG: the file the customer attaches, small enough to inline.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==", "base64")

/** The ticket page of a subject, reached from the list the way a person clicks to it. */
async function openFromList(page: Page, menu: string, tab: RegExp, subject: string): Promise<void> {
  await page.getByRole("menuitem", { name: menu }).click()
  await page.getByRole("tab", { name: tab }).click()
  await page.getByRole("link", { name: subject }).click()
  await page.getByRole("heading", { name: subject }).waitFor()
}

/**
 * Fires a workflow event from the ticket page: its button, then, when the event asks for a
 * comment (`comment` given, `""` to leave an optional one empty), the dialog's. Whether a
 * dialog comes is the caller's to know: asking the page at once races its opening.
 */
async function fire(page: Page, button: string, comment?: string): Promise<void> {
  await page.getByRole("button", { name: button, exact: true }).click()
  if (comment === undefined) return
  const dialog = page.getByRole("dialog")
  await dialog.getByRole("textbox").fill(comment)
  await dialog.getByRole("button", { name: button, exact: true }).click()
  await dialog.waitFor({ state: "hidden" })
}

/** Picks an option of a segmented control: its radio is hidden, a person clicks the label around it. */
async function segment(page: Page, option: string): Promise<void> {
  const radio = page.getByRole("radio", { name: option })
  await radio.locator("xpath=..").click()
  expect(await radio.isChecked()).toBe(true)
}

/** The status tag on the ticket page, once it shows `status`. */
async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId("ticket-status").filter({ hasText: status }).waitFor()
  expect(await page.getByTestId("ticket-status").innerText()).toBe(status)
}

const skip = e2eSkipReason("console journeys") !== null

describe.skipIf(skip)("the console against the quickstart, as customers and agents use it", () => {
  let world: ConsoleWorld

  beforeAll(async () => {
    world = await startConsoleWorld()
  }, 120_000)

  afterAll(async () => {
    await world?.close()
  })

  it("walks seed 004: create with a site, a date and a file → start → clarification → answer → acceptance → rework → acceptance → accept → closed → reopened", async () => {
    const subject = "Label printer in the warehouse jams"
    const bob = await world.signIn("Bob Acme")
    const agent = await world.signIn("Andy Agent")

    // The customer creates the request: a site of Acme's, a desired date, a screenshot.
    await bob.getByRole("button", { name: "New request" }).first().click()
    await bob.getByLabel("Subject", { exact: true }).fill(subject)
    await bob.getByLabel("Description", { exact: true }).fill("It **stops** after every second label.")
    await choose(bob, "Type", "Technical")
    await choose(bob, "Site", "Acme Warehouse")
    await bob.locator("input[type=file]").first().setInputFiles({ name: "jam.png", mimeType: "image/png", buffer: png })
    await bob.getByRole("img", { name: "jam.png" }).waitFor()
    const desired = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    await bob.getByLabel("Desired date", { exact: true }).fill(desired)
    await bob.keyboard.press("Tab")
    await bob.locator(".ant-picker-dropdown").waitFor({ state: "hidden" })
    await screenshot(bob, "journey-01-create-form")
    await bob.getByRole("button", { name: "Send request" }).click()
    const created = await bob.getByTestId("created-number").innerText()
    const number = Number(/#(\d+)/.exec(created)?.[1])
    expect(number).toBeGreaterThan(0)
    await screenshot(bob, "journey-02-created")
    await bob.getByRole("button", { name: "Open the request" }).click()
    await expectStatus(bob, "New")
    const details = bob.getByTestId("ticket-details")
    await expect(details.innerText()).resolves.toContain("Acme Warehouse")
    await expect(details.innerText()).resolves.toMatch(new RegExp(new Date(`${desired}T12:00:00`).getFullYear().toString()))
    await bob.getByRole("img", { name: "jam.png" }).waitFor()

    // The agent finds it in the queue and starts it.
    await agent.getByRole("link", { name: subject }).click()
    await fire(agent, "Start work")
    await expectStatus(agent, "In progress")
    expect(await agent.getByTestId("ticket-details").innerText()).toContain("Andy Agent")
    await screenshot(agent, "journey-03-started")

    // The agent asks for clarification: a required comment, posted as a public reply.
    await agent.getByRole("button", { name: "Request clarification", exact: true }).click()
    await agent.getByRole("dialog").getByRole("button", { name: "Request clarification" }).click()
    await agent.getByRole("dialog").getByText("A comment is required").waitFor()
    await agent.getByRole("dialog").getByRole("textbox").fill("Which label size do you print?")
    await agent.getByRole("dialog").getByRole("button", { name: "Request clarification" }).click()
    await expectStatus(agent, "Needs clarification")
    await screenshot(agent, "journey-04-clarification-requested")

    // The customer answers; the ticket goes back to the agent.
    await openFromList(bob, "My requests", /Pending/, subject)
    await bob.getByText("Which label size do you print?").waitFor()
    await bob.getByRole("textbox", { name: "Reply" }).fill("4×6 inch shipping labels.")
    await bob.getByRole("button", { name: "Send reply" }).click()
    await expectStatus(bob, "In progress")
    await bob.getByText("4×6 inch shipping labels.").waitFor()
    await screenshot(bob, "journey-05-answered")

    // The agent submits the work for acceptance.
    await agent.reload()
    await agent.getByText("4×6 inch shipping labels.").waitFor()
    await fire(agent, "Submit for acceptance", "Replaced the worn **platen roller**.")
    await expectStatus(agent, "Awaiting acceptance")
    await screenshot(agent, "journey-06-submitted")

    // The customer sends it back for rework, with the required comment.
    await bob.reload()
    await expectStatus(bob, "Awaiting acceptance")
    await bob.getByText("Replaced the worn").waitFor()
    expect(await bob.locator("strong", { hasText: "platen roller" }).count()).toBe(1)
    await fire(bob, "Send back for rework", "It still jams on the second label.")
    await expectStatus(bob, "In progress")
    await screenshot(bob, "journey-07-rework")

    // The agent submits again.
    await agent.reload()
    await agent.getByText("It still jams on the second label.").waitFor()
    await expectStatus(agent, "In progress")
    await fire(agent, "Submit for acceptance", "Adjusted the label sensor too.")
    await expectStatus(agent, "Awaiting acceptance")
    await screenshot(agent, "journey-08-submitted-again")

    // The customer accepts: the ticket is closed.
    await bob.reload()
    await expectStatus(bob, "Awaiting acceptance")
    await fire(bob, "Accept work", "")
    await expectStatus(bob, "Closed")
    expect(await bob.getByRole("button", { name: "Send reply" }).count()).toBe(0)
    await screenshot(bob, "journey-09-accepted-closed")

    // And reopens it, with a comment.
    await fire(bob, "Reopen", "It jammed again this morning.")
    await expectStatus(bob, "Reopened")
    await screenshot(bob, "journey-10-reopened")
    await bob.getByRole("tab", { name: "Activity" }).click()
    await bob.getByText("changed the status from Closed to Reopened").waitFor()
    await screenshot(bob, "journey-11-activity")

    // The agent sees it reopened in the queue.
    await agent.getByRole("menuitem", { name: "Queues" }).click()
    const row = agent.getByRole("row").filter({ has: agent.getByRole("link", { name: subject }) })
    await row.getByText("Reopened").waitFor()
    await screenshot(agent, "journey-12-queue")
    expect(world.errors).toEqual([])
  }, 120_000)

  it("shows an internal note to the agent and never to the customer", async () => {
    const subject = "Invoice PDF has the wrong VAT number"
    await world.api("bob@acme.test", "POST", "/v1/tickets", { subject, description: "Our VAT number changed in May.", type: "billing" })
    const agent = await world.signIn("Andy Agent")
    await agent.getByRole("link", { name: subject }).click()
    await segment(agent, "Internal note")
    await agent.getByRole("textbox", { name: "Internal note" }).fill("Finance changed the template on Monday — check with Karen.")
    await agent.getByRole("button", { name: "Add note" }).click()
    const note = agent.locator("[data-visibility=internal]")
    await note.getByText("check with Karen").waitFor()
    expect(await note.getByText("Internal note · team only").count()).toBe(1)
    await segment(agent, "Reply")
    await agent.getByRole("textbox", { name: "Reply" }).fill("We are looking into it.")
    await agent.getByRole("button", { name: "Send reply" }).click()
    await agent.locator("[data-visibility=public]").getByText("We are looking into it.").waitFor()
    await screenshot(agent, "internal-note-agent")

    const bob = await world.signIn("Bob Acme")
    await bob.getByRole("link", { name: subject }).click()
    await bob.getByText("We are looking into it.").waitFor()
    const text = await bob.locator("main").innerText()
    expect(text).not.toContain("Karen")
    expect(text).not.toContain("Internal note")
    expect(await bob.locator("[data-visibility=internal]").count()).toBe(0)
    await bob.getByRole("tab", { name: "Activity" }).click()
    await bob.getByText("replied").first().waitFor()
    expect(await bob.locator("main").innerText()).not.toContain("internal note")
    await screenshot(bob, "internal-note-customer")
  }, 60_000)

  it("lets Acme's support admin see a colleague's request but not a requester-only one", async () => {
    const wifi = await world.api<{ number: number }>("bob@acme.test", "POST", "/v1/tickets", { subject: "Warehouse Wi-Fi drops at noon", type: "technical" })
    await world.api("bob@acme.test", "POST", "/v1/tickets", { subject: "My Q3 sales bonus is missing", type: "incentive" })
    const hidden = await world.api<{ items: Array<{ number: number; subject: string }> }>("bob@acme.test", "GET", "/v1/tickets?q=bonus")
    const bonus = hidden.items.find((t) => t.subject === "My Q3 sales bonus is missing")
    expect(bonus).toBeDefined()

    const alice = await world.signIn("Alice Acme")
    await alice.getByRole("menuitem", { name: "Organisation requests" }).click()
    await alice.getByRole("link", { name: "Warehouse Wi-Fi drops at noon" }).waitFor()
    expect(await alice.locator("main").innerText()).not.toContain("My Q3 sales bonus is missing")
    await screenshot(alice, "organisation-requests")

    // The #number opens the ticket as the subject does (seed 002).
    await alice.getByRole("link", { name: `#${wifi.number}`, exact: true }).click()
    await alice.getByRole("heading", { name: "Warehouse Wi-Fi drops at noon" }).waitFor()
    expect(await alice.getByTestId("ticket-details").innerText()).toContain("Bob Acme")

    // Not by its number either: the API answers 404 and the page says so.
    await alice.goto(`${world.base}/tickets/${bonus?.number}`)
    await alice.getByText("This ticket does not exist or you cannot see it").waitFor()
    expect(await alice.locator("main").innerText()).not.toContain("bonus")
  }, 60_000)
})
