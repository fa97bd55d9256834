import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { arbitraryWorkflow, propertyRuns } from "../testing/arbitraries.ts"
import { defaultWorkflow } from "./default-workflow.ts"
import type { WorkflowDefinitionInput } from "./definition.ts"
import { verifyWorkflow } from "./verify.ts"

// "escalated" is entered only through a branch that needs a due date.
function guardedOnly(): WorkflowDefinitionInput {
  return {
    key: "guarded",
    name: "Guarded",
    initial: "new",
    statuses: [
      { key: "new", category: "new", name: "New" },
      { key: "open", category: "open", name: "Open" },
      { key: "escalated", category: "open", name: "Escalated" },
      { key: "done", category: "closed", name: "Done" },
    ],
    transitions: [
      { event: "START", from: ["new"], to: { branches: [{ when: "has_due_date", to: "escalated" }, { to: "open" }] }, actors: ["agent"] },
      { event: "CLOSE", from: "*", to: "done", actors: ["agent", "requester_side"] },
    ],
  }
}

describe("verifyWorkflow", () => {
  it("verifies the default workflow: every status reached, closed reached, no invariant broken", () => {
    const report = verifyWorkflow(defaultWorkflow)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
    expect(Object.keys(report.visited).sort()).toEqual(defaultWorkflow.statuses.map((s) => s.key).sort())
    for (const count of Object.values(report.visited)) expect(count).toBeGreaterThan(0)
  })

  it("is deterministic for a seed, and another seed walks differently", () => {
    expect(verifyWorkflow(defaultWorkflow, { seed: 7, walks: 20 })).toEqual(verifyWorkflow(defaultWorkflow, { seed: 7, walks: 20 }))
    expect(verifyWorkflow(defaultWorkflow, { seed: 7, walks: 20 }).visited).not.toEqual(
      verifyWorkflow(defaultWorkflow, { seed: 8, walks: 20 }).visited,
    )
  })

  it("returns the validator's problems, and walks nothing, for an invalid workflow", () => {
    const invalid = { ...guardedOnly(), initial: "open" }
    const report = verifyWorkflow(invalid)
    expect(report.ok).toBe(false)
    expect(report.problems.map((p) => p.code)).toContain("initial_not_new")
    expect(report.visited).toEqual({})
  })

  it("reaches a status whose only way in is a guarded branch, since walks date and assign the ticket", () => {
    const report = verifyWorkflow(guardedOnly())
    expect(report.problems).toEqual([])
    expect(report.visited.escalated).toBeGreaterThan(0)
  })

  it("explains which guard stands in the way when walks never make it hold", () => {
    const report = verifyWorkflow(guardedOnly(), { varyFacts: false })
    expect(report.ok).toBe(false)
    expect(report.visited.escalated).toBe(0)
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "status_never_reached",
        status: "escalated",
        path: ["statuses", 2],
        message: expect.stringContaining(`START from "new" (only when the guard "has_due_date" holds)`),
      }),
    ])
  })

  it("reports a status only an unfired system transition leads to, and says why", () => {
    const workflow = guardedOnly()
    workflow.transitions[0] = { event: "START", from: ["new"], to: "open", actors: ["agent"] }
    workflow.transitions.push({ event: "ESCALATE", from: ["open"], to: "escalated", actors: ["system"] })
    const report = verifyWorkflow(workflow)
    expect(report.ok).toBe(false)
    const [problem] = report.problems
    expect(problem?.code).toBe("status_never_reached")
    expect(problem?.message).toContain(`only the system may fire it, and no trigger or timer in "open" does`)
  })

  it("reaches a status through the system once a timer fires the event", () => {
    const workflow = guardedOnly()
    workflow.transitions[0] = { event: "START", from: ["new"], to: "open", actors: ["agent"] }
    workflow.transitions.push({ event: "ESCALATE", from: ["open"], to: "escalated", actors: ["system"] })
    workflow.timers = [{ in: "open", after: "P2D", fire: "ESCALATE" }]
    const report = verifyWorkflow(workflow)
    expect(report.problems).toEqual([])
    expect(report.visited.escalated).toBeGreaterThan(0)
  })

  it("reports a status where nobody may act once a window has closed", () => {
    const workflow = guardedOnly()
    workflow.statuses = workflow.statuses.filter((s) => s.key !== "escalated")
    workflow.transitions = [
      { event: "START", from: ["new"], to: "open", actors: ["agent"] },
      { event: "FINISH", from: ["open"], to: "done", actors: ["requester_side"], within: "PT1H" },
    ]
    const report = verifyWorkflow(workflow)
    expect(report.ok).toBe(false)
    expect(report.problems).toContainEqual(expect.objectContaining({ code: "status_stuck", status: "open" }))
  })

  it("refuses, through the validator, a trigger or timer whose transition requires a comment", () => {
    const workflow = guardedOnly()
    workflow.statuses.push({ key: "waiting", category: "pending", name: "Waiting" })
    workflow.transitions.push(
      { event: "WAIT", from: ["open"], to: "waiting", actors: ["agent"] },
      { event: "REPLIED", from: ["waiting"], to: { previous: true }, actors: ["system"], comment: "required" },
      { event: "EXPIRE", from: ["waiting"], to: "done", actors: ["system"], comment: "required" },
    )
    workflow.triggers = [{ on: "public_reply", by: "requester_side", in: ["waiting"], fire: "REPLIED" }]
    workflow.timers = [{ in: "waiting", after: "P7D", fire: "EXPIRE" }]
    const report = verifyWorkflow(workflow)
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([
      expect.objectContaining({ code: "unknown_trigger_event", path: ["triggers", 0, "fire"], status: "waiting", event: "REPLIED" }),
      expect.objectContaining({ code: "unknown_timer_event", path: ["timers", 0, "fire"], status: "waiting", event: "EXPIRE" }),
    ])
    expect(report.visited).toEqual({})
  })

  it("says so when no walk ever closes the ticket", () => {
    const report = verifyWorkflow(guardedOnly(), { walks: 1, maxSteps: 0 })
    expect(report.problems.map((p) => p.code)).toEqual(["status_never_reached", "status_never_reached", "status_never_reached", "closed_never_reached"])
    expect(report.visited).toEqual({ new: 1, open: 0, escalated: 0, done: 0 })
  })

  it("verifies every generated workflow", () => {
    fc.assert(
      fc.property(arbitraryWorkflow(), (definition) => {
        const report = verifyWorkflow(definition)
        expect(report.problems).toEqual([])
      }),
      { numRuns: propertyRuns() },
    )
  }, Math.max(30_000, propertyRuns() * 100))
})
