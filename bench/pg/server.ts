import pg from "pg"

/** The server the Postgres benchmarks run against: `DATABASE_URL`, else the local one. */
export const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"

/** The server's URL with another database in it. */
export function databaseUrl(database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** The URL without its password, for what the benchmark prints. */
export function redacted(url: string): string {
  const parsed = new URL(url)
  if (parsed.password !== "") parsed.password = "***"
  return parsed.toString()
}

/** Runs `work` with one client on `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates a database on the server unless it exists; answers whether it was created. */
export async function ensureDatabase(name: string): Promise<boolean> {
  return withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount !== 0) return false
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`)
    return true
  })
}

/** The server's version and the settings that decide commit throughput and list latency. */
export async function describeServer(): Promise<string> {
  return withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings
       WHERE name IN ('server_version', 'shared_buffers', 'synchronous_commit', 'fsync', 'wal_level', 'max_connections', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit', 'autovacuum')
       ORDER BY name`,
    )
    return rows.map((row) => `${row.name}=${row.setting}${row.unit === null ? "" : ` ${row.unit}`}`).join(", ")
  })
}
