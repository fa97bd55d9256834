import { sql, type Kysely } from "kysely"
import type { Migration } from "kysely/migration"

/**
 * A lease on a timer row: a timer runner claims due rows (`FOR UPDATE SKIP LOCKED`) by setting
 * `claimed_until`, so that several processes never run one timer at once, and a runner that
 * dies mid-run only holds its timers until the lease ends.
 */
export const timerClaims: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE timers ADD COLUMN claimed_until timestamptz`.execute(db)
  },
  async down(db: Kysely<unknown>) {
    await sql`ALTER TABLE timers DROP COLUMN claimed_until`.execute(db)
  },
}
