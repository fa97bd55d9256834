import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { languages } from "../src/i18n/languages.ts"
import { en } from "../src/i18n/locales/en.ts"
import { es } from "../src/i18n/locales/es.ts"
import { fr } from "../src/i18n/locales/fr.ts"
import { it as italian } from "../src/i18n/locales/it.ts"
import { ru } from "../src/i18n/locales/ru.ts"
import { vi } from "../src/i18n/locales/vi.ts"
import type { Messages } from "../src/i18n/locales/en.ts"
import { choose, e2eSkipReason, screenshot, startConsoleWorld, type ConsoleWorld } from "./quickstart-browser.ts"

const messages: Record<string, Messages> = { en, vi, es, it: italian, fr, ru }

/** The demo tenant's label of the `technical` ticket type in each language (core's demo data). */
const technical: Record<string, string> = { en: "Technical", vi: "Kỹ thuật", es: "Técnico", it: "Tecnico", fr: "Technique", ru: "Техническая" }

// A translation key left on screen looks like `tickets.fields.subject`: a top-level section of
// the dictionaries (or Refine's) followed by dotted segments.
const sections = [...Object.keys(en), "documentTitle"].map((s) => s.replace(/[-]/g, "\\-"))
const rawKey = new RegExp(`(?<![\\w@.-])(?:${sections.join("|")})\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)*`, "g")

/** Every text a person reads or a screen reader announces: visible text, labels, placeholders, titles. */
async function readableText(page: Page): Promise<string> {
  const visible = await page.locator("body").innerText()
  const attributes = await page.locator("[aria-label], [placeholder], [title]").evaluateAll((elements) =>
    elements.flatMap((e) => ["aria-label", "placeholder", "title"].map((name) => e.getAttribute(name) ?? "")),
  )
  return [visible, ...attributes, await page.title()].join("\n")
}

async function expectNoRawKeys(page: Page, where: string): Promise<void> {
  const found = (await readableText(page)).match(rawKey) ?? []
  expect(found, `raw translation keys on ${where}`).toEqual([])
}

const skip = e2eSkipReason("console languages") !== null

describe.skipIf(skip)("the console in each of its languages", () => {
  let world: ConsoleWorld
  let number = 0

  beforeAll(async () => {
    world = await startConsoleWorld()
    const ticket = await world.api<{ number: number }>("bob@acme.test", "POST", "/v1/tickets", { subject: "Scanner at the front desk is offline", type: "technical" })
    number = ticket.number
  }, 120_000)

  afterAll(async () => {
    await world?.close()
  })

  it("detects a raw key when there is one", () => {
    expect("Status: tickets.fields.subject and ticket-types.titles.list".match(rawKey)).toEqual(["tickets.fields.subject", "ticket-types.titles.list"])
    expect("bob@acme.test wrote at 10.30 about v1.2 of the tickets app.".match(rawKey)).toBeNull()
  })

  for (const { code, name } of languages) {
    it(`shows ${name} (${code}) on the login, list, ticket and create pages, with no raw keys`, async () => {
      const m = messages[code]
      if (m === undefined) throw new Error(`no messages for ${code}`)
      const page = await world.anonymous()

      // Login: the language is picked where a newcomer first sees the console.
      await page.getByRole("heading", { name: en.app.tagline }).waitFor()
      if (code !== "en") await choose(page, en.app.language, name)
      await page.getByRole("heading", { name: m.app.tagline }).waitFor()
      await page.getByRole("heading", { name: m.pages.login.signin }).waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(code)
      await page.getByText(m.pages.login.demoTitle).waitFor()
      await expectNoRawKeys(page, `the ${code} login page`)
      await screenshot(page, `language-${code}-login`)

      // List: the customer's requests, with its tabs.
      await page.getByRole("button", { name: /Bob Acme$/ }).click()
      await page.getByRole("heading", { name: m.menu.myRequests }).waitFor()
      await page.getByRole("tab", { name: new RegExp(m.tickets.tabs.pending) }).waitFor()
      await page.getByRole("link", { name: "Scanner at the front desk is offline" }).waitFor()
      expect(await page.getByRole("columnheader", { name: m.tickets.fields.subject }).count()).toBe(1)
      await expectNoRawKeys(page, `the ${code} list`)

      // Ticket: status and type in the language too (the type's label comes from the configuration).
      await page.getByRole("link", { name: "Scanner at the front desk is offline" }).click()
      await page.getByRole("tab", { name: m.tickets.show.conversation }).waitFor()
      await page.getByTestId("ticket-status").getByText(m.statuses.new, { exact: true }).waitFor()
      expect(await page.getByTestId("ticket-details").innerText()).toContain(technical[code])
      expect(page.url()).toMatch(new RegExp(`/tickets/${number}$`))
      await expectNoRawKeys(page, `the ${code} ticket page`)
      await screenshot(page, `language-${code}-ticket`)

      // Create: the form's labels.
      await page.getByRole("menuitem", { name: m.menu.myRequests }).click()
      await page.getByRole("button", { name: m.tickets.list.newRequest }).first().click()
      await page.getByLabel(m.tickets.fields.subject, { exact: true }).waitFor()
      await page.getByRole("button", { name: m.tickets.create.submit }).waitFor()
      await page.getByText(m.tickets.create.filesHint).waitFor()
      await expectNoRawKeys(page, `the ${code} create page`)
      await screenshot(page, `language-${code}-create`)
      await page.context().close()
    }, 60_000)
  }

  it("raised no browser errors", () => {
    expect(world.errors).toEqual([])
  })
})
