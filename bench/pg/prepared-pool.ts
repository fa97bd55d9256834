import { createHash } from "node:crypto"
import pg from "pg"

/**
 * A pg pool whose clients send chosen statements as named prepared statements, so the server
 * parses and plans them once per connection: an experiment measuring what prepared
 * statements would save the store (the store itself sends every statement unnamed).
 */
export function preparingPool(config: pg.PoolConfig, prepare: (sql: string) => boolean): pg.Pool {
  const pool = new pg.Pool(config)
  pool.on("error", () => {})
  const wrapped = new WeakSet<pg.PoolClient>()
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>
  Object.assign(pool, {
    async connect() {
      const client = await connect()
      if (!wrapped.has(client)) {
        wrapped.add(client)
        const query = client.query.bind(client) as (...args: unknown[]) => unknown
        Object.assign(client, {
          query: (text: unknown, values?: unknown) =>
            typeof text === "string" && prepare(text)
              ? query({ name: createHash("sha1").update(text).digest("hex"), text, values })
              : query(text, values),
        })
      }
      return client
    },
  })
  return pool
}
