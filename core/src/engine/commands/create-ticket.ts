import { createHash } from "node:crypto"
import { Effect } from "effect"
import type { Message } from "../../domain/message.ts"
import type { Ticket } from "../../domain/ticket.ts"
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../../errors.ts"
import type { Actor, ResolvedActor } from "../../policy/actor.ts"
import { isStaff } from "../../policy/actor.ts"
import { selectSlaPolicy } from "../../sla/policy-match.ts"
import { startSla } from "../../sla/clock.ts"
import { linkAttachments } from "../attachments.ts"
import { calendarFor } from "../calendars.ts"
import { commitDraft } from "../commit.ts"
import { draftForNew } from "../draft.ts"
import { CreateTicketInput } from "../inputs.ts"
import { loadWorkflow, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService, IdGeneratorService, readStore } from "../services.ts"
import { scheduleSlaTimer, scheduleStatusTimers } from "../timers.ts"
import { checkCatalog } from "../fields/catalog-check.ts"

/** A hash of a command's input: an idempotency key replayed with another input is refused. */
export function requestHash(input: unknown): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("hex")
}

const configMustExist = Effect.fnUntraced(function* <K extends "ticketType" | "priority" | "department">(
  tenantId: string,
  kind: K,
  key: string | undefined,
) {
  if (key === undefined) return null
  const entity = yield* readStore((s) => s.getConfig(tenantId, kind, key))
  if (entity === null) {
    return yield* new ValidationFailed({
      message: `Unknown ${kind} ${key}`,
      issues: [{ path: [kind === "ticketType" ? "type" : kind], message: `No ${kind} with key ${key}` }],
    })
  }
  return entity
})

const resolveRequester = Effect.fnUntraced(function* (actor: ResolvedActor, requesterId: string | undefined) {
  if (requesterId === undefined || requesterId === actor.user.id) return actor.user
  if (!isStaff(actor)) {
    return yield* new Forbidden({ message: "Customers create tickets for themselves only", action: "create_on_behalf" })
  }
  const requester = yield* readStore((s) => s.getUser(actor.tenant.id, requesterId))
  if (requester === null || !requester.active) {
    return yield* new ValidationFailed({
      message: `Unknown requester ${requesterId}`,
      issues: [{ path: ["requesterId"], message: "No active user with this id" }],
    })
  }
  // Tickets are requested by the customer side: the team does not file tickets for one another.
  if (requester.kind !== "customer") {
    return yield* new ValidationFailed({
      message: `The requester ${requesterId} is not a customer`,
      issues: [{ path: ["requesterId"], message: "The requester of a ticket created on someone's behalf is a customer" }],
    })
  }
  return requester
})

const createTicketOnce = Effect.fnUntraced(function* (actorRef: Actor, rawInput: CreateTicketInput) {
  const input = yield* parseInput(CreateTicketInput, rawInput)
  const actor = yield* resolveActor(actorRef)
  const tenantId = actor.tenant.id

  if (input.idempotencyKey !== undefined) {
    const key = input.idempotencyKey
    const previous = yield* readStore((s) => s.findIdempotency(tenantId, actor.user.id, "createTicket", key))
    if (previous !== null) {
      if (previous.requestHash !== requestHash({ ...input, idempotencyKey: undefined })) {
        return yield* new Conflict({ message: `Idempotency key ${key} was used with another input`, reason: "idempotency_key_reused" })
      }
      const first = yield* readStore((s) => s.getTicket(tenantId, { id: previous.ticketId }))
      if (first !== null) return first
    }
  }

  const missing = actor.tenant.settings.requiredFields.filter((field) =>
    field.startsWith("catalog:") ? input.catalog[field.slice("catalog:".length)] === undefined : input[field as "type"] === undefined,
  )
  if (missing.length > 0) {
    return yield* new ValidationFailed({
      message: `Required: ${missing.join(", ")}`,
      issues: missing.map((field) => ({ path: field.split(":"), message: "Required" })),
    })
  }
  const requester = yield* resolveRequester(actor, input.requesterId)
  const [type, priority, department] = yield* Effect.all([
    configMustExist(tenantId, "ticketType", input.type),
    configMustExist(tenantId, "priority", input.priority),
    configMustExist(tenantId, "department", input.department),
  ])
  yield* checkCatalog(tenantId, requester.organisationId, input.catalog)

  const workflowKey = type?.workflowKey ?? department?.workflowKey ?? actor.tenant.settings.defaultWorkflowKey
  const workflow = yield* loadWorkflow(tenantId, workflowKey)
  const initial = workflow.status(workflow.definition.initial)
  if (initial === undefined) {
    return yield* new NotFound({ message: `Workflow ${workflowKey} has no initial status`, entity: "status", key: workflow.definition.initial })
  }

  const clock = yield* ClockService
  const ids = yield* IdGeneratorService
  const now = clock.now()
  const at = now.toISOString()
  const policies = yield* readStore((s) => s.listConfig(tenantId, "slaPolicy"))
  const subject = {
    priorityKey: priority?.key ?? null,
    typeKey: type?.key ?? null,
    departmentKey: department?.key ?? null,
    organisationId: requester.organisationId,
  }
  const policy = selectSlaPolicy(policies, subject)
  const calendar = policy === undefined ? null : yield* calendarFor(actor.tenant, policy.calendarKey)
  const number = yield* readStore((s) => s.nextTicketNumber(tenantId))

  const ticket: Ticket = {
    id: ids.next(),
    tenantId,
    number,
    subject: input.subject,
    description: input.description,
    status: initial.key,
    statusCategory: initial.category,
    ...subject,
    catalog: input.catalog,
    requesterId: requester.id,
    contact: input.contact ?? { name: requester.name, email: requester.email, phone: null },
    desiredDueDate: input.desiredDueDate ?? null,
    dueAt: null,
    assigneeId: null,
    reopenCount: 0,
    resolution: null,
    previousStatus: null,
    statusVersion: 1,
    descriptionLocked: workflow.definition.descriptionLock === "on_create",
    createdAt: at,
    updatedAt: at,
    statusChangedAt: at,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    sla: startSla({ policy, calendar, at: now, category: initial.category }),
    workflowKey: workflow.definition.key,
    workflowVersion: workflow.definition.version,
    version: 1,
  }
  const draft = draftForNew(ticket, actor.user.id)
  const description: Message = {
    id: ids.next(),
    tenantId,
    ticketId: ticket.id,
    authorId: actor.user.id,
    visibility: "public",
    body: input.description,
    attachmentIds: [...new Set(input.attachmentIds)],
    isDescription: true,
    event: null,
    createdAt: at,
    editedAt: null,
  }
  draft.newMessages.push(description)
  yield* linkAttachments(actor, draft, description.id, input.attachmentIds)
  draft.events.push({
    type: "TicketCreated",
    visibility: "public",
    payload: { number, status: initial.key, onBehalfOf: requester.id === actor.user.id ? null : requester.id, messageId: description.id },
  })
  scheduleStatusTimers(draft, workflow, calendar ?? (yield* calendarFor(actor.tenant, null)), ids)
  scheduleSlaTimer(draft, ids)
  if (input.idempotencyKey !== undefined) {
    draft.idempotency = {
      tenantId,
      actorId: actor.user.id,
      scope: "createTicket",
      key: input.idempotencyKey,
      requestHash: requestHash({ ...input, idempotencyKey: undefined }),
      ticketId: ticket.id,
      messageId: description.id,
      createdAt: at,
    }
  }
  return yield* commitDraft(draft)
})

/** Creates a ticket: the requester's own, or a customer's on their behalf when an agent creates it. */
export const createTicket = (actorRef: Actor, input: CreateTicketInput) =>
  createTicketOnce(actorRef, input).pipe(
    // A concurrent replay of the same idempotency key won the race: answer with its ticket.
    Effect.catchTag("Conflict", (conflict) =>
      conflict.reason === "idempotency_key_reused" && input.idempotencyKey !== undefined
        ? createTicketOnce(actorRef, input)
        : Effect.fail(conflict),
    ),
  )
