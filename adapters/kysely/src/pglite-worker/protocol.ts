/** What the PGlite thread is started with (its `workerData`). */
export interface ThreadOptions {
  /** A data directory, or a PGlite URL (`memory://`); memory when absent. */
  readonly dataDir: string | undefined
  /** A dumped data directory (`dumpPglite`) to start a new database from. */
  readonly template: ArrayBuffer | undefined
  /** `pg_trgm.tar.gz` as a `file:` URL, for bundled apps. */
  readonly pgTrgmBundle: string | undefined
}

/** A statement for the thread to run. */
export interface StatementRequest {
  readonly id: number
  readonly sql: string
  readonly parameters: ReadonlyArray<unknown>
}

/** A database error as it crosses threads: its message and PGlite's fields (`code`, `constraint`, …). */
export interface ThreadError {
  readonly message: string
  readonly fields: Readonly<Record<string, unknown>>
}

/** What the thread answers: `ready` once PGlite is open, then one answer per statement. */
export type ThreadMessage =
  | { readonly type: "ready" }
  | { readonly type: "failed"; readonly error: ThreadError }
  | { readonly type: "result"; readonly id: number; readonly rows: ReadonlyArray<Record<string, unknown>>; readonly affectedRows: number | undefined }
  | { readonly type: "error"; readonly id: number; readonly error: ThreadError }

/** An error's message and own fields, which survive `postMessage` (an `Error`'s extra fields do not). */
export function toThreadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { message: String(error), fields: {} }
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || typeof value === "function" || typeof value === "object") continue
    fields[key] = value
  }
  return { message: error.message, fields }
}

/** The `Error` on this side of the thread, with the database's fields (`code`, `constraint`, …) on it. */
export function fromThreadError(error: ThreadError): Error {
  return Object.assign(new Error(error.message), error.fields)
}
