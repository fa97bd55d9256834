import { spawnSync } from "node:child_process"
import { mkdtemp } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import type { Browser } from "playwright-core"
import { launchChromium } from "../console/test/browser.ts"
import { startServer, type RunningServer } from "../examples/quickstart/src/test-server.ts"
import { report } from "./measure.ts"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")
const rounds = Number(process.env.TICKETFLOW_BENCH_ROUNDS ?? 7)
const tickets = 30

/** One cold load of a tickets list: its JavaScript and its paint times. */
interface Load {
  /** gzip bytes (zlib level 6, as a server compresses on the fly) of every script loaded until the rows showed. */
  readonly jsGzip: number
  readonly jsRaw: number
  readonly scripts: ReadonlyArray<{ readonly url: string; readonly gzip: number }>
  /** Milliseconds from navigation start. */
  readonly fcp: number
  readonly rows: number
}

/** A signed-in agent of a quickstart: bearer token for the console, cookie for images and live updates. */
interface Session {
  readonly server: RunningServer
  readonly token: string
  readonly cookie: { name: string; value: string } | null
}

// Browser-side code as strings: the bench compiles without the DOM library.
const watchRows = `
  window.__rowsAt = null
  new MutationObserver((_, observer) => {
    if (document.querySelector(".tf-ticket-row") !== null) {
      window.__rowsAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`
const timings = `({
  fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  rows: window.__rowsAt ?? NaN,
})`

async function signIn(server: RunningServer): Promise<Session> {
  const response = await fetch(`${server.base}/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: "agent@demo.test", password: "demo-password", cookie: true }),
  })
  if (!response.ok) throw new Error(`login failed: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  const pair = /^([^=;]+)=([^;]*)/.exec(response.headers.get("set-cookie") ?? "")
  return { server, token, cookie: pair?.[1] !== undefined && pair[2] !== undefined ? { name: pair[1], value: pair[2] } : null }
}

/** The same tickets on every server: a full first page of the queue and more. */
async function seed(server: RunningServer): Promise<void> {
  const bob = await fetch(`${server.base}/v1/auth/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: "bob@acme.test", password: "demo-password" }) })
  const { token } = (await bob.json()) as { token: string }
  const types = ["question", "bug", "technical", "billing"]
  for (let i = 0; i < tickets; i++) {
    const created = await fetch(`${server.base}/v1/tickets`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ subject: `Benchmark ticket ${i + 1}: the printer on floor ${i % 5} jams`, description: "It **stops** after the second page.", type: types[i % types.length] }),
    })
    if (!created.ok) throw new Error(`seeding failed: ${created.status} ${await created.text()}`)
  }
}

async function coldLoad(browser: Browser, session: Session, path: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" })
  try {
    await context.addInitScript(`localStorage.setItem("ticketflow.token", ${JSON.stringify(session.token)}); localStorage.setItem("ticketflow.locale", "en");`)
    await context.addInitScript(watchRows)
    if (session.cookie !== null) await context.addCookies([{ ...session.cookie, url: session.server.base }])
    const page = await context.newPage()
    const scripts: Array<Promise<{ url: string; raw: number; gzip: number }>> = []
    page.on("response", (response) => {
      if (response.ok() && /\.m?js(\?|$)/.test(response.url())) {
        scripts.push(response.body().then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 6 }).length })))
      }
    })
    await page.goto(`${session.server.base}${path}`)
    await page.waitForSelector(".tf-ticket-row", { timeout: 60_000 })
    const times = (await page.evaluate(timings)) as { fcp: number; rows: number }
    const loaded = await Promise.all(scripts)
    return {
      jsGzip: loaded.reduce((sum, s) => sum + s.gzip, 0),
      jsRaw: loaded.reduce((sum, s) => sum + s.raw, 0),
      scripts: loaded.map((s) => ({ url: new URL(s.url).pathname, gzip: s.gzip })).sort((a, b) => b.gzip - a.gzip),
      fcp: times.fcp,
      rows: times.rows,
    }
  } finally {
    await context.close()
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN
const worst = (values: number[]) => sorted(values).at(-1) ?? NaN

/** Builds the benchmark's baseline page with the same Vite as the console. */
async function buildBaseline(): Promise<string> {
  const { build } = await import("vite")
  const outDir = await mkdtemp(join(tmpdir(), "ticketflow-console-baseline-"))
  await build({ root: join(here, "console-baseline"), configFile: false, logLevel: "warn", build: { outDir, emptyOutDir: true } })
  return outDir
}

/**
 * `npm run bench:console`: the production console's first page in a cold headless Chromium —
 * the gzip bytes of JavaScript loaded to show an agent's queue, first contentful paint, and the
 * time until the queue's rows are on screen — against a baseline page that lists the same
 * tickets with react-dom and a plain table (built by the same Vite, served by an identical
 * quickstart on the same data): what the console costs over the least a React page can do.
 */
export async function benchConsole(): Promise<void> {
  // The standalone app (console/dist-app, the quickstart's default console) is all the bench loads.
  const built = spawnSync(process.execPath, [join(root, "console/scripts/build-if-needed.mjs"), "app"], { stdio: "inherit" })
  if (built.status !== 0) throw new Error("the console did not build")
  const baselineDir = await buildBaseline()
  const [ours, baseline] = await Promise.all([startServer(), startServer({ env: { TICKETFLOW_CONSOLE_DIR: baselineDir } })])
  const browser = await launchChromium()
  try {
    await Promise.all([seed(ours), seed(baseline)])
    const oursSession = await signIn(ours)
    const baselineSession = await signIn(baseline)
    // One warm-up each: the servers' first requests compile and cache what later ones reuse.
    await coldLoad(browser, oursSession, "/queue")
    await coldLoad(browser, baselineSession, "/")
    const oursLoads: Load[] = []
    const baselineLoads: Load[] = []
    // Alternating rounds, so load from elsewhere on the machine hits both alike.
    for (let round = 0; round < rounds; round++) {
      oursLoads.push(await coldLoad(browser, oursSession, "/queue"))
      baselineLoads.push(await coldLoad(browser, baselineSession, "/"))
    }
    const first = oursLoads[0]
    if (first !== undefined) {
      console.log(`console: ${first.scripts.length} scripts for the queue, ${(first.jsRaw / 1024).toFixed(0)} KiB raw, ${(first.jsGzip / 1024).toFixed(1)} KiB gzip; largest:`)
      for (const script of first.scripts.slice(0, 8)) console.log(`  ${(script.gzip / 1024).toFixed(1).padStart(7)} KiB  ${script.url}`)
    }
    const figure = (name: string, pick: (load: Load) => number, unit: string) => {
      const mine = oursLoads.map(pick)
      report({ bench: "console", name, ours: median(mine), baseline: median(baselineLoads.map(pick)), unit, p50: median(mine), p99: worst(mine) })
    }
    figure("first-page-js-gzip", (l) => l.jsGzip, "bytes")
    figure("first-contentful-paint", (l) => l.fcp, "ms")
    figure("tickets-list-visible", (l) => l.rows, "ms")
  } finally {
    await browser.close()
    await Promise.all([ours.stop(), baseline.stop()])
  }
}
