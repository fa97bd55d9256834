import type { Engine, TimerRun } from "@ticketflow/core"

/** Options of `startTimerLoop`. */
export interface TimerLoopOptions {
  /** The engine over the store whose timers to run. */
  readonly engine: Pick<Engine, "runDueTimers">
  /** The pause between two runs, in milliseconds (1000 by default). */
  readonly intervalMs?: number | undefined
  /** Told of every run that fired or dropped something. */
  readonly onRun?: ((run: TimerRun) => void) | undefined
  /** Told of a failed run (the database was closed, say); the loop goes on. Logged by default. */
  readonly onError?: ((error: unknown) => void) | undefined
}

/** A running timer loop. */
export interface TimerLoop {
  /** Runs the due timers now (after the run in progress, if any). */
  tick(): Promise<TimerRun>
  /** Stops the loop once the run in progress has finished. */
  stop(): Promise<void>
}

/**
 * Runs the due timers in process, one run at a time, every `intervalMs`: the embedded (PGlite)
 * deployment, where one process owns the database. The timer rows are the same as on Postgres,
 * so timers written before a restart fire after it; each fires once because its commit is
 * version-checked and deletes the row.
 *
 * @example
 * const loop = startTimerLoop({ engine, intervalMs: 1000 })
 * process.on("SIGTERM", () => void loop.stop())
 */
export function startTimerLoop(options: TimerLoopOptions): TimerLoop {
  const intervalMs = options.intervalMs ?? 1000
  const onError = options.onError ?? ((error: unknown) => console.error("ticketflow timer loop: a run failed", error))
  let stopped = false
  let pending: ReturnType<typeof setTimeout> | undefined
  let running: Promise<TimerRun> = Promise.resolve({ fired: 0, dropped: 0 })

  const tick = (): Promise<TimerRun> => {
    running = running
      .catch(() => undefined)
      .then(() => options.engine.runDueTimers())
      .then((run) => {
        if (run.fired + run.dropped > 0) options.onRun?.(run)
        return run
      })
    return running
  }
  const loop = () => {
    tick()
      .catch(onError)
      .finally(() => {
        if (!stopped) pending = setTimeout(loop, intervalMs)
      })
  }
  loop()

  return {
    tick,
    async stop() {
      stopped = true
      clearTimeout(pending)
      await running.catch(() => undefined)
    },
  }
}
