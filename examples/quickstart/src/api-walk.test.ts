import { execFile } from "node:child_process"
import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startServer, type RunningServer } from "./test-server.ts"

const run = promisify(execFile)
const apiDoc = fileURLToPath(new URL("../../../docs/api.md", import.meta.url))

/** The `sh` code blocks of a Markdown document, in order. */
function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? "")
}

describe("docs/api.md, run as written against the quickstart", () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer()
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
  })

  it("walks one ticket through the whole default workflow", async () => {
    const script = shellBlocks(await readFile(apiDoc, "utf8")).join("\n")
    const { stdout } = await run("bash", ["-euo", "pipefail", "-c", script], { env: { ...process.env, BASE: server.base } })
    expect(stdout.trim().split("\n")).toEqual([
      "#1 new",
      "TRIAGE START REQUEST_CLARIFICATION CLOSE",
      "in_progress",
      "needs_clarification",
      "0",
      "in_progress",
      "awaiting_acceptance",
      "in_progress",
      "awaiting_acceptance",
      "closed accepted",
      "reopened",
      "closed duplicate",
      "TicketCreated StatusChanged Assigned StatusChanged MessagePosted StatusChanged StatusChanged StatusChanged StatusChanged StatusChanged StatusChanged StatusChanged",
      "409 https://ticketflow.dev/problems/invalid-transition REOPEN",
    ])
  }, 60_000)
})
