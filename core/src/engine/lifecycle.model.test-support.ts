import type { TicketStore } from "../ports/ticket-store.ts"
import { expect } from "vitest"
import type { Calendar } from "../domain/calendar.ts"
import type { Actor } from "../policy/actor.ts"
import type { ManualClock } from "../ports/clock.ts"
import { durationToMillis } from "../sla/duration.ts"
import type { DemoActors } from "../demo/demo-tenant.ts"
import type { ActorRole, TransitionDefinition, WorkflowDefinition } from "../workflow/definition.ts"
import type { Engine } from "./engine.ts"

// A reference model of the lifecycle, written from DESIGN rather than from the engine's code:
// who is who, who sees what, who may do what, and how a workflow definition moves a ticket.

/** The demo tenant's people, by first name (or role). */
export type Name = "admin" | "agent" | "billing" | "alice" | "bob" | "carol"
/** Everyone of the demo tenant. */
export const names: ReadonlyArray<Name> = ["admin", "agent", "billing", "alice", "bob", "carol"]
/** The demo tenant's customers. */
export const customers: ReadonlyArray<Name> = ["alice", "bob", "carol"]

interface Person {
  readonly kind: "admin" | "agent" | "customer"
  readonly org: "acme" | "globex" | null
  readonly supportAdmin: boolean
  readonly departments: ReadonlyArray<string>
}
/** Who each person is, as DESIGN's rules read it. */
export const people: Readonly<Record<Name, Person>> = {
  admin: { kind: "admin", org: null, supportAdmin: false, departments: [] },
  agent: { kind: "agent", org: null, supportAdmin: false, departments: ["technical-support"] },
  billing: { kind: "agent", org: null, supportAdmin: false, departments: ["billing"] },
  alice: { kind: "customer", org: "acme", supportAdmin: true, departments: [] },
  bob: { kind: "customer", org: "acme", supportAdmin: false, departments: [] },
  carol: { kind: "customer", org: "globex", supportAdmin: false, departments: [] },
}
/** The demo tenant's ticket types. */
export const types = ["question", "bug", "feature-request", "billing", "technical", "other", "incentive"] as const
const requesterOnlyTypes: ReadonlyArray<string> = ["incentive"]
/** The demo tenant's departments. */
export const departments = ["technical-support", "billing"] as const
/** The demo tenant's priorities. */
export const priorities = ["low", "normal", "high", "urgent"] as const
// Internal notes carry this word, and nothing public ever does: a customer's search for it finds nothing.
export const secret = "confidentialnote"
/** When each run's clock starts. */
export const start = "2026-01-05T08:00:00.000Z"
/** A minute, in milliseconds. */
export const minute = 60_000
/** A day, in milliseconds. */
export const day = 24 * 60 * minute

/** A ticket as the reference model keeps it. */
export interface ModelTicket {
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

/** The reference model: the workflow new tickets run, the tickets, and the time. */
export interface Model {
  readonly workflow: WorkflowDefinition
  readonly tickets: ModelTicket[]
  now: number
}

/** The system under test: the engine on the memory store, its clock, the demo actors and calendar. */
export interface Real {
  readonly engine: Engine
  /** The store under the engine, for the invariants that read rows, events and messages. */
  readonly store: TicketStore
  readonly clock: ManualClock
  readonly demo: DemoActors
  readonly calendar: Calendar | null
}

/** The engine's actor for a person. */
export const actorOf = (real: Real, name: Name): Actor => real.demo[name]
/** The user id of a person, or null for nobody. */
export const idOf = (real: Real, name: Name | null): string | null => (name === null ? null : real.demo[name].userId)
/** The category of a status of the workflow. */
export const categoryOf = (workflow: WorkflowDefinition, status: string) => workflow.statuses.find((s) => s.key === status)?.category
const requesterOnly = (ticket: ModelTicket) => ticket.typeKey !== null && requesterOnlyTypes.includes(ticket.typeKey)
/** Whether the ticket is in a closed status. */
export const isClosed = (model: Model, ticket: ModelTicket) => categoryOf(model.workflow, ticket.status) === "closed"

/** DESIGN "Visibility". */
export function sees(ticket: ModelTicket, name: Name): boolean {
  const person = people[name]
  if (person.kind === "admin") return true
  if (person.kind === "agent") {
    return ticket.departmentKey === null || person.departments.includes(ticket.departmentKey) || ticket.assignee === name
  }
  if (ticket.requester === name) return true
  return person.supportAdmin && ticket.org === person.org && !requesterOnly(ticket)
}

/** DESIGN "Who may do what": admins may do what agents may; the requester side is the requester or their organisation's support admin. */
export function rolesOf(ticket: ModelTicket, name: Name): ActorRole[] {
  const person = people[name]
  const roles: ActorRole[] = person.kind === "admin" ? ["admin", "agent"] : person.kind === "agent" ? ["agent"] : []
  const supportAdmin = person.kind === "customer" && person.supportAdmin && ticket.org === person.org && !requesterOnly(ticket)
  if (ticket.requester === name || supportAdmin) roles.push("requester_side")
  return roles
}

/** Whether the roles are the support team's (written here from DESIGN, not taken from the engine). */
export const team = (roles: ReadonlyArray<ActorRole>) => roles.includes("agent") || roles.includes("admin")

function sourcesOf(workflow: WorkflowDefinition, transition: TransitionDefinition): ReadonlyArray<string> {
  return transition.from === "*" ? workflow.statuses.filter((s) => s.category !== "closed").map((s) => s.key) : transition.from
}

/** The transition of `event` that leaves from `status`, if any. */
export function transitionFrom(workflow: WorkflowDefinition, status: string, event: string): TransitionDefinition | undefined {
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
export function targetOf(model: Model, ticket: ModelTicket, transition: TransitionDefinition, roles: ReadonlyArray<ActorRole>): string | null {
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
export function move(
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
export type Outcome = "ok" | "TicketNotFound" | "Forbidden" | "TicketLocked" | "InvalidTransition" | "ValidationFailed"

/** Awaits a command and checks it did what the model expected; its value when it succeeded. */
export async function expectOutcome<T>(promise: Promise<T>, expected: Outcome, what: string): Promise<T | undefined> {
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
