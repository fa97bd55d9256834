/**
 * @module
 * ticketflow's timers on Postgres, run by graphile-worker (an optional peer, with `pg`): the
 * worker, and `uninstallTimerJobs` for a deployment that stops running it. The worker installs
 * its job trigger itself and runs its own task; neither is a host's to call.
 */
export { startTimerWorker } from "./timer-worker.ts"
export type { TimerOutcome, TimerWorker, TimerWorkerOptions } from "./timer-worker.ts"
export { uninstallTimerJobs } from "./timer-jobs.ts"
