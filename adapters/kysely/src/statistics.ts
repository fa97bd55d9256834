import { sql, type Kysely } from "kysely"
import type { Database } from "./schema.ts"

/**
 * Runs `ANALYZE` on every table of the search path whose statistics are stale by autovacuum's
 * rule (50 rows + 10 % of the table changed since the last one), that grew by more than 10 % in
 * pages since (the change counts are lost when PGlite is not closed cleanly), or that was never
 * analysed (`reltuples` is -1 until then). PGlite has no autovacuum: without statistics its planner turns
 * a search into a scan of every message once per ticket. Returns the tables analysed.
 */
export async function analyzeStaleTables(db: Kysely<Database>): Promise<string[]> {
  // The counts of this backend's own changes reach the statistics views when it next reports them.
  await sql`SELECT pg_stat_force_next_flush()`.execute(db)
  const { rows } = await sql<{ name: string }>`
    SELECT quote_ident(s.schemaname) || '.' || quote_ident(s.relname) AS name
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.schemaname = ANY (current_schemas(false))
      AND (c.reltuples < 0 OR s.n_mod_since_analyze > 50 + 0.1 * c.reltuples
        OR pg_relation_size(c.oid) / current_setting('block_size')::int > 8 + 1.1 * c.relpages)
    ORDER BY s.relname`.execute(db)
  for (const { name } of rows) await sql`ANALYZE ${sql.raw(name)}`.execute(db)
  return rows.map((row) => row.name)
}
