import { Effect, Schedule } from "effect"
import type { Ticket } from "../domain/ticket.ts"
import { VersionConflict } from "../errors.ts"
import { finishDraft, type Draft } from "./draft.ts"
import { EventFeedService, fromStore, IdGeneratorService } from "./services.ts"

/** Commits a draft in one store transaction and returns the ticket as written. */
export const commitDraft = Effect.fnUntraced(function* (draft: Draft) {
  const ids = yield* IdGeneratorService
  const change = finishDraft(draft, ids)
  yield* fromStore((s) => s.commit(change))
  const feed = yield* EventFeedService
  // Live updates are best effort: the change is committed whether or not a listener hears of it.
  yield* Effect.promise(() => feed.publish(change.events).catch(() => undefined))
  return draft.ticket
})

// Writers that collided would collide again if they retried at once: spread them out.
const conflictBackoff = Schedule.jittered(Schedule.exponential("2 millis", 1.5))

/** How many times a command retries a version conflict: state changes 3, appends more. */
export const conflictRetries = {
  /** A transition or an edit re-checks the policy on a changed ticket; a few tries are enough. */
  change: 3,
  /** A message is appended whatever else changed: it keeps trying (about half a second in all). */
  append: 12,
} as const

/**
 * Runs a command; without an expected version a conflict is retried (reload, re-check the
 * policy, re-evaluate) after a jittered, growing pause; with one the caller learns of the
 * conflict instead.
 */
export function withConflictRetry<A, E, R>(
  program: Effect.Effect<A, E | VersionConflict, R>,
  expectedVersion: number | undefined,
  times: number = conflictRetries.change,
): Effect.Effect<A, E | VersionConflict, R> {
  if (expectedVersion !== undefined) return program
  return Effect.retry(program, { schedule: conflictBackoff, times, while: (error) => error instanceof VersionConflict })
}

/** Fails with `VersionConflict` when the caller expected another version. */
export function checkExpectedVersion(ticket: Ticket, expected: number | undefined): Effect.Effect<void, VersionConflict> {
  if (expected === undefined || expected === ticket.version) return Effect.void
  return Effect.fail(
    new VersionConflict({
      message: `Ticket #${ticket.number} is at version ${ticket.version}, not ${expected}`,
      ticketId: ticket.id,
      expected,
      actual: ticket.version,
    }),
  )
}
