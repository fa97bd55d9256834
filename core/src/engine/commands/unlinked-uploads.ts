import { Effect } from "effect"
import { readStore } from "../services.ts"

/** Uploads of every tenant still unlinked to a message and older than `before`, at most `limit` (a trusted, host-side call: the upload sweeper). */
export const findUnlinkedUploads = Effect.fnUntraced(function* (before: Date, limit: number) {
  return yield* readStore((s) => s.unlinkedAttachments(before, limit))
})

/**
 * Removes the metadata of uploads that are still unlinked, and returns the ids removed: an upload
 * a message linked meanwhile stays (a trusted, host-side call: the sweeper then deletes the bytes).
 */
export const removeUnlinkedUploads = Effect.fnUntraced(function* (tenantId: string, ids: ReadonlyArray<string>) {
  return yield* readStore((s) => s.deleteUnlinkedAttachments(tenantId, ids))
})
