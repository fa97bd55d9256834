import { and, assign, setup, transition as xstateTransition } from "xstate"
import type { ActorRole, StatusDefinition, TimerDefinition, TransitionDefinition, TriggerDefinition, WorkflowDefinition } from "./definition.ts"
import { durationToMillis } from "../sla/duration.ts"
import { sourceStatuses, statusesLeadingTo } from "./targets.ts"

/** The ticket facts the machine's guards read: a ticket row is the machine's snapshot. */
export interface WorkflowContext {
  readonly previousStatus: string | null
  readonly assigneeId: string | null
  readonly dueAt: string | null
  /** When the ticket entered its status (REOPEN's window counts from closing). */
  readonly statusChangedAt: string
}

/** The facts of a ticket at a status. */
export interface WorkflowFacts extends WorkflowContext {
  readonly status: string
}

/** An event as the machine receives it: who fires it (their roles on this ticket) and when. */
export interface WorkflowEvent {
  readonly type: string
  readonly roles: ReadonlyArray<ActorRole>
  readonly at: string
}

const workflowSetup = setup({
  types: {
    context: {} as WorkflowContext,
    events: {} as WorkflowEvent,
  },
  guards: {
    actorAllowed: ({ event }, params: { actors: ReadonlyArray<string> }) =>
      event.roles.some((role) => params.actors.includes(role)),
    // The window binds the requester side only: agents and the system may always fire.
    withinWindow: ({ context, event }, params: { ms: number; actors: ReadonlyArray<string> }) =>
      event.roles.some((role) => role !== "requester_side" && params.actors.includes(role)) ||
      Date.parse(event.at) - Date.parse(context.statusChangedAt) <= params.ms,
    cameFrom: ({ context }, params: { status: string }) => context.previousStatus === params.status,
    assigned: ({ context }) => context.assigneeId !== null,
    unassigned: ({ context }) => context.assigneeId === null,
    has_due_date: ({ context }) => context.dueAt !== null,
    no_due_date: ({ context }) => context.dueAt === null,
  },
  actions: {
    enterStatus: assign(({ event }, params: { from: string }) => ({
      previousStatus: params.from,
      statusChangedAt: event.at,
    })),
  },
})

// Guards are named references; XState checks their names against `setup()` when it evaluates.
type GuardRef = { readonly type: string; readonly params?: unknown }

/** The XState machine a workflow compiles to. */
export type WorkflowMachine = ReturnType<typeof workflowSetup.createMachine>
/** A machine snapshot, resolved from a ticket's facts. */
export type WorkflowSnapshot = ReturnType<WorkflowMachine["resolveState"]>

/** An event the actor may fire now, and where it leads. */
export interface EnabledTransition {
  readonly transition: TransitionDefinition
  readonly target: string
}

/** A workflow compiled once and evaluated purely for every command. */
export interface CompiledWorkflow {
  readonly definition: WorkflowDefinition
  readonly machine: WorkflowMachine
  status(key: string): StatusDefinition | undefined
  /** The transitions defined from a status, in definition order. */
  transitionsFrom(status: string): ReadonlyArray<TransitionDefinition>
  /** The transition an event names from a status (unique: the validator refuses ambiguity). */
  transitionFor(status: string, event: string): TransitionDefinition | undefined
  snapshot(facts: WorkflowFacts): WorkflowSnapshot
  /** The status the event leads to, or null when the machine refuses it. */
  next(facts: WorkflowFacts, event: WorkflowEvent): string | null
  /**
   * The facts after the event, as the machine's own `enterStatus` action leaves them (the new
   * status, the status it came from, when it entered), or null when the machine refuses it.
   */
  step(facts: WorkflowFacts, event: WorkflowEvent): WorkflowFacts | null
  /** Every transition these roles may fire now, with its target. */
  enabled(facts: WorkflowFacts, roles: ReadonlyArray<ActorRole>, at: string): ReadonlyArray<EnabledTransition>
  timersIn(status: string): ReadonlyArray<TimerDefinition>
  triggersIn(status: string): ReadonlyArray<TriggerDefinition>
}

/**
 * Compiles a validated workflow definition to an XState v5 machine with named guards and
 * actions only. Validate first (`validateWorkflow`): the compiler trusts its input.
 */
export function compileWorkflow(definition: WorkflowDefinition): CompiledWorkflow {
  const bySource = new Map<string, TransitionDefinition[]>()
  for (const status of definition.statuses) bySource.set(status.key, [])
  for (const transition of definition.transitions) {
    for (const from of sourceStatuses(definition, transition)) bySource.get(from)?.push(transition)
  }

  const states: Record<string, { on: Record<string, unknown[]> }> = {}
  for (const status of definition.statuses) {
    const on: Record<string, unknown[]> = {}
    for (const transition of bySource.get(status.key) ?? []) {
      on[transition.event] = candidatesOf(definition, transition, status.key)
    }
    states[status.key] = { on }
  }

  const machine = workflowSetup.createMachine({
    id: definition.key,
    initial: definition.initial,
    context: { previousStatus: null, assigneeId: null, dueAt: null, statusChangedAt: new Date(0).toISOString() },
    // The candidates are built from data; their shape is the one XState documents for `on`.
    states: states as never,
  })

  const statusByKey = new Map(definition.statuses.map((s) => [s.key, s]))
  const byEvent = new Map<string, TransitionDefinition>()
  for (const [source, transitions] of bySource) {
    for (const transition of transitions) byEvent.set(`${source}\u0000${transition.event}`, transition)
  }

  const snapshot = (facts: WorkflowFacts): WorkflowSnapshot =>
    machine.resolveState({
      value: facts.status,
      context: {
        previousStatus: facts.previousStatus,
        assigneeId: facts.assigneeId,
        dueAt: facts.dueAt,
        statusChangedAt: facts.statusChangedAt,
      },
    })

  // XState hands back the very same snapshot when no transition is enabled: one evaluation
  // answers both "may it?" and "where to?" (`snapshot.can` would evaluate it twice).
  const stepFrom = (current: WorkflowSnapshot, event: WorkflowEvent): WorkflowFacts | null => {
    const [nextSnapshot] = xstateTransition(machine, current, event)
    return nextSnapshot === current ? null : { ...nextSnapshot.context, status: nextSnapshot.value as string }
  }
  const nextFrom = (current: WorkflowSnapshot, event: WorkflowEvent): string | null => stepFrom(current, event)?.status ?? null

  return {
    definition,
    machine,
    status: (key) => statusByKey.get(key),
    transitionsFrom: (status) => bySource.get(status) ?? [],
    transitionFor: (status, event) => byEvent.get(`${status}\u0000${event}`),
    snapshot,
    next: (facts, event) => nextFrom(snapshot(facts), event),
    step: (facts, event) => stepFrom(snapshot(facts), event),
    enabled: (facts, roles, at) => {
      const current = snapshot(facts)
      const result: EnabledTransition[] = []
      for (const transition of bySource.get(facts.status) ?? []) {
        const target = nextFrom(current, { type: transition.event, roles, at })
        if (target !== null) result.push({ transition, target })
      }
      return result
    },
    timersIn: (status) => definition.timers.filter((t) => t.in === status),
    triggersIn: (status) => definition.triggers.filter((t) => t.in.includes(status)),
  }
}

function candidatesOf(definition: WorkflowDefinition, transition: TransitionDefinition, from: string): unknown[] {
  const who: GuardRef[] = [
    transition.within === undefined
      ? { type: "actorAllowed", params: { actors: transition.actors } }
      : { type: "withinWindow", params: { ms: durationToMillis(transition.within), actors: transition.actors } },
  ]
  if (transition.within !== undefined) who.unshift({ type: "actorAllowed", params: { actors: transition.actors } })
  const actions = [{ type: "enterStatus", params: { from } }]
  const to = transition.to
  if (typeof to === "string") return [{ target: to, guard: and(who as never), actions }]
  if ("previous" in to) {
    const sources = statusesLeadingTo(definition, from)
    return [
      ...sources.map((source) => ({
        target: source,
        guard: and([...who, { type: "cameFrom", params: { status: source } }] as never),
        actions,
      })),
      // A ticket migrated into this status may have no recorded origin: fall back to the first.
      ...(sources[0] === undefined ? [] : [{ target: sources[0], guard: and(who as never), actions }]),
    ]
  }
  return to.branches.map((branch) => ({
    target: branch.to,
    guard: branch.when === undefined ? and(who as never) : and([...who, { type: branch.when }] as never),
    actions,
  }))
}
