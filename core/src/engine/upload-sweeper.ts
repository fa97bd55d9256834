import type { AttachmentStore } from "../ports/attachment-store.ts"
import { systemClock, type Clock } from "../ports/clock.ts"
import type { Engine } from "./engine.ts"

/** How long a partial file may lie untouched before the sweeper removes it (1 hour). */
export const defaultPartialTtlMs = 60 * 60 * 1000
/** How long an upload may stay unlinked to any message before the sweeper removes it (24 hours). */
export const defaultUnlinkedUploadTtlMs = 24 * 60 * 60 * 1000

/** What `sweepUploads` needs and how long things may stay. */
export interface UploadSweepOptions {
  /** The engine that holds the uploads' metadata. */
  readonly engine: Pick<Engine, "findUnlinkedUploads" | "removeUnlinkedUploads">
  /** Where the uploads' bytes live. */
  readonly attachments: AttachmentStore
  /** Where "now" comes from (the wall clock by default). */
  readonly clock?: Clock | undefined
  /** Partial files untouched for longer than this are removed (`defaultPartialTtlMs`, 1 h). */
  readonly partialTtlMs?: number | undefined
  /** Uploads unlinked for longer than this are removed, metadata and bytes (`defaultUnlinkedUploadTtlMs`, 24 h). */
  readonly unlinkedTtlMs?: number | undefined
  /** Uploads read and deleted per round trip (500). */
  readonly batchSize?: number | undefined
}

/** What one sweep removed. */
export interface UploadSweep {
  /** Partial files of interrupted writes. */
  readonly partials: number
  /** Uploads never linked to a message. */
  readonly unlinkedUploads: number
}

/**
 * Removes what uploads leave behind (issue 15, point 4): the partial files of writes a crash
 * interrupted, older than `partialTtlMs`, and uploads nobody linked to a ticket or message
 * within `unlinkedTtlMs` (their metadata row, then their bytes). An upload linked while the
 * sweep runs is kept: the store deletes only rows still unlinked. A host schedules it as it
 * likes, or runs `startUploadSweeper`.
 *
 * @example
 * await sweepUploads({ engine, attachments, unlinkedTtlMs: 6 * 60 * 60 * 1000 })
 */
export async function sweepUploads(options: UploadSweepOptions): Promise<UploadSweep> {
  const now = (options.clock ?? systemClock).now().getTime()
  const batchSize = options.batchSize ?? 500
  const partials = (await options.attachments.sweepPartials?.({ olderThan: new Date(now - (options.partialTtlMs ?? defaultPartialTtlMs)) })) ?? 0
  const before = new Date(now - (options.unlinkedTtlMs ?? defaultUnlinkedUploadTtlMs))
  let unlinkedUploads = 0
  for (;;) {
    const batch = await options.engine.findUnlinkedUploads(before, batchSize)
    const byTenant = new Map<string, string[]>()
    for (const upload of batch) byTenant.set(upload.tenantId, [...(byTenant.get(upload.tenantId) ?? []), upload.id])
    let deletedNow = 0
    for (const [tenantId, ids] of byTenant) {
      const deleted = await options.engine.removeUnlinkedUploads(tenantId, ids)
      // The row goes first: bytes without a row are unreachable, a row without bytes is not.
      for (const id of deleted) await options.attachments.delete(tenantId, id)
      deletedNow += deleted.length
    }
    unlinkedUploads += deletedNow
    // A short batch was the last; a batch of which nothing went (all linked meanwhile) ends it too.
    if (batch.length < batchSize || deletedNow === 0) break
  }
  return { partials, unlinkedUploads }
}

/** Options of `startUploadSweeper`: those of a sweep, and how often. */
export interface UploadSweeperOptions extends UploadSweepOptions {
  /** The pause between two sweeps, in milliseconds (10 minutes); the first sweep runs at once. */
  readonly intervalMs?: number | undefined
  /** Told of every sweep that removed something. */
  readonly onSweep?: ((sweep: UploadSweep) => void) | undefined
  /** Told of a failed sweep (the database was down, say); the sweeper goes on. Logged by default. */
  readonly onError?: ((error: unknown) => void) | undefined
}

/** A running upload sweeper. */
export interface UploadSweeper {
  /** Sweeps now (after the sweep in progress, if any). */
  sweep(): Promise<UploadSweep>
  /** Stops the sweeper once the sweep in progress has finished. */
  stop(): Promise<void>
}

/**
 * Runs `sweepUploads` in process, one sweep at a time, every `intervalMs`. Several processes
 * may sweep the same stores: each upload is deleted once, by whichever gets its row.
 *
 * @example
 * const sweeper = startUploadSweeper({ engine, attachments, intervalMs: 10 * 60 * 1000 })
 * process.on("SIGTERM", () => void sweeper.stop())
 */
export function startUploadSweeper(options: UploadSweeperOptions): UploadSweeper {
  const intervalMs = options.intervalMs ?? 10 * 60 * 1000
  const onError = options.onError ?? ((error: unknown) => console.error("ticketflow upload sweeper: a sweep failed", error))
  let stopped = false
  let pending: ReturnType<typeof setTimeout> | undefined
  let running: Promise<UploadSweep> = Promise.resolve({ partials: 0, unlinkedUploads: 0 })

  const sweep = (): Promise<UploadSweep> => {
    running = running
      .catch(() => undefined)
      .then(() => sweepUploads(options))
      .then((result) => {
        if (result.partials + result.unlinkedUploads > 0) options.onSweep?.(result)
        return result
      })
    return running
  }
  const loop = () => {
    sweep()
      .catch(onError)
      .finally(() => {
        if (!stopped) {
          pending = setTimeout(loop, intervalMs)
          pending.unref?.()
        }
      })
  }
  loop()

  return {
    sweep,
    async stop() {
      stopped = true
      clearTimeout(pending)
      await running.catch(() => undefined)
    },
  }
}
