import { spawn, type ChildProcess } from "node:child_process"
import { mkdtemp } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** A quickstart server started as its own process, as `npm start` starts it. */
export interface RunningServer {
  readonly base: string
  readonly dataDir: string
  readonly process: ChildProcess
  /** Milliseconds from spawning the process to the first healthy `/health`. */
  readonly healthyAfterMs: number
  readonly output: () => string
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>
}

const main = fileURLToPath(new URL("./main.ts", import.meta.url))
const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url))

/**
 * Starts `src/main.ts` on a free port with its data in a fresh (or the given) directory; with
 * `viaNpm`, as README says it, `npm start -- <args>` from the repository's root.
 */
export async function startServer(options: { dataDir?: string; args?: string[]; env?: Record<string, string>; viaNpm?: boolean } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "ticketflow-quickstart-")))
  const started = performance.now()
  const args = options.args ?? []
  const env = { ...process.env, PORT: "0", HOST: "127.0.0.1", TICKETFLOW_DATA_DIR: dataDir, LOG_LEVEL: "info", ...options.env }
  // npm runs the server as a child of its own: a process group of their own lets `stop` end both.
  const child =
    options.viaNpm === true
      ? spawn("npm", ["start", "--", ...args], { cwd: repositoryRoot, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
      : spawn(process.execPath, ["--conditions=@ticketflow/source", main, ...args], { env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /"port":(\d+),[^\n]*listening/.exec(output)
      if (match?.[1] !== undefined) {
        clearInterval(timer)
        resolve(Number(match[1]))
      }
    }, 20)
    void exited.then((code) => {
      clearInterval(timer)
      reject(new Error(`the quickstart exited (${code}) before listening:\n${output}`))
    })
  })
  const base = `http://127.0.0.1:${port}`
  // Polls until healthy (a presence), with a deadline that says what the server printed.
  const healthDeadline = performance.now() + 30_000
  for (;;) {
    const healthy = await fetch(`${base}/health`).then((r) => r.ok, () => false)
    if (healthy) break
    if (performance.now() > healthDeadline) throw new Error(`the quickstart listened but was not healthy within 30 s:
${output}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const healthyAfterMs = performance.now() - started
  return {
    base,
    dataDir,
    process: child,
    healthyAfterMs,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        if (options.viaNpm === true && child.pid !== undefined) process.kill(-child.pid, "SIGTERM")
        else child.kill("SIGTERM")
      }
      return exited
    },
  }
}
