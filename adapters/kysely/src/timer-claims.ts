import type { Timer } from "@ticketflow/core"
import type pg from "pg"
import { timerRow } from "./rows.ts"

// A pool or a checked-out client: both answer `query`.
type Queryable = Pick<pg.Pool, "query">

const returning = timerRow.columns.map((c) => `tm.${c.column}`).join(", ")
const lease = "now() + make_interval(secs => $2::double precision / 1000)"

/**
 * Claims one timer for `leaseMs` unless it is gone (fired, cancelled) or another runner holds it:
 * `SKIP LOCKED` passes over a row a commit is deleting, the lease over one another process claimed.
 */
export async function claimTimer(db: Queryable, timerId: string, leaseMs: number): Promise<Timer | null> {
  const { rows } = await db.query(
    `UPDATE timers tm SET claimed_until = ${lease}
     WHERE tm.id = (SELECT id FROM timers WHERE id = $1 AND (claimed_until IS NULL OR claimed_until < now()) FOR UPDATE SKIP LOCKED)
     RETURNING ${returning}`,
    [timerId, leaseMs],
  )
  const row = rows[0]
  return row === undefined ? null : timerRow.fromRow(row)
}

/**
 * Claims up to `limit` timers due at least `overdueMs` ago (by the database's clock) that no
 * runner holds, oldest first. Several processes sweeping at once each get different timers.
 */
export async function claimOverdueTimers(
  db: Queryable,
  options: { readonly overdueMs: number; readonly limit: number; readonly leaseMs: number },
): Promise<Timer[]> {
  const { rows } = await db.query(
    `UPDATE timers tm SET claimed_until = ${lease}
     FROM (SELECT id FROM timers
           WHERE due_at <= now() - make_interval(secs => $1::double precision / 1000)
             AND (claimed_until IS NULL OR claimed_until < now())
           ORDER BY due_at, position LIMIT $3 FOR UPDATE SKIP LOCKED) due
     WHERE tm.id = due.id
     RETURNING ${returning}`,
    [options.overdueMs, options.leaseMs, options.limit],
  )
  return rows.map((row) => timerRow.fromRow(row))
}

/** Ends a claim; answers whether the timer is still pending (its run did not fire nor drop it). */
export async function releaseTimer(db: Queryable, timerId: string): Promise<boolean> {
  const { rowCount } = await db.query(`UPDATE timers SET claimed_until = NULL WHERE id = $1`, [timerId])
  return (rowCount ?? 0) > 0
}
