import { Worker } from "node:worker_threads"
import { fromThreadError, type ThreadMessage, type ThreadOptions } from "./protocol.ts"
import { StatementTimeout } from "./statement-timeout.ts"

/** One statement's rows, as PGlite returns them. */
export interface StatementResult {
  readonly rows: ReadonlyArray<Record<string, unknown>>
  readonly affectedRows: number | undefined
}

interface Pending {
  readonly resolve: (result: StatementResult) => void
  readonly reject: (error: unknown) => void
  readonly timer: NodeJS.Timeout | undefined
}

// From src the thread is `thread.ts` (Node strips its types); from the published dist, `thread.js`.
const threadFile = new URL(import.meta.url.endsWith(".ts") ? "./thread.ts" : "./thread.js", import.meta.url)

/** Whether a data directory survives the thread: a directory on disk does, memory does not. */
export function persists(dataDir: string | undefined): boolean {
  return dataDir !== undefined && (!dataDir.includes("://") || dataDir.startsWith("file://"))
}

/**
 * PGlite in a worker thread, so that a long statement never blocks the event loop. A statement
 * past its budget rejects with `StatementTimeout` at once; when the data lives on disk the thread
 * is terminated (a running wasm statement cannot be interrupted otherwise) and a new one reopens
 * the same directory, as Postgres recovers after a crash: committed data stays, the statement's
 * own work and any open transaction are gone. An in-memory database would not survive that: its
 * statement runs on and the statements after it wait for it.
 */
export class PgliteThread {
  #options: ThreadOptions
  #worker: Worker | undefined
  #ready: Promise<void>
  #pending = new Map<number, Pending>()
  #nextId = 1
  #closed = false
  /** How many times a thread was replaced after a statement ran past its budget. */
  restarts = 0

  constructor(options: ThreadOptions) {
    this.#options = options
    this.#ready = this.#start()
  }

  /** Resolves once PGlite is open in the thread; rejects when it could not open. */
  get ready(): Promise<void> {
    return this.#ready
  }

  #start(): Promise<void> {
    const worker = new Worker(threadFile, { workerData: this.#options })
    this.#worker = worker
    return new Promise<void>((resolve, reject) => {
      worker.on("message", (message: ThreadMessage) => {
        switch (message.type) {
          case "ready":
            // Only a new database starts from the template: a reopened one has its data already.
            this.#options = { ...this.#options, template: undefined }
            resolve()
            return
          case "failed":
            reject(fromThreadError(message.error))
            return
          case "result":
            this.#settle(message.id)?.resolve({ rows: message.rows, affectedRows: message.affectedRows })
            return
          case "error":
            this.#settle(message.id)?.reject(fromThreadError(message.error))
            return
        }
      })
      worker.on("error", (error) => {
        reject(error)
        this.#failAll(error)
      })
      worker.on("exit", (code) => {
        reject(new Error(`the PGlite thread exited (${code}) before it was ready`))
        if (this.#worker === worker) this.#failAll(new Error(`the PGlite thread exited (${code})`))
      })
    })
  }

  #settle(id: number): Pending | undefined {
    const pending = this.#pending.get(id)
    if (pending === undefined) return undefined
    this.#pending.delete(id)
    clearTimeout(pending.timer)
    return pending
  }

  #failAll(error: unknown): void {
    for (const id of [...this.#pending.keys()]) this.#settle(id)?.reject(error)
  }

  /**
   * Runs one statement in the thread.
   *
   * @param budgetMs how long it may run before it is cancelled; `null` for no bound (maintenance)
   */
  async query(sql: string, parameters: ReadonlyArray<unknown>, budgetMs: number | null): Promise<StatementResult> {
    await this.#ready
    if (this.#closed) throw new Error("the PGlite database is closed")
    const worker = this.#worker
    if (worker === undefined) throw new Error("the PGlite thread is not running")
    const id = this.#nextId++
    return new Promise<StatementResult>((resolve, reject) => {
      const timer = budgetMs === null ? undefined : setTimeout(() => this.#timeOut(id, budgetMs), budgetMs)
      this.#pending.set(id, { resolve, reject, timer })
      worker.postMessage({ id, sql, parameters })
    })
  }

  #timeOut(id: number, budgetMs: number): void {
    this.#settle(id)?.reject(new StatementTimeout(budgetMs))
    if (!persists(this.#options.dataDir) || this.#closed) return
    const old = this.#worker
    this.#worker = undefined
    // Statements queued behind the cancelled one are cancelled with it: their callers may retry.
    this.#failAll(new StatementTimeout(budgetMs))
    this.restarts += 1
    this.#ready = (old === undefined ? Promise.resolve() : old.terminate().then(() => undefined)).then(() => this.#start())
    this.#ready.catch(() => {})
  }

  /** Closes PGlite in the thread (a clean shutdown) and ends the thread. */
  async close(): Promise<void> {
    if (this.#closed) return
    await this.#ready.catch(() => {})
    this.#closed = true
    const worker = this.#worker
    if (worker === undefined) return
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()))
    worker.postMessage("close")
    await exited
  }
}
