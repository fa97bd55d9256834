import { existsSync, mkdirSync } from "node:fs"
import type { ServerResponse } from "node:http"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { defaultWorkflow } from "@ticketflow/core"
import type { MeView, MessageView, TicketDetailView, TicketView, UserView } from "@ticketflow/hono/client"
import type { Browser, BrowserContext } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { announceSkip, launchChromium } from "./browser.ts"
import { serveConsole } from "./static-server.ts"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const dist = join(root, "dist-app")
const shots = join(root, "test-output")
const noDist = !existsSync(join(dist, "index.html"))
if (noDist) console.warn("[console smoke] skipped: console/dist-app is not built (npm run build:app -w @ticketflow/console)")
const skip = announceSkip("console smoke") || noDist

// The stand-in answers the API's views, typed by @ticketflow/hono/client so they stay its shapes.
const agent: UserView = { id: "u-agent", externalId: null, email: "agent@demo.test", name: "Andy Agent", kind: "agent", organisationId: null, orgRole: null, locale: "en", active: true, createdAt: "2026-01-01T00:00:00.000Z" }
const me: MeView = { user: agent, departmentKeys: ["technical-support"], tenant: { key: "demo", name: "Demo Support", settings: { timeZone: "UTC", requiredFields: [], agentsSeeAllTickets: false, defaultWorkflowKey: "default" } } }
const at = new Date().toISOString()
const ticket: TicketView = {
  id: "t1", number: 1042, subject: "Invoices page shows the wrong totals", description: "Totals **ignore** credit notes.", status: "in_progress", statusCategory: "open",
  typeKey: "bug", priorityKey: "high", departmentKey: "technical-support", catalog: { application: "crm", module: "crm-invoices" }, requesterId: "u-bob", organisationId: "org-acme",
  contact: { name: "Bob Acme", email: "bob@acme.test", phone: null }, desiredDueDate: null, dueAt: null, assigneeId: "u-agent", reopenCount: 0, resolution: null,
  descriptionLocked: true, createdAt: at, updatedAt: at, statusChangedAt: at, firstResponseAt: null, resolvedAt: null, closedAt: null,
  sla: { policyKey: "high-sla", calendarKey: null, state: "running", firstResponseTarget: "PT4H", resolutionTarget: "PT27H", firstResponseDueAt: new Date(Date.now() + 3 * 3600_000).toISOString(), resolutionDueAt: null, firstResponseRemainingMs: null, resolutionRemainingMs: null, firstResponseBreachedAt: null, resolutionBreachedAt: null },
  workflowKey: "default", workflowVersion: 1, version: 2,
}
/** The agent may change every field of an open ticket. */
const ticketDetail: TicketDetailView = { ...ticket, editableFields: ["subject", "description", "catalog", "desiredDueDate", "contact", "attachmentIds", "type", "priority", "department", "assigneeId", "dueAt"], messageVisibilities: ["public", "internal"] }
const messages: MessageView[] = [
  { id: "m1", ticketId: "t1", authorId: "u-bob", visibility: "public", body: "Totals **ignore** credit notes.<script>alert(1)</script>", bodyHtml: "<p>Totals <strong>ignore</strong> credit notes.</p>\n", attachmentIds: [], attachments: [], isDescription: true, event: null, createdAt: at, editedAt: null },
  { id: "m2", ticketId: "t1", authorId: "u-agent", visibility: "internal", body: "Looks like the rounding job.", bodyHtml: "<p>Looks like the rounding job.</p>\n", attachmentIds: [], attachments: [], isDescription: false, event: null, createdAt: at, editedAt: null },
]

function json(response: ServerResponse, body: unknown, status = 200) {
  response.writeHead(status, { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" })
  response.end(JSON.stringify(body))
}

describe.skipIf(skip)("console in headless Chromium (API stand-in)", () => {
  let browser: Browser
  let context: BrowserContext
  let server: Awaited<ReturnType<typeof serveConsole>>
  let signedIn = false
  const scripts = new Map<string, number>()

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    server = await serveConsole(dist, (request, response, body) => {
      const url = new URL(request.url ?? "/", "http://localhost")
      const path = url.pathname
      if (path === "/v1/demo") return json(response, { users: [{ email: "agent@demo.test", name: "Andy Agent", kind: "agent", password: "demo-password", departmentKeys: ["technical-support"] }] }), true
      if (path === "/v1/auth/login") {
        signedIn = JSON.parse(body).password === "demo-password"
        return json(response, signedIn ? { token: "tok_smoketestsmoketest", tokenType: "Bearer", expiresAt: at, user: agent } : { type: "x/unauthenticated", title: "Authentication required", status: 401, detail: "Wrong email or password" }, signedIn ? 200 : 401), true
      }
      if (!signedIn) return json(response, { type: "x/unauthenticated", title: "Authentication required", status: 401, detail: "Log in first" }, 401), true
      if (path === "/v1/auth/me") return json(response, me), true
      if (path === "/v1/events/stream") {
        response.writeHead(200, { "Content-Type": "text/event-stream" })
        response.write("event: ready\ndata: {}\n\n")
        return true
      }
      if (path === "/v1/tickets/counts") return json(response, { total: 1, byStatus: { in_progress: 1 }, byCategory: { new: 0, open: 1, pending: 0, closed: 0 } }), true
      if (path === "/v1/tickets") return json(response, { items: [ticket], nextCursor: null }), true
      if (path === "/v1/tickets/1042" || path === "/v1/tickets/t1") return json(response, ticketDetail), true
      if (path === "/v1/tickets/t1/messages") return json(response, messages), true
      if (path === "/v1/tickets/t1/events") return json(response, []), true
      if (path === "/v1/tickets/t1/transitions") return json(response, [{ event: "SUBMIT_FOR_ACCEPTANCE", target: "awaiting_acceptance", targetCategory: "pending", comment: "optional", resolutions: [], name: "Submit for acceptance", labels: { ru: "Передать на приемку" } }]), true
      if (path === "/v1/workflows") return json(response, [defaultWorkflow]), true
      if (path === "/v1/workflows/default") return json(response, defaultWorkflow), true
      if (path === "/v1/workflows/validate") return json(response, { ok: true, problems: [] }), true
      if (path === "/v1/ticket-types") return json(response, [{ key: "bug", name: "Bug", labels: { ru: "Ошибка" }, visibility: "organisation", workflowKey: null }]), true
      if (path === "/v1/priorities") return json(response, [{ key: "high", name: "High", labels: {}, rank: 30, color: "#fa8c16" }]), true
      if (path === "/v1/departments") return json(response, [{ key: "technical-support", name: "Technical support", labels: {}, memberIds: ["u-agent"], workflowKey: null, email: null }]), true
      if (path === "/v1/users") return json(response, [agent]), true
      if (path === "/v1/organizations") return json(response, [{ id: "org-acme", key: "acme", name: "Acme", labels: {} }]), true
      if (path === "/v1/catalog-items") return json(response, []), true
      return false
    })
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it("signs in as a demo user, lists the queue and opens a ticket", async () => {
    const page = await context.newPage()
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()))
    page.on("response", async (response) => {
      if (response.url().endsWith(".js")) scripts.set(response.url(), (await response.body()).length)
    })
    await page.goto(`${server.url}/login`)
    try {
      await page.getByRole("button", { name: "Sign in as Andy Agent" }).click({ timeout: 8000 })
      await page.getByText("Invoices page shows the wrong totals").first().waitFor({ timeout: 8000 })
    } catch (error) {
      await page.screenshot({ path: join(shots, "failure.png") })
      console.log(errors, (await page.locator("body").innerText()).slice(0, 800))
      throw error
    }
    await page.screenshot({ path: join(shots, "queue.png") })
    expect(await page.getByRole("tab", { name: /Open/ }).textContent()).toContain("1")

    await page.getByText("Invoices page shows the wrong totals").click()
    await page.getByText("Looks like the rounding job.").waitFor()
    await page.screenshot({ path: join(shots, "ticket.png"), fullPage: true })
    expect(await page.locator("[data-visibility=internal]").count()).toBe(1)
    expect(await page.locator("script:has-text('alert(1)')").count()).toBe(0)
    expect(await page.getByRole("button", { name: "Submit for acceptance" }).count()).toBe(1)
    // The 401 of the first /auth/me (nobody signed in yet) is logged by the browser itself.
    expect(errors.filter((e) => !e.includes("status of 401"))).toEqual([])
    await page.close()
  })

  it("shows the workflow diagram", async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/workflows/edit/default`)
    await page.locator(".react-flow__node").first().waitFor()
    expect(await page.locator(".react-flow__node").count()).toBe(defaultWorkflow.statuses.length + 2)
    await page.screenshot({ path: join(shots, "workflow.png") })
    await page.close()
  })
})
