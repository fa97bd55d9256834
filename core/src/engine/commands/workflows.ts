import { Effect } from "effect"
import * as z from "zod"
import { Key } from "../../domain/common.ts"
import { InvalidWorkflow, ValidationFailed } from "../../errors.ts"
import type { Actor } from "../../policy/actor.ts"
import { workflowViewFor } from "../../policy/workflow-view.ts"
import type { Ticket } from "../../domain/ticket.ts"
import { validateWorkflow } from "../../workflow/validate.ts"
import { commitDraft } from "../commit.ts"
import { draftFor } from "../draft.ts"
import { loadWorkflow, requireAdmin, requireStaff, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService, fromStore, IdGeneratorService, readStore } from "../services.ts"
import { scheduleSlaTimer, scheduleStatusTimers } from "../timers.ts"
import { calendarFor, slaCalendar } from "../calendars.ts"
import { onStatusCategory } from "../../sla/clock.ts"

/**
 * Validates and publishes a workflow as the next version of its key. Tickets keep the version
 * they started on until migrated.
 */
export const publishWorkflow = Effect.fnUntraced(function* (actorRef: Actor, input: unknown) {
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, "publish workflows")
  const validation = validateWorkflow(input)
  if (!validation.ok) {
    return yield* new InvalidWorkflow({
      message: `The workflow is invalid: ${validation.problems.map((p) => p.message).join("; ")}`,
      problems: validation.problems,
    })
  }
  const latest = yield* readStore((s) => s.getWorkflow(actor.tenant.id, validation.definition.key))
  const definition = { ...validation.definition, version: (latest?.version ?? 0) + 1 }
  yield* fromStore((s) => s.putWorkflow(actor.tenant.id, definition))
  return definition
})

/** Checks a workflow definition without publishing it (the support team only): whether it passes, and every problem with its code and path. */
export const checkWorkflow = Effect.fnUntraced(function* (actorRef: Actor, candidate: unknown) {
  const actor = yield* resolveActor(actorRef)
  yield* requireStaff(actor, "validate workflows")
  return validateWorkflow(candidate)
})

/** A workflow version (the latest when absent); customers read it too, for its status labels, in their view. */
export const getWorkflow = Effect.fnUntraced(function* (actorRef: Actor, key: string, version?: number) {
  const actor = yield* resolveActor(actorRef)
  const compiled = yield* loadWorkflow(actor.tenant.id, key, version)
  return workflowViewFor(actor, compiled.definition)
})

/** The latest version of every workflow, as `getWorkflow` shows each to the actor. */
export const listWorkflows = Effect.fnUntraced(function* (actorRef: Actor) {
  const actor = yield* resolveActor(actorRef)
  const workflows = yield* readStore((s) => s.listWorkflows(actor.tenant.id))
  return workflows.map((definition) => workflowViewFor(actor, definition))
})

/** What `migrateTickets` takes: the old status of every ticket mapped to a status of the new version. */
export const MigrateTicketsInput = z.object({
  key: Key,
  fromVersion: z.number().int().positive().max(2_147_483_647),
  /** The latest version when absent. */
  toVersion: z.number().int().positive().max(2_147_483_647).optional(),
  /** Old status → new status; a status that exists in both versions maps to itself unless named. */
  mapping: z.record(Key, Key).default({}),
  dryRun: z.boolean().default(false),
})
/** What `migrateTickets` takes. */
export type MigrateTicketsInput = z.input<typeof MigrateTicketsInput>

/** One ticket a migration moves. */
export interface TicketMove {
  readonly ticketId: string
  readonly number: number
  readonly from: string
  readonly to: string
}

/** What a migration did, or with `dryRun` would do. */
export interface MigrationResult {
  readonly moves: ReadonlyArray<TicketMove>
  /** False for a dry run (or when both versions are one). */
  readonly applied: boolean
}

/**
 * Moves the tickets of one workflow version to another with an explicit status mapping; with
 * `dryRun` it only tells which tickets would move where ("12 tickets in qa_review → in_progress").
 */
export const migrateTickets = Effect.fnUntraced(function* (actorRef: Actor, rawInput: MigrateTicketsInput) {
  const input = yield* parseInput(MigrateTicketsInput, rawInput)
  const actor = yield* resolveActor(actorRef)
  yield* requireAdmin(actor, "migrate tickets")
  const tenantId = actor.tenant.id
  const source = yield* loadWorkflow(tenantId, input.key, input.fromVersion)
  const target = yield* loadWorkflow(tenantId, input.key, input.toVersion)
  const tickets: Ticket[] = []
  let cursor: string | null = null
  do {
    const page: { items: ReadonlyArray<Ticket>; nextCursor: string | null } = yield* readStore((s) =>
      s.listTickets({
        tenantId,
        visibility: { kind: "all" },
        filter: { workflow: { key: input.key, version: input.fromVersion } },
        searchInternal: true,
        sort: { field: "number", direction: "asc" },
        limit: 200,
        cursor,
      }),
    )
    tickets.push(...page.items)
    cursor = page.nextCursor
  } while (cursor !== null)

  const unmapped = new Set<string>()
  const moves: TicketMove[] = tickets.map((ticket) => {
    const to = input.mapping[ticket.status] ?? (target.status(ticket.status) === undefined ? undefined : ticket.status)
    if (to === undefined || target.status(to) === undefined) unmapped.add(ticket.status)
    return { ticketId: ticket.id, number: ticket.number, from: ticket.status, to: to ?? ticket.status }
  })
  if (unmapped.size > 0) {
    return yield* new ValidationFailed({
      message: `Map every status that has tickets to a status of version ${target.definition.version}: ${[...unmapped].join(", ")}`,
      issues: [...unmapped].map((status) => ({ path: ["mapping", status], message: `No status of the new version for ${status}` })),
    })
  }
  if (input.dryRun || source.definition.version === target.definition.version) return { moves, applied: false } satisfies MigrationResult

  const clock = yield* ClockService
  const ids = yield* IdGeneratorService
  for (const move of moves) {
    const ticket = tickets.find((t) => t.id === move.ticketId)
    if (ticket === undefined) continue
    const status = target.status(move.to)
    if (status === undefined) continue
    const draft = draftFor(ticket, clock.now().toISOString(), actor.user.id)
    const statusChanged = move.to !== ticket.status
    draft.ticket = {
      ...draft.ticket,
      workflowVersion: target.definition.version,
      status: move.to,
      statusCategory: status.category,
      ...(statusChanged ? { previousStatus: ticket.status, statusChangedAt: draft.at, statusVersion: draft.version } : {}),
    }
    draft.events.push({
      type: "WorkflowMigrated",
      visibility: "internal",
      payload: { key: input.key, fromVersion: ticket.workflowVersion, toVersion: target.definition.version, from: move.from, to: move.to },
    })
    if (status.category !== ticket.statusCategory) {
      const calendar = yield* slaCalendar(tenantId, ticket.sla)
      draft.ticket = { ...draft.ticket, sla: onStatusCategory(ticket.sla, calendar, status.category, new Date(draft.at)) }
      scheduleSlaTimer(draft, ids)
    }
    // The new version's timers apply, even to a status that kept its key.
    scheduleStatusTimers(draft, target, yield* calendarFor(actor.tenant, null), ids)
    yield* commitDraft(draft)
  }
  return { moves, applied: true } satisfies MigrationResult
})
