import { existsSync, mkdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Locator, Page } from "playwright-core"
import { startServer, type RunningServer } from "../../examples/quickstart/src/test-server.ts"
import { browserSkipReason, launchChromium } from "./browser.ts"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")

/** Where the end-to-end tests leave their screenshots (gitignored). */
export const testOutput = join(root, "test-output")

/** The password of every demo user (core's demo tenant, installed by the quickstart). */
export const demoPassword = "demo-password"

/**
 * Why the end-to-end suites cannot run here, or null when they can: no Chromium, or no built
 * console. Outside CI a suite skips, printing this; in CI (`CI=true`) nothing is skipped and a
 * missing piece fails the suite where it is first needed.
 */
export function e2eSkipReason(suite: string): string | null {
  const reason = browserSkipReason() ?? (existsSync(join(root, "dist-app", "index.html")) ? null : "console/dist-app is not built (npm run build:console)")
  if (reason === null || process.env.CI === "true") return null
  console.warn(`[${suite}] skipped: ${reason}`)
  return reason
}

/** A quickstart (API + built console on a fresh PGlite with the demo tenant) and a Chromium to drive it. */
export interface ConsoleWorld {
  readonly server: RunningServer
  readonly browser: Browser
  readonly base: string
  /** A new browser session (its own cookies and storage) signed in by the demo user's login-page button. */
  signIn(name: string): Promise<Page>
  /** A new browser session on the login page, nobody signed in. */
  anonymous(): Promise<Page>
  /** The bearer token of a demo user, for setup through the API. */
  token(email: string): Promise<string>
  /** A JSON request to the API as a demo user, for setup; throws on a non-2xx answer. */
  api<T>(email: string, method: string, path: string, body?: unknown): Promise<T>
  /** Browser errors seen so far (uncaught exceptions and console errors other than the expected 401s). */
  readonly errors: string[]
  close(): Promise<void>
}

/** Starts a quickstart and Chromium for one test file. */
export async function startConsoleWorld(): Promise<ConsoleWorld> {
  if (!existsSync(join(root, "dist-app", "index.html"))) throw new Error("console/dist-app is not built: npm run build:console")
  mkdirSync(testOutput, { recursive: true })
  const [server, browser] = await Promise.all([startServer(), launchChromium()])
  const base = server.base
  const errors: string[] = []
  const tokens = new Map<string, string>()

  const open = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`))
    page.on("console", (message) => {
      // A 401 from /v1/auth/me before signing in is how the console learns nobody is signed in.
      if (message.type() === "error" && !message.text().includes("status of 401")) errors.push(`console: ${message.text()}`)
    })
    await page.goto(`${base}/login`)
    return page
  }

  const token = async (email: string): Promise<string> => {
    const known = tokens.get(email)
    if (known !== undefined) return known
    const response = await fetch(`${base}/v1/auth/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password: demoPassword }) })
    if (!response.ok) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`)
    const { token: issued } = (await response.json()) as { token: string }
    tokens.set(email, issued)
    return issued
  }

  return {
    server,
    browser,
    base,
    errors,
    anonymous: () => open(),
    async signIn(name) {
      const page = await open()
      await page.getByRole("button", { name: new RegExp(`${name}$`) }).click()
      await page.waitForURL((url) => !url.pathname.startsWith("/login"))
      return page
    },
    token,
    async api<T>(email: string, method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { Authorization: `Bearer ${await token(email)}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      if (!response.ok) throw new Error(`${method} ${path} as ${email}: ${response.status} ${await response.text()}`)
      return (response.status === 204 ? undefined : await response.json()) as T
    },
    async close() {
      await browser.close().catch(() => undefined)
      await server.stop()
    },
  }
}

/** Picks an option of an antd select by the select's accessible name and the option's text, as a person clicks them. */
export async function choose(page: Page, select: string, option: string, scope: Page | Locator = page): Promise<void> {
  const combobox = scope.getByRole("combobox", { name: select, exact: true })
  // A multiple select stays open between picks; clicking it again would close it.
  if ((await combobox.getAttribute("aria-expanded")) !== "true") await scope.locator(".ant-select").filter({ has: combobox }).click()
  // The select's own dropdown: the one holding the listbox its combobox controls.
  const list = await combobox.getAttribute("aria-controls")
  const dropdown = list === null ? page.locator(".ant-select-dropdown:visible") : page.locator(".ant-select-dropdown").filter({ has: page.locator(`[id="${list}"]`) })
  await dropdown.getByTitle(option, { exact: true }).click()
}

/** Saves a screenshot of the page under console/test-output. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(testOutput, `${name}.png`) })
}
