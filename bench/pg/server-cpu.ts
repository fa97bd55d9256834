import { readFileSync } from "node:fs"
import pg from "pg"
import { serverUrl, withClient } from "./server.ts"

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100

/** User + system CPU of a process, ms, from /proc; null when it is not readable (a remote server). */
export function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? []
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : null
  } catch {
    return null
  }
}

const backendsQuery =
  "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()"

/** The backends serving client connections to `database`. */
async function backendPids(database: string, client?: pg.Client): Promise<number[]> {
  const query = async (c: pg.Client) => (await c.query<{ pid: number }>(backendsQuery, [database])).rows.map((row) => row.pid)
  return client === undefined ? withClient(serverUrl, query) : query(client)
}

/** CPU of each backend of `database`, ms; null when the server's processes are not readable here. */
export async function backendCpu(database: string): Promise<Map<number, number> | null> {
  const out = new Map<number, number>()
  for (const pid of await backendPids(database)) {
    const ms = processCpuMs(pid)
    if (ms === null) return null
    out.set(pid, ms)
  }
  return out
}

/** The CPU the backends spent between two snapshots, ms (backends that appeared count from zero). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0)
  return total
}

/**
 * Samples the backends of `database` while short-lived clients (pgbench's) come and go: the CPU
 * each spent, as last seen; a backend's last moments before it exits are missed.
 */
export function pollBackendCpu(database: string, everyMs = 100): { stop(): Promise<number | null> } {
  const seen = new Map<number, number>()
  let readable = true
  let running = true
  const loop = (async () => {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      while (running) {
        for (const pid of await backendPids(database, client)) {
          const ms = processCpuMs(pid)
          if (ms === null) readable = false
          else seen.set(pid, Math.max(seen.get(pid) ?? 0, ms))
        }
        await new Promise((resolve) => setTimeout(resolve, everyMs))
      }
    } finally {
      await client.end()
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      if (!readable) return null
      return [...seen.values()].reduce((sum, ms) => sum + ms, 0)
    },
  }
}
