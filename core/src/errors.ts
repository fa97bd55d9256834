import { Data } from "effect"

/** One failing field of a rejected input. */
export interface FieldIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/** The input did not pass its schema; nothing was changed. */
export class ValidationFailed extends Data.TaggedError("ValidationFailed")<{
  readonly message: string
  readonly issues: ReadonlyArray<FieldIssue>
}> {}

/** The ticket does not exist or the actor may not see it (never `Forbidden`: no existence leak). */
export class TicketNotFound extends Data.TaggedError("TicketNotFound")<{
  readonly message: string
  readonly ticket: string
}> {}

/** A configuration entity, user, attachment or workflow that does not exist. */
export class NotFound extends Data.TaggedError("NotFound")<{
  readonly message: string
  readonly entity: string
  readonly key: string
}> {}

/** The actor may see the ticket but not do this. */
export class Forbidden extends Data.TaggedError("Forbidden")<{
  readonly message: string
  readonly action: string
}> {}

/** The actor is unknown, inactive or belongs to another tenant. */
export class Unauthenticated extends Data.TaggedError("Unauthenticated")<{
  readonly message: string
}> {}

/** An event that the workflow does not allow from this status for this actor. */
export class InvalidTransition extends Data.TaggedError("InvalidTransition")<{
  readonly message: string
  readonly event: string
  readonly status: string
  /** The events this actor may fire now. */
  readonly allowed: ReadonlyArray<string>
}> {}

/** The ticket changed since the version the caller expected. */
export class VersionConflict extends Data.TaggedError("VersionConflict")<{
  readonly message: string
  readonly ticketId: string
  readonly expected: number
  readonly actual: number | null
}> {}

/** A field that may no longer be edited (the description locked, the ticket closed). */
export class TicketLocked extends Data.TaggedError("TicketLocked")<{
  readonly message: string
  readonly fields: ReadonlyArray<string>
}> {}

/** Files that break the attachment policy, or that cannot be linked. */
export class AttachmentRejected extends Data.TaggedError("AttachmentRejected")<{
  readonly message: string
  readonly reason: "too_many" | "too_large" | "type_not_allowed" | "not_linkable"
}> {}

/** A configuration key that already exists, or an idempotency key reused with another input. */
export class Conflict extends Data.TaggedError("Conflict")<{
  readonly message: string
  readonly reason: "duplicate_key" | "idempotency_key_reused" | "in_use"
}> {}

/** One reason a workflow definition is refused. */
export interface WorkflowProblem {
  /** A stable code such as `unreachable_status`. */
  readonly code: string
  readonly message: string
  /** Where in the definition: `["transitions", 3, "to"]`. */
  readonly path: ReadonlyArray<string | number>
  readonly status?: string
  readonly event?: string
}

/** A workflow definition the validator refuses. */
export class InvalidWorkflow extends Data.TaggedError("InvalidWorkflow")<{
  readonly message: string
  readonly problems: ReadonlyArray<WorkflowProblem>
}> {}

/** A failure of the storage itself (connection lost, constraint the engine did not expect). */
export class StoreFailure extends Data.TaggedError("StoreFailure")<{
  readonly message: string
  readonly cause: unknown
}> {}

/** Every error a command or query may fail with. */
export type EngineError =
  | ValidationFailed
  | TicketNotFound
  | NotFound
  | Forbidden
  | Unauthenticated
  | InvalidTransition
  | VersionConflict
  | TicketLocked
  | AttachmentRejected
  | Conflict
  | InvalidWorkflow
  | StoreFailure
