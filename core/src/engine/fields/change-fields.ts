import { Effect } from "effect"
import type { Contact, Ticket } from "../../domain/ticket.ts"
import { Forbidden, TicketLocked, ValidationFailed } from "../../errors.ts"
import type { Actor } from "../../policy/actor.ts"
import { editRefusal, type EditableField } from "../../policy/permissions.ts"
import { onStatusCategory, recordFirstResponse, startSla } from "../../sla/clock.ts"
import { selectSlaPolicy } from "../../sla/policy-match.ts"
import { linkAttachments } from "../attachments.ts"
import { calendarFor } from "../calendars.ts"
import { checkExpectedVersion, commitDraft, withConflictRetry } from "../commit.ts"
import { withTicketLock } from "../ticket-locks.ts"
import { draftFor, type Draft } from "../draft.ts"
import type { Tenant } from "../../domain/tenant.ts"
import { loadVisibleTicket, resolveActor } from "../load.ts"
import { ClockService, IdGeneratorService, readStore } from "../services.ts"
import { scheduleSlaTimer } from "../timers.ts"
import { checkAssignee } from "./check-assignee.ts"
import { checkCatalog } from "./catalog-check.ts"

/** The ticket fields a change may set. */
export interface FieldPatch {
  readonly subject?: string | undefined
  readonly description?: string | undefined
  readonly catalog?: Readonly<Record<string, string>> | undefined
  readonly desiredDueDate?: string | null | undefined
  readonly contact?: Contact | undefined
  readonly typeKey?: string | null | undefined
  readonly priorityKey?: string | null | undefined
  readonly departmentKey?: string | null | undefined
  readonly assigneeId?: string | null | undefined
  readonly dueAt?: string | null | undefined
  readonly attachmentIds?: ReadonlyArray<string> | undefined
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

const configExists = Effect.fnUntraced(function* (
  tenantId: string,
  kind: "ticketType" | "priority" | "department",
  field: string,
  key: string | null | undefined,
) {
  if (key === null || key === undefined) return
  const found = yield* readStore((s) => s.getConfig(tenantId, kind, key))
  if (found === null) {
    return yield* new ValidationFailed({ message: `Unknown ${kind} ${key}`, issues: [{ path: [field], message: `No ${kind} with key ${key}` }] })
  }
})

/** Applies a field patch under the edit permissions of DESIGN "Who may do what". */
export const changeFields = Effect.fnUntraced(function* (
  actorRef: Actor,
  ref: string | number,
  expectedVersion: number | undefined,
  patch: FieldPatch,
) {
  const attempt = Effect.gen(function* () {
    const actor = yield* resolveActor(actorRef)
    const { ticket, roles } = yield* loadVisibleTicket(actor, ref)
    yield* checkExpectedVersion(ticket, expectedVersion)
    const changed = (Object.keys(patch) as Array<keyof FieldPatch>).filter(
      (field) => patch[field] !== undefined && (field === "attachmentIds" ? (patch.attachmentIds?.length ?? 0) > 0 : !same(patch[field], ticket[field])),
    )
    if (changed.length === 0) return ticket
    const forbidden = changed.filter((field) => editRefusal(field as EditableField, roles, ticket) === "forbidden")
    if (forbidden.length > 0) {
      return yield* new Forbidden({ message: `You may not change ${forbidden.join(", ")}`, action: "update_ticket" })
    }
    const locked = changed.filter((field) => editRefusal(field as EditableField, roles, ticket) === "locked")
    if (locked.length > 0) {
      const why = ticket.statusCategory === "closed" ? "the ticket is closed" : "the description is locked: add a reply instead"
      return yield* new TicketLocked({ message: `You may no longer change ${locked.join(", ")}: ${why}`, fields: locked })
    }
    const tenantId = ticket.tenantId
    yield* configExists(tenantId, "ticketType", "type", patch.typeKey)
    yield* configExists(tenantId, "priority", "priority", patch.priorityKey)
    yield* configExists(tenantId, "department", "department", patch.departmentKey)
    if (patch.catalog !== undefined) yield* checkCatalog(tenantId, ticket.organisationId, patch.catalog)
    if (patch.assigneeId !== undefined) yield* checkAssignee(tenantId, patch.assigneeId)

    const clock = yield* ClockService
    const ids = yield* IdGeneratorService
    const draft = draftFor(ticket, clock.now().toISOString(), actor.user.id)
    const before = ticket
    const next: Ticket = { ...draft.ticket }
    const fields: Record<string, { from: unknown; to: unknown }> = {}
    for (const field of changed) {
      if (field === "attachmentIds" || field === "assigneeId" || field === "dueAt") continue
      fields[field] = { from: before[field], to: patch[field] }
      Object.assign(next, { [field]: patch[field] })
    }
    draft.ticket = next
    if (changed.includes("description") || changed.includes("attachmentIds")) {
      const messages = yield* readStore((s) => s.listMessages(tenantId, ticket.id, { includeInternal: false, order: "asc" }))
      const description = messages.find((m) => m.isDescription)
      if (description !== undefined) {
        const added = patch.attachmentIds ?? []
        const existing = yield* readStore((s) => s.getAttachments(tenantId, description.attachmentIds))
        yield* linkAttachments(actor, draft, description.id, added, existing)
        draft.editedMessages.push({
          ...description,
          body: patch.description ?? description.body,
          attachmentIds: [...new Set([...description.attachmentIds, ...added])],
          editedAt: draft.at,
        })
        draft.events.push({ type: "DescriptionEdited", visibility: "public", payload: { messageId: description.id, attachmentIds: added } })
      }
      delete fields.description
    }
    if (Object.keys(fields).length > 0) draft.events.push({ type: "FieldsChanged", visibility: "public", payload: { fields } })
    if (changed.includes("assigneeId")) {
      draft.ticket = { ...draft.ticket, assigneeId: patch.assigneeId ?? null }
      draft.events.push({ type: "Assigned", visibility: "public", payload: { from: before.assigneeId, to: patch.assigneeId ?? null } })
    }
    if (changed.includes("dueAt")) {
      draft.ticket = { ...draft.ticket, dueAt: patch.dueAt ?? null }
      draft.events.push({ type: "DueDateChanged", visibility: "public", payload: { from: before.dueAt, to: patch.dueAt ?? null } })
    }
    if (changed.some((f) => f === "priorityKey" || f === "typeKey" || f === "departmentKey")) {
      yield* reselectSla(actor.tenant, draft)
    }
    return yield* commitDraft(draft)
  })
  return yield* withConflictRetry(withTicketLock(actorRef.tenantId, ref, attempt), expectedVersion)
})

/**
 * A new priority, type or department may select another SLA policy: its targets then count
 * from the ticket's creation (earlier pauses are not replayed), in the ticket's current category.
 */
const reselectSla = Effect.fnUntraced(function* (tenant: Tenant, draft: Draft) {
  const ticket = draft.ticket
  const policies = yield* readStore((s) => s.listConfig(tenant.id, "slaPolicy"))
  const policy = selectSlaPolicy(policies, ticket)
  if ((policy?.key ?? null) === ticket.sla.policyKey) return
  const calendar = policy === undefined ? null : yield* calendarFor(tenant, policy.calendarKey)
  let sla = startSla({ policy, calendar, at: new Date(ticket.createdAt), category: "new" })
  sla = onStatusCategory(sla, calendar, ticket.statusCategory, new Date(draft.at))
  if (ticket.firstResponseAt !== null) sla = recordFirstResponse(sla)
  draft.ticket = { ...ticket, sla }
  const ids = yield* IdGeneratorService
  scheduleSlaTimer(draft, ids)
})
