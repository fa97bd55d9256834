import { ApiProblem } from "../problem.ts"

/** How many password hashes run at once, and how many may wait; told to an observer at every change. */
export interface PasswordGateState {
  readonly running: number
  readonly queued: number
}

/** Options of `passwordGate`. */
export interface PasswordGateOptions {
  /** Hashes (scrypt: 128·N·r bytes each, 128 MiB at OWASP's cost) running at once (2). */
  readonly concurrency?: number | undefined
  /** Hashes that may wait for a slot; past it, `overloaded` at once (32). */
  readonly maxQueue?: number | undefined
  /** Seconds a refused caller is told to wait (`Retry-After`, 1). */
  readonly retryAfterSeconds?: number | undefined
  /** Told of every change of the state (tests count concurrent hashes with it). */
  readonly observe?: ((state: PasswordGateState) => void) | undefined
}

/** Bounds password hashing: every scrypt of a request (login, its decoy, a password change) runs through it. */
export interface PasswordGate {
  /** Runs `hash` when a slot is free; refuses with a 503 `ApiProblem` (with `Retry-After`) when the queue is full. */
  run<T>(hash: () => Promise<T>): Promise<T>
  /** The current state. */
  state(): PasswordGateState
}

/**
 * A semaphore with a bounded queue for password hashing, so that a login flood costs at most
 * `concurrency` hashes of memory and `maxQueue` waiting requests, and the rest get a fast 503.
 *
 * @example
 * const gate = passwordGate({ concurrency: 2, maxQueue: 32 })
 * const ok = await gate.run(() => verifyPassword(password, hash))
 */
export function passwordGate(options: PasswordGateOptions = {}): PasswordGate {
  const concurrency = Math.max(1, options.concurrency ?? 2)
  const maxQueue = Math.max(0, options.maxQueue ?? 32)
  const retryAfter = options.retryAfterSeconds ?? 1
  const waiting: Array<() => void> = []
  let running = 0
  const state = (): PasswordGateState => ({ running, queued: waiting.length })
  const tell = () => options.observe?.(state())

  const release = () => {
    const next = waiting.shift()
    if (next === undefined) running -= 1
    else next()
    tell()
  }

  return {
    async run(hash) {
      if (running >= concurrency) {
        if (waiting.length >= maxQueue) {
          throw new ApiProblem({
            slug: "login-overloaded",
            status: 503,
            title: "Too many logins at once",
            detail: `Password checks are queued to capacity; try again in ${retryAfter} seconds`,
            extra: { retryAfter },
            headers: { "Retry-After": String(retryAfter) },
          })
        }
        // The slot passes from the releasing hash to this one: `running` stays as it is.
        await new Promise<void>((resolve) => {
          waiting.push(resolve)
          tell()
        })
      } else {
        running += 1
      }
      tell()
      try {
        return await hash()
      } finally {
        release()
      }
    },
    state,
  }
}
