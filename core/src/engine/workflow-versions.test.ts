import { beforeEach, describe, expect, it } from "vitest"
import { InvalidWorkflow, ValidationFailed, Forbidden } from "../errors.ts"
import { manualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import type { TicketStore } from "../ports/ticket-store.ts"
import { installDemo, type DemoActors } from "../demo/demo-tenant.ts"
import { defaultWorkflow } from "../workflow/default-workflow.ts"
import type { WorkflowDefinition } from "../workflow/definition.ts"
import { createEngine, type Engine } from "./engine.ts"

/** The default workflow with a `qa_review` status between in progress and awaiting acceptance. */
function withQaReview(): WorkflowDefinition {
  const definition = structuredClone(defaultWorkflow)
  definition.statuses.push({ key: "qa_review", category: "open", name: "QA review", labels: {}, color: "#2f54eb" })
  definition.transitions = definition.transitions.map((t) =>
    t.event === "SUBMIT_FOR_ACCEPTANCE" ? { ...t, from: ["qa_review"] } : t,
  )
  definition.transitions.push({ event: "SEND_TO_QA", from: ["in_progress"], to: "qa_review", actors: ["agent"], comment: "none", assignActor: false, labels: {} })
  return definition
}

describe("workflow versions", () => {
  let engine: Engine
  let demo: DemoActors
  let store: TicketStore
  beforeEach(async () => {
    store = createMemoryStore()
    engine = createEngine({ store, clock: manualClock("2026-11-23T08:00:00Z") })
    demo = await installDemo(engine)
  })

  it("publishes a valid definition as the next version; tickets keep the version they started on", async () => {
    const before = await engine.createTicket(demo.bob, { subject: "Old flow", department: "technical-support" })
    const published = await engine.publishWorkflow(demo.admin, withQaReview())
    expect(published.version).toBe(2)
    const after = await engine.createTicket(demo.bob, { subject: "New flow", department: "technical-support" })
    expect([before.workflowVersion, after.workflowVersion]).toEqual([1, 2])

    await engine.fireEvent(demo.agent, { ticket: before.id, event: "START" })
    await expect(engine.fireEvent(demo.agent, { ticket: before.id, event: "SEND_TO_QA" })).rejects.toMatchObject({ _tag: "InvalidTransition" })
    await engine.fireEvent(demo.agent, { ticket: after.id, event: "START" })
    expect((await engine.fireEvent(demo.agent, { ticket: after.id, event: "SEND_TO_QA" })).status).toBe("qa_review")
  })

  it("refuses an invalid definition with the validator's problems, and a non-admin", async () => {
    const broken = withQaReview()
    broken.statuses.push({ key: "limbo", category: "open", name: "Limbo", labels: {}, color: "#000000" })
    const error = await engine.publishWorkflow(demo.admin, broken).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidWorkflow)
    expect((error as InvalidWorkflow).problems).toEqual([expect.objectContaining({ code: "unreachable_status", status: "limbo" })])
    await expect(engine.publishWorkflow(demo.agent, withQaReview())).rejects.toBeInstanceOf(Forbidden)
    expect((await engine.getWorkflow(demo.admin, "default")).version).toBe(1)
  })

  it("migrates tickets with an explicit mapping, previewed by a dry run", async () => {
    const definition = withQaReview()
    definition.statuses = definition.statuses.filter((s) => s.key !== "reopened")
    definition.transitions = definition.transitions
      .filter((t) => t.event !== "REOPEN")
      .map((t) => (Array.isArray(t.from) ? { ...t, from: t.from.filter((f) => f !== "reopened") } : t))
    const reopened = await engine.createTicket(demo.bob, { subject: "Reopened", department: "technical-support" })
    await engine.fireEvent(demo.agent, { ticket: reopened.id, event: "CLOSE" })
    await engine.fireEvent(demo.bob, { ticket: reopened.id, event: "REOPEN", comment: "Again" })
    const fresh = await engine.createTicket(demo.bob, { subject: "Fresh", department: "technical-support" })
    await engine.publishWorkflow(demo.admin, definition)

    await expect(engine.migrateTickets(demo.admin, { key: "default", fromVersion: 1 })).rejects.toBeInstanceOf(ValidationFailed)
    const preview = await engine.migrateTickets(demo.admin, { key: "default", fromVersion: 1, mapping: { reopened: "in_queue" }, dryRun: true })
    expect(preview.applied).toBe(false)
    expect(preview.moves).toEqual([
      { ticketId: reopened.id, number: reopened.number, from: "reopened", to: "in_queue" },
      { ticketId: fresh.id, number: fresh.number, from: "new", to: "new" },
    ])
    expect((await engine.getTicket(demo.admin, reopened.id)).workflowVersion).toBe(1)

    const applied = await engine.migrateTickets(demo.admin, { key: "default", fromVersion: 1, mapping: { reopened: "in_queue" } })
    expect(applied.applied).toBe(true)
    const moved = await engine.getTicket(demo.admin, reopened.id)
    expect(moved).toMatchObject({ status: "in_queue", statusCategory: "open", workflowVersion: 2 })
    const events = await engine.listEvents(demo.admin, reopened.id)
    expect(events.at(-1)).toMatchObject({ type: "WorkflowMigrated", visibility: "internal" })
    expect((await engine.listEvents(demo.bob, reopened.id)).some((e) => e.type === "WorkflowMigrated")).toBe(false)
    await engine.fireEvent(demo.agent, { ticket: reopened.id, event: "START" })
    expect((await engine.fireEvent(demo.agent, { ticket: reopened.id, event: "SEND_TO_QA" })).status).toBe("qa_review")
  })

  it("resumes a paused SLA clock when a migration moves a pending ticket to an open status", async () => {
    const definition = withQaReview()
    const waiting = await engine.createTicket(demo.bob, { subject: "Waiting", priority: "urgent", department: "technical-support" })
    await engine.fireEvent(demo.agent, { ticket: waiting.id, event: "START" })
    const paused = await engine.fireEvent(demo.agent, { ticket: waiting.id, event: "REQUEST_CLARIFICATION", comment: "?" })
    expect(paused.sla.state).toBe("paused")
    await engine.publishWorkflow(demo.admin, definition)
    await engine.migrateTickets(demo.admin, { key: "default", fromVersion: 1, mapping: { needs_clarification: "in_progress" } })
    const moved = await engine.getTicket(demo.agent, waiting.id)
    expect(moved).toMatchObject({ status: "in_progress", workflowVersion: 2, sla: { state: "running" } })
    expect((await store.listTimers(demo.tenantId, waiting.id)).map((t) => t.kind)).toEqual(["sla"])
  })
})
