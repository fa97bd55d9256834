import { Effect } from "effect"
import type { Actor } from "../../policy/actor.ts"
import { checkExpectedVersion, commitDraft, withConflictRetry } from "../commit.ts"
import { withTicketLock } from "../ticket-locks.ts"
import { draftFor } from "../draft.ts"
import { fireOnDraft } from "./evaluate.ts"
import { FireEventInput } from "../inputs.ts"
import { loadVisibleTicket, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService } from "../services.ts"

/** Fires a workflow event (START, REQUEST_REWORK, CLOSE…) with its comment or resolution. */
export const fireEvent = Effect.fnUntraced(function* (actorRef: Actor, rawInput: FireEventInput) {
  const input = yield* parseInput(FireEventInput, rawInput)
  const attempt = Effect.gen(function* () {
    const actor = yield* resolveActor(actorRef)
    const { ticket, roles } = yield* loadVisibleTicket(actor, input.ticket)
    yield* checkExpectedVersion(ticket, input.expectedVersion)
    const clock = yield* ClockService
    const draft = draftFor(ticket, clock.now().toISOString(), actor.user.id)
    yield* fireOnDraft({
      tenant: actor.tenant,
      draft,
      roles,
      event: input.event,
      comment: input.comment,
      resolution: input.resolution,
    })
    return yield* commitDraft(draft)
  })
  return yield* withConflictRetry(withTicketLock(actorRef.tenantId, input.ticket, attempt), input.expectedVersion)
})
