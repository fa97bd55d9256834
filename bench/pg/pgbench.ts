import { execFile } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import { promisify } from "node:util"

const run = promisify(execFile)

/** The newest `pgbench` of the installed servers, or the one on the PATH. */
function findInstalled(): string | null {
  const root = "/usr/lib/postgresql"
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
    for (const version of versions) {
      const binary = `${root}/${version}/bin/pgbench`
      if (existsSync(binary)) return binary
    }
  }
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir !== "" && existsSync(`${dir}/pgbench`)) return `${dir}/pgbench`
  }
  return null
}

/**
 * Finds pgbench, installing the server's contrib package with apt when it is missing; answers
 * the binary and how it was found.
 */
export async function findPgbench(): Promise<{ binary: string; how: string }> {
  const installed = findInstalled()
  if (installed !== null) return { binary: installed, how: "found" }
  console.error("pgbench not found: installing postgresql-contrib with apt-get")
  await run("apt-get", ["install", "-y", "postgresql-contrib"], { maxBuffer: 64 * 1024 * 1024 })
  const after = findInstalled()
  if (after === null) throw new Error("pgbench is still missing after apt-get install -y postgresql-contrib")
  return { binary: after, how: "installed with apt-get install -y postgresql-contrib" }
}

/** libpq's environment for a URL: pgbench takes the same server the benchmark uses. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url)
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port === "" ? "5432" : parsed.port,
    PGUSER: decodeURIComponent(parsed.username === "" ? "postgres" : parsed.username),
    ...(parsed.password === "" ? {} : { PGPASSWORD: decodeURIComponent(parsed.password) }),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
  }
}

/** `pgbench -i -s <scale>` in the URL's database (it drops and recreates its own tables). */
export async function initPgbench(binary: string, url: string, scale: number): Promise<void> {
  await run(binary, ["-i", "-s", String(scale), "-q"], { env: libpqEnv(url), maxBuffer: 64 * 1024 * 1024 })
}

/** What one pgbench run measured. */
export interface PgbenchResult {
  readonly tps: number
  readonly transactions: number
  /** pgbench's own summary and, with `perStatement`, its statement latencies. */
  readonly output: string
  readonly command: string
}

/** `pgbench -b tpcb-like` for `seconds` with `clients` clients; answers the tps without connection time. */
export async function runPgbench(
  binary: string,
  url: string,
  options: { clients: number; seconds: number; perStatement?: boolean },
): Promise<PgbenchResult> {
  const args = ["-b", "tpcb-like", "-c", String(options.clients), "-j", "1", "-T", String(options.seconds)]
  if (options.perStatement === true) args.push("-r")
  const { stdout } = await run(binary, args, { env: libpqEnv(url), maxBuffer: 64 * 1024 * 1024 })
  const match = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)
  if (match?.[1] === undefined) throw new Error(`Could not read pgbench's tps from:\n${stdout}`)
  const processed = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1]
  return { tps: Number(match[1]), transactions: Number(processed ?? 0), output: stdout, command: `${binary} ${args.join(" ")}` }
}
