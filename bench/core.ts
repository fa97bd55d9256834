import { compileWorkflow, createEngine, createMemoryStore, defaultWorkflow } from "@ticketflow/core"
import { installDemo } from "@ticketflow/core/demo"
import { transition } from "xstate"
import { compareOpsPerSecond, report } from "./measure.ts"

/**
 * Ticket transitions per second through the whole engine (validate, load, policy, evaluate,
 * commit on the memory store) against XState's raw `transition()` on the same compiled machine.
 */
export async function benchCore(): Promise<void> {
  const engine = createEngine({ store: createMemoryStore() })
  const demo = await installDemo(engine)
  const ticket = await engine.createTicket(demo.bob, { subject: "Benchmark", department: "technical-support" })
  await engine.fireEvent(demo.agent, { ticket: ticket.id, event: "TRIAGE" })
  let started = false
  const throughEngine = async () => {
    await engine.fireEvent(demo.agent, { ticket: ticket.id, event: started ? "REQUEUE" : "START" })
    started = !started
  }

  const { machine } = compileWorkflow(defaultWorkflow)
  const at = new Date().toISOString()
  let snapshot = machine.resolveState({
    value: "in_queue",
    context: { previousStatus: "new", assigneeId: demo.agent.userId, dueAt: null, statusChangedAt: at },
  })
  const rawXState = () => {
    const type = snapshot.value === "in_queue" ? "START" : "REQUEUE"
    snapshot = transition(machine, snapshot, { type, roles: ["agent"], at } as never)[0]
  }
  const { ours, baseline } = await compareOpsPerSecond(throughEngine, rawXState)
  report({ bench: "core", name: "transitions", ours, baseline, unit: "transitions/s" })
}
