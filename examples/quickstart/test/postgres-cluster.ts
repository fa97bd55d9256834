import { execFile } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import { chown, mkdtemp, readFile, rm } from "node:fs/promises"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"

const run = promisify(execFile)

/** A Postgres cluster of the installed server, on a high port, that a test may stop and start. */
export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication). */
  readonly url: string
  readonly port: number
  /** `pg_ctl stop -m <mode>`: `fast` ends sessions cleanly, `immediate` as a crash would. */
  stop(mode: "fast" | "immediate"): Promise<void>
  /** `pg_ctl start`, resolving once the server accepts connections. */
  start(): Promise<void>
  /** The server's log, for a failing test's message. */
  log(): Promise<string>
  /** Stops the server (immediately) and removes its files. */
  destroy(): Promise<void>
}

/** The `bin` directory of the newest installed Postgres with `initdb` and `pg_ctl`, or null. */
export function findPostgresBin(root = "/usr/lib/postgresql"): string | null {
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "initdb")) && existsSync(join(root, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a))
  const newest = versions[0]
  return newest === undefined ? null : join(root, newest, "bin")
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once("error", () => resolve(false))
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)))
  })
}

/** A free port in 55400–55499, tried in a random order. */
export async function freeHighPort(from = 55_400, to = 55_499): Promise<number> {
  const ports = Array.from({ length: to - from + 1 }, (_, i) => from + i).sort(() => Math.random() - 0.5)
  for (const port of ports) if (await portIsFree(port)) return port
  throw new Error(`no free port in ${from}–${to}`)
}

/**
 * Creates a cluster with `initdb` in a fresh directory under the temp dir and starts it on a free
 * high port. initdb refuses to run as root: as root, the cluster belongs to the `postgres` user
 * and every command runs through `runuser -u postgres`.
 */
export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  const root = await mkdtemp(join(tmpdir(), "ticketflow-faults-pg-"))
  const dataDir = join(root, "data")
  const logFile = join(root, "server.log")
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"])
    const { stdout: gid } = await run("id", ["-g", "postgres"])
    await chown(root, Number(stdout.trim()), Number(gid.trim()))
  }
  const pg = (tool: string, args: ReadonlyArray<string>) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, tool), ...args]) : run(join(bin, tool), [...args])

  await pg("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"])
  let port = 0
  const start = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", `-p ${port} -c listen_addresses=127.0.0.1 -k ${root}`, "start"])
  }
  // Another process may take the port between the check and the start: then try another.
  for (let attempt = 0; ; attempt += 1) {
    port = await freeHighPort()
    try {
      await start()
      break
    } catch (error) {
      if (attempt >= 4) throw error
    }
  }
  let destroyed = false
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop(mode) {
      await pg("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "-t", "60", "stop"])
    },
    start,
    log: () => readFile(logFile, "utf8").catch(() => ""),
    async destroy() {
      if (destroyed) return
      destroyed = true
      await pg("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined)
      await rm(root, { recursive: true, force: true })
    },
  }
}
