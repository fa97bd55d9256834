import fc from "fast-check"
import { describe, it } from "vitest"
import { manualClock } from "../ports/clock.ts"
import { createMemoryStore } from "../ports/memory-store.ts"
import { arbitraryWorkflow, propertyRuns } from "../testing/arbitraries.ts"
import { installDemo } from "../demo/demo-tenant.ts"
import { defaultWorkflow } from "../workflow/default-workflow.ts"
import type { WorkflowDefinition } from "../workflow/definition.ts"
import { createEngine } from "./engine.ts"
import { start, type Model, type Real } from "./lifecycle.model.test-support.ts"
import { allCommands } from "./lifecycle.commands.test-support.ts"

// The ticket lifecycle against a reference model written from DESIGN (lifecycle.model.test-support.ts):
// random commands by random actors (lifecycle.commands.test-support.ts), every invariant checked
// after each (lifecycle.invariants.test-support.ts).

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
