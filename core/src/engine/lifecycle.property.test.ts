import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { Calendar } from "../domain/calendar.ts"
import { replayTicket } from "../domain/event.ts"
import type { Actor } from "../policy/actor.ts"
import { manualClock, type ManualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import type { TicketStore } from "../ports/ticket-store.ts"
import { addBusinessTime } from "../sla/business-time.ts"
import { durationToMillis } from "../sla/duration.ts"
import { arbitraryWorkflow, propertyRuns } from "../testing/arbitraries.ts"
import { installDemo, type DemoActors } from "../demo/demo-tenant.ts"
import { defaultWorkflow } from "../workflow/default-workflow.ts"
import type { ActorRole, TransitionDefinition, WorkflowDefinition } from "../workflow/definition.ts"
import { createEngine, type Engine } from "./engine.ts"

// A reference model of the lifecycle, written from DESIGN rather than from the engine's code:
// who is who, who sees what, who may do what, and how a workflow definition moves a ticket.

type Name = "admin" | "agent" | "billing" | "alice" | "bob" | "carol"
const names: ReadonlyArray<Name> = ["admin", "agent", "billing", "alice", "bob", "carol"]
const customers: ReadonlyArray<Name> = ["alice", "bob", "carol"]

interface Person {
  readonly kind: "admin" | "agent" | "customer"
  readonly org: "acme" | "globex" | null
  readonly supportAdmin: boolean
  readonly departments: ReadonlyArray<string>
}
const people: Readonly<Record<Name, Person>> = {
  admin: { kind: "admin", org: null, supportAdmin: false, departments: [] },
  agent: { kind: "agent", org: null, supportAdmin: false, departments: ["technical-support"] },
  billing: { kind: "agent", org: null, supportAdmin: false, departments: ["billing"] },
  alice: { kind: "customer", org: "acme", supportAdmin: true, departments: [] },
  bob: { kind: "customer", org: "acme", supportAdmin: false, departments: [] },
  carol: { kind: "customer", org: "globex", supportAdmin: false, departments: [] },
}
const types = ["question", "bug", "feature-request", "billing", "technical", "other", "incentive"] as const
const requesterOnlyTypes: ReadonlyArray<string> = ["incentive"]
const departments = ["technical-support", "billing"] as const
const priorities = ["low", "normal", "high", "urgent"] as const
// Internal notes carry this word, and nothing public ever does: a customer's search for it finds nothing.
const secret = "confidentialnote"
const start = "2026-01-05T08:00:00.000Z"
const minute = 60_000
const day = 24 * 60 * minute

interface ModelTicket {
  readonly id: string
  readonly requester: Name
  readonly org: "acme" | "globex" | null
  status: string
  previousStatus: string | null
  statusChangedAt: number
  assignee: Name | null
  dueAt: string | null
  subject: string
  description: string
  desiredDueDate: string | null
  typeKey: string | null
  priorityKey: string | null
  departmentKey: string | null
  descriptionLocked: boolean
  hasNote: boolean
  version: number
}

interface Model {
  readonly workflow: WorkflowDefinition
  readonly tickets: ModelTicket[]
  now: number
}

interface Real {
  readonly engine: Engine
  readonly store: TicketStore
  readonly clock: ManualClock
  readonly demo: DemoActors
  readonly calendar: Calendar | null
}

const actorOf = (real: Real, name: Name): Actor => real.demo[name]
const idOf = (real: Real, name: Name | null): string | null => (name === null ? null : real.demo[name].userId)
const categoryOf = (workflow: WorkflowDefinition, status: string) => workflow.statuses.find((s) => s.key === status)?.category
const requesterOnly = (ticket: ModelTicket) => ticket.typeKey !== null && requesterOnlyTypes.includes(ticket.typeKey)
const isClosed = (model: Model, ticket: ModelTicket) => categoryOf(model.workflow, ticket.status) === "closed"

/** DESIGN "Visibility". */
function sees(ticket: ModelTicket, name: Name): boolean {
  const person = people[name]
  if (person.kind === "admin") return true
  if (person.kind === "agent") {
    return ticket.departmentKey === null || person.departments.includes(ticket.departmentKey) || ticket.assignee === name
  }
  if (ticket.requester === name) return true
  return person.supportAdmin && ticket.org === person.org && !requesterOnly(ticket)
}

/** DESIGN "Who may do what": admins may do what agents may; the requester side is the requester or their organisation's support admin. */
function rolesOf(ticket: ModelTicket, name: Name): ActorRole[] {
  const person = people[name]
  const roles: ActorRole[] = person.kind === "admin" ? ["admin", "agent"] : person.kind === "agent" ? ["agent"] : []
  const supportAdmin = person.kind === "customer" && person.supportAdmin && ticket.org === person.org && !requesterOnly(ticket)
  if (ticket.requester === name || supportAdmin) roles.push("requester_side")
  return roles
}

const team = (roles: ReadonlyArray<ActorRole>) => roles.includes("agent") || roles.includes("admin")

function sourcesOf(workflow: WorkflowDefinition, transition: TransitionDefinition): ReadonlyArray<string> {
  return transition.from === "*" ? workflow.statuses.filter((s) => s.category !== "closed").map((s) => s.key) : transition.from
}

function transitionFrom(workflow: WorkflowDefinition, status: string, event: string): TransitionDefinition | undefined {
  return workflow.transitions.find((t) => t.event === event && sourcesOf(workflow, t).includes(status))
}

/** Where `{ previous: true }` may lead from a status: the statuses with a fixed way into it. */
function leadingInto(workflow: WorkflowDefinition, status: string): string[] {
  const sources = new Set<string>()
  for (const t of workflow.transitions) {
    if (typeof t.to !== "string" && "previous" in t.to) continue
    const targets = typeof t.to === "string" ? [t.to] : t.to.branches.map((b) => b.to)
    if (!targets.includes(status)) continue
    for (const from of sourcesOf(workflow, t)) if (from !== status) sources.add(from)
  }
  return [...sources]
}

/** The status a transition leads to for these roles now, or null when they may not fire it. */
function targetOf(model: Model, ticket: ModelTicket, transition: TransitionDefinition, roles: ReadonlyArray<ActorRole>): string | null {
  if (!roles.some((role) => transition.actors.includes(role))) return null
  if (transition.within !== undefined) {
    const bound = !roles.some((role) => role !== "requester_side" && transition.actors.includes(role))
    if (bound && model.now - ticket.statusChangedAt > durationToMillis(transition.within)) return null
  }
  const to = transition.to
  if (typeof to === "string") return to
  if ("previous" in to) {
    const sources = leadingInto(model.workflow, ticket.status)
    return ticket.previousStatus !== null && sources.includes(ticket.previousStatus) ? ticket.previousStatus : (sources[0] ?? null)
  }
  const holds = (guard: string) =>
    guard === "assigned"
      ? ticket.assignee !== null
      : guard === "unassigned"
        ? ticket.assignee === null
        : guard === "has_due_date"
          ? ticket.dueAt !== null
          : ticket.dueAt === null
  return to.branches.find((b) => b.when === undefined || holds(b.when))?.to ?? null
}

/** A transition the model accepted: the status, where it came from, assignment and the description lock. */
function move(
  model: Model,
  ticket: ModelTicket,
  transition: TransitionDefinition,
  target: string,
  roles: ReadonlyArray<ActorRole>,
  actor: Name | null,
): void {
  ticket.previousStatus = ticket.status
  ticket.status = target
  ticket.statusChangedAt = model.now
  if (transition.assignActor && team(roles) && ticket.assignee === null && actor !== null) ticket.assignee = actor
  if (model.workflow.descriptionLock === "on_leaving_new" && categoryOf(model.workflow, target) !== "new") ticket.descriptionLocked = true
}

/** What a command should do: succeed, or fail with this tag. */
type Outcome = "ok" | "TicketNotFound" | "Forbidden" | "TicketLocked" | "InvalidTransition" | "ValidationFailed"

async function expectOutcome<T>(promise: Promise<T>, expected: Outcome, what: string): Promise<T | undefined> {
  let value: T
  try {
    value = await promise
  } catch (error) {
    const tag = (error as { _tag?: string })._tag
    if (expected === "ok") throw new Error(`${what} should succeed but failed with ${tag ?? String(error)}`, { cause: error })
    expect(tag, `${what} failed with the wrong error`).toBe(expected)
    return undefined
  }
  if (expected !== "ok") throw new Error(`${what} should fail with ${expected} but succeeded`)
  return value
}

// ---------- invariants, checked after every command ----------

async function checkTicket(model: Model, real: Real, ticket: ModelTicket): Promise<void> {
  const { engine, store, demo } = real
  const row = await store.getTicket(demo.tenantId, { id: ticket.id })
  if (row === null) throw new Error(`ticket ${ticket.id} vanished`)
  // The row is what the model expects.
  expect({
    status: row.status,
    version: row.version,
    previousStatus: row.previousStatus,
    assigneeId: row.assigneeId,
    dueAt: row.dueAt,
    typeKey: row.typeKey,
    priorityKey: row.priorityKey,
    departmentKey: row.departmentKey,
    descriptionLocked: row.descriptionLocked,
  }).toEqual({
    status: ticket.status,
    version: ticket.version,
    previousStatus: ticket.previousStatus,
    assigneeId: idOf(real, ticket.assignee),
    dueAt: ticket.dueAt,
    typeKey: ticket.typeKey,
    priorityKey: ticket.priorityKey,
    departmentKey: ticket.departmentKey,
    descriptionLocked: ticket.descriptionLocked,
  })
  // The status is one of the workflow's, in its category; closed tickets and only they have closedAt.
  expect(categoryOf(model.workflow, row.status)).toBe(row.statusCategory)
  expect(row.closedAt !== null).toBe(row.statusCategory === "closed")
  // SLA clocks never run in pending (nor once closed).
  if (row.statusCategory === "pending" || row.statusCategory === "closed") expect(row.sla.state).not.toBe("running")
  // The events replay to the row.
  const events = await store.listEvents(demo.tenantId, ticket.id, { includeInternal: true })
  expect(replayTicket(events)).toEqual(row)

  const messages = await store.listMessages(demo.tenantId, ticket.id, { includeInternal: true, order: "asc" })
  const internalIds = new Set(messages.filter((m) => m.visibility === "internal").map((m) => m.id))
  expect(internalIds.size > 0).toBe(ticket.hasNote)
  for (const name of customers) {
    const actor = actorOf(real, name)
    if (!sees(ticket, name)) {
      await expect(engine.getTicket(actor, ticket.id), `${name} must not see #${row.number}`).rejects.toMatchObject({ _tag: "TicketNotFound" })
      continue
    }
    expect(await engine.getTicket(actor, ticket.id)).toEqual(row)
    // Internal notes, and the events that carry them, never reach a customer.
    const seen = await engine.listMessages(actor, { ticket: ticket.id })
    expect(seen.filter((m) => m.visibility !== "public" || internalIds.has(m.id) || m.body.includes(secret))).toEqual([])
    const history = await engine.listEvents(actor, ticket.id)
    expect(history.filter((e) => e.visibility !== "public" || internalIds.has(String(e.payload.messageId ?? "")))).toEqual([])
    expect(JSON.stringify(history)).not.toContain(secret)
  }
}

async function checkLists(model: Model, real: Real): Promise<void> {
  const { engine } = real
  for (const name of customers) {
    const actor = actorOf(real, name)
    // No cross-organisation read, no requester_only ticket of someone else: exactly the model's set.
    const listed = await engine.listTickets(actor, { limit: 200 })
    const expected = model.tickets.filter((t) => sees(t, name)).map((t) => t.id)
    expect(listed.items.map((t) => t.id).sort()).toEqual(expected.sort())
    expect((await engine.listTickets(actor, { q: secret, limit: 200 })).items).toEqual([])
  }
  // The search for notes is not vacuous: the team finds every ticket that has one.
  const found = await engine.listTickets(real.demo.admin, { q: secret, limit: 200 })
  expect(found.items.map((t) => t.id).sort()).toEqual(
    model.tickets
      .filter((t) => t.hasNote)
      .map((t) => t.id)
      .sort(),
  )
}

async function checkAll(model: Model, real: Real, touched: ReadonlyArray<ModelTicket>): Promise<void> {
  for (const ticket of touched) await checkTicket(model, real, ticket)
  await checkLists(model, real)
}

// ---------- commands ----------

type LifecycleCommand = fc.AsyncCommand<Model, Real, false>

const ticketAt = (model: Model, index: number): ModelTicket | undefined => model.tickets[index % Math.max(1, model.tickets.length)]

const createTicketCommand = fc
  .record({
    actor: fc.constantFrom(...names),
    onBehalfOf: fc.option(fc.constantFrom(...customers), { nil: undefined }),
    type: fc.option(fc.constantFrom(...types), { nil: undefined }),
    department: fc.option(fc.constantFrom(...departments), { nil: undefined }),
    priority: fc.option(fc.constantFrom(...priorities), { nil: undefined }),
    subject: fc.constantFrom("Printer on fire", "Cannot log in", "Invoice is wrong"),
  })
  .map(
    (c): LifecycleCommand => ({
      // A few tickets, so that command sequences take each one far along its lifecycle.
      check: (model) => model.tickets.length < 3,
      toString: () => `createTicket(${c.actor}${c.onBehalfOf === undefined ? "" : ` for ${c.onBehalfOf}`}, ${c.type ?? "-"}, ${c.department ?? "-"})`,
      run: async (model, real) => {
        const requester = c.onBehalfOf ?? c.actor
        const expected: Outcome = requester !== c.actor && people[c.actor].kind === "customer" ? "Forbidden" : "ok"
        const created = await expectOutcome(
          real.engine.createTicket(actorOf(real, c.actor), {
            subject: c.subject,
            description: "It started this morning",
            type: c.type,
            department: c.department,
            priority: c.priority,
            requesterId: c.onBehalfOf === undefined ? undefined : real.demo[c.onBehalfOf].userId,
          }),
          expected,
          `${c.actor} creates a ticket${c.onBehalfOf === undefined ? "" : ` for ${c.onBehalfOf}`}`,
        )
        if (created !== undefined) {
          expect(created.version).toBe(1)
          model.tickets.push({
            id: created.id,
            requester,
            org: people[requester].org,
            status: model.workflow.initial,
            previousStatus: null,
            statusChangedAt: model.now,
            assignee: null,
            dueAt: null,
            subject: c.subject,
            description: "It started this morning",
            desiredDueDate: null,
            typeKey: c.type ?? null,
            priorityKey: c.priority ?? null,
            departmentKey: c.department ?? null,
            descriptionLocked: model.workflow.descriptionLock === "on_create",
            hasNote: false,
            version: 1,
          })
        }
        await checkAll(model, real, model.tickets.slice(-1))
      },
    }),
  )

const fireEventCommand = fc
  .record({
    ticket: fc.nat(),
    actor: fc.nat(),
    // Mostly an event someone who sees the ticket may fire now, else any event by anyone, or one the workflow lacks.
    pick: fc.constantFrom("enabled", "enabled", "enabled", "any", "unknown"),
    event: fc.nat(),
    comment: fc.constantFrom("fit", "fit", "fit", "always", "never"),
  })
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `fireEvent(#${c.ticket}, actor ${c.actor}, ${c.pick}:${c.event}, comment ${c.comment})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const all = [...new Set(model.workflow.transitions.map((t) => t.event))]
        const enabled = names.flatMap((name) =>
          all.flatMap((event) => {
            const transition = transitionFrom(model.workflow, ticket.status, event)
            const able = sees(ticket, name) && transition !== undefined && targetOf(model, ticket, transition, rolesOf(ticket, name)) !== null
            return able ? [{ name, event }] : []
          }),
        )
        const choice =
          c.pick === "enabled" && enabled.length > 0
            ? enabled[c.event % enabled.length]
            : { name: names[c.actor % names.length], event: c.pick === "unknown" ? "NOT_IN_THIS_WORKFLOW" : all[c.event % all.length] }
        const name: Name = choice?.name ?? "admin"
        const event = choice?.event ?? "NOT_IN_THIS_WORKFLOW"
        const roles = rolesOf(ticket, name)
        const transition = transitionFrom(model.workflow, ticket.status, event)
        // "fit" gives a comment when one is required, and for an optional one every other time.
        const fits = transition !== undefined && (transition.comment === "required" || (transition.comment === "optional" && c.event % 2 === 0))
        const withComment = c.comment === "always" || (c.comment === "fit" && fits)
        const target = transition === undefined ? null : targetOf(model, ticket, transition, roles)
        const expected: Outcome = !sees(ticket, name)
          ? "TicketNotFound"
          : transition === undefined || target === null
            ? "InvalidTransition"
            : (transition.comment === "required" && !withComment) || (transition.comment === "none" && withComment)
              ? "ValidationFailed"
              : "ok"
        const fired = await expectOutcome(
          real.engine.fireEvent(actorOf(real, name), { ticket: ticket.id, event, comment: withComment ? `About ${event}` : undefined }),
          expected,
          `${name} fires ${event} from ${ticket.status}`,
        )
        if (fired !== undefined && transition !== undefined && target !== null) {
          move(model, ticket, transition, target, roles, name)
          ticket.version += 1
          expect(fired.status).toBe(target)
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const postMessageCommand = fc
  .record({ ticket: fc.nat(), actor: fc.constantFrom(...names), internal: fc.boolean() })
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `postMessage(#${c.ticket}, ${c.actor}, ${c.internal ? "internal" : "public"})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const roles = rolesOf(ticket, c.actor)
        const expected: Outcome = !sees(ticket, c.actor)
          ? "TicketNotFound"
          : team(roles)
            ? "ok"
            : c.internal
              ? "Forbidden"
              : isClosed(model, ticket)
                ? "TicketLocked"
                : "ok"
        // A public reply may fire the status's trigger for the replier's side, as the system.
        const side = team(roles) ? "agent" : "requester_side"
        const trigger = c.internal ? undefined : model.workflow.triggers.find((t) => t.in.includes(ticket.status) && t.by === side)
        const transition = trigger === undefined ? undefined : transitionFrom(model.workflow, ticket.status, trigger.fire)
        const target = transition === undefined ? null : targetOf(model, ticket, transition, ["system"])
        const body = c.internal ? `Checked the logs, ${secret} for the team` : "Any news on this?"
        const posted = await expectOutcome(
          real.engine.postMessage(actorOf(real, c.actor), { ticket: ticket.id, body, visibility: c.internal ? "internal" : "public" }),
          expected,
          `${c.actor} posts ${c.internal ? "a note" : "a reply"} in ${ticket.status}`,
        )
        if (posted !== undefined) {
          if (transition !== undefined && target !== null) move(model, ticket, transition, target, ["system"], null)
          if (c.internal) ticket.hasNote = true
          ticket.version += 1
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const requesterFields = ["subject", "description", "desiredDueDate"] as const
type Patch = {
  subject?: string
  description?: string
  desiredDueDate?: string | null
  type?: string | null
  priority?: string | null
  department?: string | null
  dueAt?: string | null
}

const updateTicketCommand = fc
  .record(
    {
      ticket: fc.nat(),
      actor: fc.constantFrom(...names),
      subject: fc.constantFrom("Printer on fire", "Printer still on fire"),
      description: fc.constantFrom("It started this morning", "It started yesterday"),
      desiredDueDate: fc.constantFrom("2026-02-01", null),
      type: fc.constantFrom(...types, null),
      priority: fc.constantFrom(...priorities, null),
      department: fc.constantFrom(...departments, null),
      dueAt: fc.constantFrom("2026-02-02T10:00:00.000Z", null),
    },
    { requiredKeys: ["ticket", "actor"] },
  )
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `updateTicket(${JSON.stringify(c)})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const { ticket: _index, actor: name, ...patch } = c
        const current: Record<keyof Patch, unknown> = {
          subject: ticket.subject,
          description: ticket.description,
          desiredDueDate: ticket.desiredDueDate,
          type: ticket.typeKey,
          priority: ticket.priorityKey,
          department: ticket.departmentKey,
          dueAt: ticket.dueAt,
        }
        const changed = (Object.keys(patch) as Array<keyof Patch>).filter((f) => patch[f] !== undefined && patch[f] !== current[f])
        const roles = rolesOf(ticket, name)
        const refusal = (field: keyof Patch) => {
          if (roles.includes("admin")) return null
          if (roles.includes("agent")) return isClosed(model, ticket) ? "locked" : null
          if (!roles.includes("requester_side") || !(requesterFields as ReadonlyArray<string>).includes(field)) return "forbidden"
          return ticket.descriptionLocked || isClosed(model, ticket) ? "locked" : null
        }
        const expected: Outcome = !sees(ticket, name)
          ? "TicketNotFound"
          : changed.some((f) => refusal(f) === "forbidden")
            ? "Forbidden"
            : changed.some((f) => refusal(f) === "locked")
              ? "TicketLocked"
              : "ok"
        const updated = await expectOutcome(
          real.engine.updateTicket(actorOf(real, name), { ticket: ticket.id, ...patch }),
          expected,
          `${name} changes ${changed.join(", ") || "nothing"}`,
        )
        if (updated !== undefined && changed.length > 0) {
          ticket.subject = patch.subject ?? ticket.subject
          ticket.description = patch.description ?? ticket.description
          if (patch.desiredDueDate !== undefined) ticket.desiredDueDate = patch.desiredDueDate
          if (patch.type !== undefined) ticket.typeKey = patch.type
          if (patch.priority !== undefined) ticket.priorityKey = patch.priority
          if (patch.department !== undefined) ticket.departmentKey = patch.department
          if (patch.dueAt !== undefined) ticket.dueAt = patch.dueAt
          ticket.version += 1
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const assignCommand = fc
  .record({ ticket: fc.nat(), actor: fc.constantFrom(...names), assignee: fc.constantFrom<Name | null>("agent", "billing", "admin", "bob", null) })
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `assign(#${c.ticket}, ${c.actor} → ${c.assignee ?? "nobody"})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const roles = rolesOf(ticket, c.actor)
        const changed = c.assignee !== ticket.assignee
        const expected: Outcome = !sees(ticket, c.actor)
          ? "TicketNotFound"
          : !changed
            ? "ok"
            : !team(roles)
              ? "Forbidden"
              : !roles.includes("admin") && isClosed(model, ticket)
                ? "TicketLocked"
                : c.assignee !== null && people[c.assignee].kind === "customer"
                  ? "ValidationFailed"
                  : "ok"
        const assigned = await expectOutcome(
          real.engine.assign(actorOf(real, c.actor), { ticket: ticket.id, assigneeId: idOf(real, c.assignee) }),
          expected,
          `${c.actor} assigns ${c.assignee ?? "nobody"}`,
        )
        if (assigned !== undefined && changed) {
          ticket.assignee = c.assignee
          ticket.version += 1
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const advanceClockCommand = fc.constantFrom(minute, 60 * minute, day, 8 * day, 31 * day).map(
  (ms): LifecycleCommand => ({
    check: () => true,
    toString: () => `advanceClock(${ms / minute} min) + runDueTimers`,
    run: async (model, real) => {
      real.clock.advance(ms)
      model.now += ms
      // Which status timers are due: the first one of the ticket's status fires, as the system.
      const fires = new Set<ModelTicket>()
      for (const ticket of model.tickets) {
        const entered = new Date(ticket.statusChangedAt)
        const due = model.workflow.timers
          .filter((t) => t.in === ticket.status)
          .map((timer) => {
            const after = durationToMillis(timer.after)
            const at = timer.clock === "business" ? addBusinessTime(real.calendar, entered, after).getTime() : entered.getTime() + after
            return { timer, at }
          })
          .filter(({ at }) => at <= model.now)
          .sort((a, b) => a.at - b.at)[0]
        if (due === undefined) continue
        const transition = transitionFrom(model.workflow, ticket.status, due.timer.fire)
        const target = transition === undefined ? null : targetOf(model, ticket, transition, ["system"])
        if (transition === undefined || target === null) continue
        move(model, ticket, transition, target, ["system"], null)
        fires.add(ticket)
      }
      const run = await real.engine.runDueTimers()
      // Each fired timer (a status timer, or an SLA check that found a breach) is one command: one version.
      let bumps = 0
      for (const ticket of model.tickets) {
        const row = await real.store.getTicket(real.demo.tenantId, { id: ticket.id })
        const delta = (row?.version ?? 0) - ticket.version
        expect(delta).toBeGreaterThanOrEqual(fires.has(ticket) ? 1 : 0)
        bumps += delta
        ticket.version += delta
      }
      expect(bumps).toBe(run.fired)
      await checkAll(model, real, model.tickets)
    },
  }),
)

const allCommands = [
  createTicketCommand,
  fireEventCommand,
  fireEventCommand,
  fireEventCommand,
  fireEventCommand,
  postMessageCommand,
  postMessageCommand,
  updateTicketCommand,
  assignCommand,
  advanceClockCommand,
]

/** A fresh demo tenant on the memory store, running `workflow` for new tickets. */
async function setup(workflow: WorkflowDefinition | undefined): Promise<{ model: Model; real: Real }> {
  const clock = manualClock(start)
  const store = createMemoryStore()
  const engine = createEngine({ store, clock })
  const demo = await installDemo(engine)
  let running = defaultWorkflow
  if (workflow !== undefined) {
    running = await engine.publishWorkflow(demo.admin, workflow)
    await engine.updateTenantSettings(demo.admin, { defaultWorkflowKey: running.key })
  }
  const calendar = await store.getConfig(demo.tenantId, "calendar", "business-hours")
  return { model: { workflow: running, tickets: [], now: Date.parse(start) }, real: { engine, store, clock, demo, calendar } }
}

// Runs can be raised with TICKETFLOW_PROPERTY_RUNS; the time limit grows with them.
const timeout = Math.max(120_000, propertyRuns() * 600)

describe("the ticket lifecycle, against a reference model", () => {
  it("keeps every invariant under random commands by random actors on the default workflow", async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(allCommands, { maxCommands: 40, size: "max" }), async (commands) => {
        await fc.asyncModelRun(() => setup(undefined), commands)
      }),
      { numRuns: propertyRuns() },
    )
  }, timeout)

  it("keeps every invariant on random valid workflows too", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryWorkflow(), fc.commands(allCommands, { maxCommands: 40, size: "max" }), async (workflow, commands) => {
        await fc.asyncModelRun(() => setup(workflow), commands)
      }),
      { numRuns: propertyRuns() },
    )
  }, timeout)
})
