import { migrate, quoteIdentifier, type DatabaseHandle, type KyselyOptions } from "@ticketflow/kysely"
import { openPostgres } from "@ticketflow/kysely/postgres"
import { withClient } from "./server.ts"

/**
 * Drops and recreates `schema` in the database at `url`, migrated, with `pg_trgm` in `public`
 * (on the search path after the schema) so dropping the schema never drops the extension.
 */
export async function freshSchema(url: string, schema: string, options: KyselyOptions & { max: number }): Promise<DatabaseHandle> {
  await withClient(url, async (client) => {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`)
    await client.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`)
  })
  const handle = await openPostgres({ connectionString: url, schema, max: options.max, log: options.log })
  await migrate(handle.db, { schema })
  return handle
}
