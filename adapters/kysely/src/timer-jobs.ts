import type pg from "pg"
import { quoteIdentifier } from "./database.ts"

/** The graphile-worker task that fires one timer. */
export const timerTask = "ticketflow_timer"

/** The job key of a timer's job: one job per timer, however often it is scheduled. */
export const timerJobKey = (timerId: string) => `${timerTask}:${timerId}`

/** The payload of a timer's job. */
export interface TimerJobPayload {
  readonly timerId: string
}

const jobArguments = (alias: string, workerSchema: string, mode: string) =>
  `${quoteIdentifier(workerSchema)}.add_job(identifier => '${timerTask}', payload => json_build_object('timerId', ${alias}.id),
     run_at => ${alias}.due_at, max_attempts => 10, job_key => '${timerTask}:' || ${alias}.id, job_key_mode => '${mode}')`

/**
 * Makes graphile-worker schedule every timer: a trigger on `timers` adds a job `run_at` the
 * timer's due time when a commit writes the row (in the commit's own transaction, so a timer
 * and its job exist together or not at all) and removes it when the row goes (fired, cancelled).
 * Timers written before the trigger existed get their job here. Installing twice changes nothing;
 * the worker's schema must be migrated first.
 */
export async function installTimerJobs(pool: pg.Pool, workerSchema: string): Promise<{ readonly backfilled: number }> {
  const client = await pool.connect()
  try {
    await client.query("BEGIN")
    // Several workers starting at once would race on CREATE OR REPLACE.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':ticketflow-timer-jobs'))`)
    await client.query(`CREATE OR REPLACE FUNCTION ticketflow_timer_job() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM ${jobArguments("NEW", workerSchema, "replace")};
          RETURN NEW;
        END IF;
        PERFORM ${quoteIdentifier(workerSchema)}.remove_job('${timerTask}:' || OLD.id);
        RETURN OLD;
      END $fn$`)
    await client.query(`CREATE OR REPLACE TRIGGER timers_schedule_jobs AFTER INSERT OR DELETE ON timers
      FOR EACH ROW EXECUTE FUNCTION ticketflow_timer_job()`)
    const { rows } = await client.query<{ backfilled: number }>(
      `SELECT count(${jobArguments("t", workerSchema, "unsafe_dedupe")})::int AS backfilled
       FROM timers t
       WHERE NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(workerSchema)}.jobs j WHERE j.key = '${timerTask}:' || t.id)`,
    )
    await client.query("COMMIT")
    return { backfilled: rows[0]?.backfilled ?? 0 }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/** Removes the trigger, for a deployment that stops running graphile-worker (commits would fail once its schema is dropped). */
export async function uninstallTimerJobs(pool: pg.Pool): Promise<void> {
  await pool.query("DROP TRIGGER IF EXISTS timers_schedule_jobs ON timers")
  await pool.query("DROP FUNCTION IF EXISTS ticketflow_timer_job()")
}
