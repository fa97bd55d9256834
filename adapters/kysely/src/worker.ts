/**
 * @module
 * ticketflow's timers on Postgres, run by graphile-worker (an optional peer, with `pg`): the
 * worker, and the job definitions it installs.
 */
export { startTimerWorker } from "./timer-worker.ts"
export type { TimerOutcome, TimerWorker, TimerWorkerOptions } from "./timer-worker.ts"
export { installTimerJobs, timerJobKey, timerTask, uninstallTimerJobs } from "./timer-jobs.ts"
