/**
 * ticketflow installed like a stranger would: the packed tarballs in a fresh project outside the
 * repository, with the registry's current peers; the host programs type-checked by the host's
 * own strict tsc and run with plain Node on PGlite and Postgres; the API mounted in a host Hono
 * app; a host Refine app built by Vite rendering the console's ticket list in Chromium; publint
 * and arethetypeswrong on every tarball; and the docs held to what these programs run.
 */
import { execFile } from "node:child_process"
import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { promisify } from "node:util"
import { randomUUID } from "node:crypto"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "../console/test/browser.ts"
import { documentedImports, snippetProblems } from "./doc-snippets.ts"
import { repoRoot } from "./pack.ts"
import { createStrangerProject, installedManifest, type StrangerProject } from "./stranger-project.ts"

const run = promisify(execFile)
const postgresUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const slow = 15 * 60_000
let project: StrangerProject

beforeAll(async () => {
  project = await createStrangerProject()
}, slow)

afterAll(async () => {
  await project?.remove()
})

const json = <T,>(stdout: string): T => JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as T

describe("a stranger's project", () => {
  it("type-checks the host programs with the host's strict tsc (NodeNext, exactOptionalPropertyTypes, noUncheckedIndexedAccess) and the host web app", async () => {
    await project.bin("tsc", ["-p", "tsconfig.json"])
    await project.bin("tsc", ["-p", "web/tsconfig.json"])
  }, slow)

  it("ships declarations that are themselves clean under those settings with skipLibCheck off", async () => {
    // Other libraries' declarations fail this (PGlite's, xstate's, hono's): only ticketflow's are held to it.
    const output = await project.output("tsc", ["-p", "tsconfig.json", "--noEmit", "--skipLibCheck", "false"])
    expect(output.split("\n").filter((line) => line.startsWith("node_modules/@ticketflow/"))).toEqual([])
  }, slow)

  it("runs the README's embedding and the engine guide with plain node", async () => {
    expect(await project.node("dist/embed.js")).toMatch(/^#1 \[ 'Cannot log in: in_progress' \]/)
    const tour = json<{ preview: number; applied: boolean; status: string; workflowVersion: number }>(await project.node("dist/engine-tour.js"))
    expect(tour).toEqual({ preview: 2, applied: false, status: "in_queue", workflowVersion: 2 })
    expect(json(await project.node("dist/run-embed-effect.js"))).toEqual({ inProgress: 1 })
    const timers = await project.node("dist/effect-timers.js")
    expect(timers).toContain("not now; allowed: REOPEN")
    expect(timers).toContain("no such ticket")
    expect(json(await project.node("dist/workflow-qa.js"))).toEqual({ status: "qa_review", allowed: ["QA_FAILED", "SUBMIT_FOR_ACCEPTANCE", "CLOSE"] })
  }, slow)

  it("runs a store author's program on @ticketflow/core/store with plain node", async () => {
    const author = json<{ versions: number[]; visibleToAll: boolean; visibleToSomeoneElse: boolean }>(await project.node("dist/store-author.js"))
    expect(author).toEqual({ versions: [1, 2], visibleToAll: true, visibleToSomeoneElse: false })
  }, slow)

  it("loads @ticketflow/core/testing in a plain program, outside any test runner", async () => {
    const outside = json<{ tenant: string; refusal: string }>(await project.node("dist/fixtures-outside-vitest.js"))
    expect(outside.tenant).toBe("string")
    expect(outside.refusal).not.toBe("")
  }, slow)

  it("runs on PGlite with plain node", async () => {
    expect(json(await project.node("dist/pglite.js"))).toEqual({ number: 1, status: "new" })
  }, slow)

  it("runs on Postgres with plain node, timers on graphile-worker and live updates over LISTEN/NOTIFY", async () => {
    const database = `ticketflow_stranger_${randomUUID().replaceAll("-", "").slice(0, 12)}`
    const admin = new pg.Client({ connectionString: postgresUrl })
    await admin.connect()
    try {
      await admin.query(`CREATE DATABASE ${database}`)
      const url = new URL(postgresUrl)
      url.pathname = `/${database}`
      const result = json<{ number: number; status: string; sessions: unknown; delivered: number }>(await project.node("dist/postgres.js", { DATABASE_URL: url.toString() }))
      expect(result.number).toBe(1)
      expect(result.status).toBe("in_progress")
      expect(result.sessions).toBeNull()
      expect(result.delivered).toBeGreaterThan(0)
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await admin.end()
    }
  }, slow)

  it("runs the store contract suite from @ticketflow/core/testing under the host's vitest", async () => {
    const output = await project.bin("vitest", ["run", "src/store-contract.test.ts", "--reporter=dot"])
    expect(output).toMatch(/passed/)
  }, slow)

  it("mounts the API in a host Hono app with the host's authentication", async () => {
    const server = await project.serve("dist/api-host.js")
    try {
      const base = `http://127.0.0.1:${server.port}/support`
      const anonymous = await fetch(`${base}/v1/tickets`)
      expect(anonymous.status).toBe(401)
      expect(anonymous.headers.get("content-type")).toContain("application/problem+json")
      expect(anonymous.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/)
      expect(anonymous.headers.get("www-authenticate")).toBeNull()
      expect(JSON.stringify(await anonymous.json())).not.toMatch(/Bearer/)

      const bob = { "x-host-user": "bob", "content-type": "application/json" }
      const created = await fetch(`${base}/v1/tickets`, { method: "POST", headers: bob, body: JSON.stringify({ subject: "From the host" }) })
      expect(created.status).toBe(201)
      expect(created.headers.get("x-request-id")).not.toBeNull()
      const invalid = await fetch(`${base}/v1/tickets`, { method: "POST", headers: bob, body: JSON.stringify({ subject: "" }) })
      expect(invalid.status).toBeGreaterThanOrEqual(400)
      expect(invalid.status).toBeLessThan(500)
      expect(invalid.headers.get("content-type")).toContain("application/problem+json")
      expect(invalid.headers.get("x-request-id")).not.toBeNull()
      const missing = await fetch(`${base}/v1/nothing-here`, { headers: bob })
      expect(missing.status).toBe(404)
      expect(missing.headers.get("x-request-id")).not.toBeNull()

      const document = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown>; components?: { securitySchemes?: Record<string, unknown> } }
      expect(Object.keys(document.paths)).toContain("/v1/tickets")
      expect(Object.keys(document.paths)).not.toContain("/v1/auth/login")
      expect(Object.keys(document.components?.securitySchemes ?? {})).not.toContain("bearerAuth")
      expect((await fetch(`${base}/v1/auth/login`, { method: "POST", headers: bob, body: "{}" })).status).toBe(404)

      // Scalar is an optional peer the stranger did not install: /docs says how to get it.
      const docs = await fetch(`${base}/docs`)
      expect(docs.status).toBe(200)
      expect(await docs.text()).toContain("npm install @scalar/hono-api-reference @scalar/api-reference")
    } finally {
      server.process.kill("SIGTERM")
    }
  }, slow)

  it("builds a host Refine app with Vite that renders the console's ticket list in Chromium, with one react-router", async () => {
    await project.bin("vite", ["build", "--logLevel", "warn"], { cwd: join(project.dir, "web") })
    expect(await copiesOf(project.dir, "react-router")).toEqual([expect.any(String)])
    expect(await copiesOf(project.dir, "@tanstack/react-query")).toHaveLength(1)
    const server = await project.serve("dist/console-host.js")
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on("pageerror", (error) => errors.push(error.message))
      page.on("console", (message) => {
        // Before signing in, the console asks who is signed in: the 401 is how it learns.
        if (message.type() === "error" && !message.text().includes("status of 401")) errors.push(message.text())
      })
      await page.goto(`http://127.0.0.1:${server.port}/`)
      await page.getByLabel("Email").fill("bob@acme.test")
      await page.getByLabel("Password").fill("host-password")
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.getByText("Printer on fire").waitFor({ timeout: 30_000 })
      expect(new URL(page.url()).pathname).toBe("/requests")
      expect(errors).toEqual([])
    } finally {
      await browser.close()
      server.process.kill("SIGTERM")
    }
  }, slow)

  it("every tarball passes publint --strict and arethetypeswrong (esm-only)", async () => {
    const { publint } = await import("publint")
    const { formatMessage } = await import("publint/utils")
    const problems: string[] = []
    for (const pkg of project.packed) {
      const tarball = await readFile(pkg.tarball)
      const result = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer }, strict: true, level: "suggestion" })
      for (const message of result.messages) problems.push(`${pkg.name} publint ${message.type}: ${formatMessage(message, result.pkg) ?? message.code}`)
      const attw = join(repoRoot, "node_modules/.bin/attw")
      // A stylesheet export has no types to resolve.
      const css = Object.keys(await exportsOf(pkg.tarball)).filter((entry) => entry.endsWith(".css"))
      const exclude = css.length === 0 ? [] : ["--exclude-entrypoints", ...css]
      const output = await run(attw, [pkg.tarball, "--profile", "esm-only", "--format", "ascii", ...exclude], { maxBuffer: 16 * 1024 * 1024 }).then(
        () => null,
        (error: { stdout?: string }) => error.stdout ?? String(error),
      )
      if (output !== null) problems.push(`${pkg.name} arethetypeswrong:\n${output}`)
      expect(pkg.files.every((file) => file === "package.json" || file === "README.md" || file === "LICENSE" || file.startsWith("dist/"))).toBe(true)
      expect(pkg.files.some((file) => /\.test\.|test-|\/testing\/world/.test(file))).toBe(false)
    }
    expect(problems).toEqual([])
  }, slow)
})

describe("the docs", () => {
  it("show only code the stranger's project runs", async () => {
    expect(await snippetProblems()).toEqual([])
  })

  it("import only paths the packages export", async () => {
    const missing: string[] = []
    for (const { path, where } of await documentedImports()) {
      const name = path.split("/").slice(0, 2).join("/")
      const subpath = `.${path.slice(name.length)}`
      const manifest = await installedManifest(project, name)
      if (manifest.exports?.[subpath] === undefined) missing.push(`${where}: ${path}`)
    }
    expect(missing).toEqual([])
  })
})

/** The `exports` of a packed tarball's manifest. */
async function exportsOf(tarball: string): Promise<Record<string, unknown>> {
  const { stdout } = await run("tar", ["-xzOf", tarball, "package/package.json"], { maxBuffer: 16 * 1024 * 1024 })
  return (JSON.parse(stdout) as { exports?: Record<string, unknown> }).exports ?? {}
}

/** The directories a package is installed in under a project's node_modules, nested ones too. */
async function copiesOf(dir: string, name: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (modules: string): Promise<void> => {
    const entries = await readdir(modules, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isDirectory()) continue
      const path = join(modules, entry.name)
      if (entry.name.startsWith("@")) {
        for (const scoped of await readdir(path, { withFileTypes: true })) {
          if (!scoped.isDirectory()) continue
          if (`${entry.name}/${scoped.name}` === name) found.push(join(path, scoped.name))
          await walk(join(path, scoped.name, "node_modules"))
        }
      } else {
        if (entry.name === name) found.push(path)
        await walk(join(path, "node_modules"))
      }
    }
  }
  await walk(join(dir, "node_modules"))
  return found
}
