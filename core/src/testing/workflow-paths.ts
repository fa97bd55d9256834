import { describe, expect, it } from "./runner.ts"
import { getShortestPaths } from "xstate/graph"
import { createEngine } from "../engine/engine.ts"
import { manualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import { durationToMillis } from "../sla/duration.ts"
import { installDemo } from "../demo/demo-tenant.ts"
import { compileWorkflow } from "../workflow/compile.ts"
import type { WorkflowEvent, WorkflowFacts } from "../workflow/compile.ts"
import { defaultWorkflow } from "../workflow/default-workflow.ts"
import type { ActorRole, TimerDefinition, WorkflowDefinition } from "../workflow/definition.ts"
import { sourceStatuses } from "../workflow/targets.ts"

const start = "2026-01-05T10:00:00.000Z"
const day = 24 * 3_600_000
const dueAt = "2026-03-01T12:00:00.000Z"
const roleSets: ReadonlyArray<ReadonlyArray<ActorRole>> = [["requester_side"], ["agent"], ["admin"], ["system"], ["admin", "agent"]]

/** Whether the ticket is assigned and dated before a plan's last event (to take guarded branches). */
interface Setup {
  readonly assigned: boolean
  readonly dated: boolean
}

/** Events to replay in the engine, and the statuses the machine says they lead through. */
interface Plan {
  readonly name: string
  readonly events: ReadonlyArray<WorkflowEvent>
  readonly expected: ReadonlyArray<string>
  readonly setup?: Setup | undefined
}

const eventsOf = (definition: WorkflowDefinition): WorkflowEvent[] =>
  [...new Set(definition.transitions.map((t) => t.event))].flatMap((type) => roleSets.map((roles) => ({ type, roles, at: start })))

/** The machine's shortest path to each status, over every event fired with every role set; states differ by status only. */
function shortestPlans(definition: WorkflowDefinition): Plan[] {
  const { machine } = compileWorkflow(definition)
  const paths = getShortestPaths(machine, { events: eventsOf(definition), serializeState: (snapshot) => String(snapshot.value) })
  return paths.map((path) => {
    // The first step is the machine's own init event; every later event is one of ours.
    const steps = path.steps.filter((step) => !step.event.type.startsWith("xstate."))
    return {
      name: String(path.state.value),
      events: steps.map((step) => step.event as WorkflowEvent),
      expected: steps.map((step) => String(step.state.value)),
    }
  })
}

/**
 * Every edge of the machine as a plan: the shortest path to its source status, then the edge's
 * event, once per source, event and target, so what no shortest path needs — replies that fire
 * CUSTOMER_REPLIED, AUTO_CLOSE's timer, REQUEST_REWORK's branches — is replayed too. The
 * compiled machine does not model `assignActor` (its events carry roles, not a user), so the
 * facts before the last event are followed here as the engine keeps them, and the ticket is
 * assigned, unassigned, dated or undated first when a branch needs it.
 */
function edgePlans(definition: WorkflowDefinition): Plan[] {
  const workflow = compileWorkflow(definition)
  const seen = new Set<string>()
  const plans: Plan[] = []
  for (const path of shortestPlans(definition)) {
    let facts: WorkflowFacts = { status: definition.initial, previousStatus: null, assigneeId: null, dueAt: null, statusChangedAt: start }
    for (const event of path.events) {
      const target = workflow.next(facts, event)
      const transition = workflow.transitionFor(facts.status, event.type)
      if (target === null || transition === undefined) throw new Error(`The machine's own path fails at ${event.type}`)
      const team = event.roles.includes("agent") || event.roles.includes("admin")
      const assigneeId = facts.assigneeId ?? (transition.assignActor && team ? "assignee" : null)
      facts = { status: target, previousStatus: facts.status, assigneeId, dueAt: facts.dueAt, statusChangedAt: start }
    }
    const now = { assigned: facts.assigneeId !== null, dated: false }
    const setups: Setup[] = [now, ...[true, false].flatMap((assigned) => [true, false].map((dated) => ({ assigned, dated })))]
    for (const setup of setups) {
      const variant = { ...facts, assigneeId: setup.assigned ? "assignee" : null, dueAt: setup.dated ? dueAt : null }
      for (const event of eventsOf(definition)) {
        const target = workflow.next(variant, event)
        if (target === null) continue
        const name = `${facts.status} --${event.type}--> ${target}`
        if (seen.has(name)) continue
        seen.add(name)
        const same = setup.assigned === now.assigned && setup.dated === now.dated
        plans.push({
          name: same ? name : `${name} (${setup.assigned ? "assigned" : "unassigned"}, ${setup.dated ? "dated" : "undated"})`,
          events: [...path.events, event],
          expected: [...path.expected, target],
          setup: same ? undefined : setup,
        })
      }
    }
  }
  return plans
}

/** How long to wait for a timer: a day past it on the calendar, generously more in business time. */
function waitFor(timer: TimerDefinition): number {
  const ms = durationToMillis(timer.after)
  return timer.clock === "business" ? 5 * ms + 8 * day : ms + day
}

/**
 * Replays a plan through the engine's Promise API on the demo tenant: Bob is the requester
 * side, Andy the agent, Ada the admin; a system event is a public reply when a trigger fires it,
 * or time passing and `runDueTimers` when a timer does. Returns the status after each event.
 */
async function replay(definition: WorkflowDefinition, plan: Plan): Promise<string[]> {
  const clock = manualClock(start)
  const engine = createEngine({ store: createMemoryStore(), clock })
  const demo = await installDemo(engine)
  if (definition.key !== defaultWorkflow.key) {
    await engine.publishWorkflow(demo.admin, definition)
    await engine.updateTenantSettings(demo.admin, { defaultWorkflowKey: definition.key })
  }
  const created = await engine.createTicket(demo.bob, { subject: "Replaying a path", description: "Steps from the machine" })
  const ticket = created.id
  let current = created
  const statuses: string[] = []
  for (const [index, event] of plan.events.entries()) {
    const status = current.status
    if (index === plan.events.length - 1 && plan.setup !== undefined) {
      await engine.assign(demo.admin, { ticket, assigneeId: plan.setup.assigned ? demo.agent.userId : null })
      await engine.setDueDate(demo.admin, { ticket, dueAt: plan.setup.dated ? dueAt : null })
    }
    if (event.roles.includes("system")) {
      const trigger = definition.triggers.find((t) => t.fire === event.type && t.in.includes(status))
      const timer = definition.timers.find((t) => t.fire === event.type && t.in === status)
      if (trigger !== undefined) {
        await engine.postMessage(trigger.by === "requester_side" ? demo.bob : demo.agent, { ticket, body: "Here is the answer" })
      } else if (timer !== undefined) {
        clock.advance(waitFor(timer))
        await engine.runDueTimers()
      } else {
        throw new Error(`Nothing fires the system event ${event.type} in ${status}`)
      }
    } else {
      const actor = event.roles[0] === "requester_side" ? demo.bob : event.roles.includes("admin") ? demo.admin : demo.agent
      const transition = definition.transitions.find((t) => t.event === event.type && sourceStatuses(definition, t).includes(status))
      const comment = transition === undefined || transition.comment === "none" ? undefined : `Replaying ${event.type}`
      await engine.fireEvent(actor, { ticket, event: event.type, comment })
    }
    current = await engine.getTicket(demo.admin, ticket)
    statuses.push(current.status)
  }
  return statuses
}

/**
 * Path coverage of workflows: XState's shortest paths (`xstate/graph`) must reach every status,
 * and each path, and each edge of the machine, must replay through the engine to the same
 * statuses. Declares one `describe` per workflow.
 */
export function workflowPathSuite(workflows: ReadonlyArray<WorkflowDefinition>): void {
  describe.each(workflows.map((definition) => [definition.key, definition] as const))("paths of the %s workflow", (_key, definition) => {
    const shortest = shortestPlans(definition)

    it("reach every status by a shortest path", () => {
      expect(shortest.map((plan) => plan.name).sort()).toEqual(definition.statuses.map((s) => s.key).sort())
      for (const plan of shortest) expect(plan.expected.at(-1) ?? definition.initial).toBe(plan.name)
    })

    it.each(shortest.map((plan) => [plan.name, plan] as const))("lead the engine to %s, status by status", async (_name, plan) => {
      expect(await replay(definition, plan)).toEqual(plan.expected)
    })

    it.each(edgePlans(definition).map((plan) => [plan.name, plan] as const))("take %s in the engine too", async (_name, plan) => {
      expect(await replay(definition, plan)).toEqual(plan.expected)
    })
  })
}
