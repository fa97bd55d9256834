import pg from "pg"

/** The Postgres server of the benchmark: `DATABASE_URL`, else the local one. */
export const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"

/** The benchmark's own database, dropped and recreated each run so the quickstart installs the demo fresh. */
export const benchDatabase = "ticketflow_bench_api"

/** `serverUrl` with another database in it. */
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

/** Drops (closing its connections) and recreates `benchDatabase`; answers the server's version. */
export async function recreateBenchDatabase(): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${benchDatabase}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${benchDatabase}"`)
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version")
    return rows[0]?.server_version ?? "?"
  } finally {
    await client.end()
  }
}
