import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { toDirectedGraph } from "xstate/graph"
import { arbitraryWorkflow, propertyRuns } from "../testing/arbitraries.ts"
import { compileWorkflow } from "./compile.ts"
import { possibleTargets, sourceStatuses } from "./targets.ts"
import { validateWorkflow } from "./validate.ts"

/** The statuses reachable from the initial one along the machine's edges, guards ignored. */
function reachableInMachine(workflow: ReturnType<typeof compileWorkflow>): Set<string> {
  const graph = toDirectedGraph(workflow.machine)
  const edges = new Map<string, string[]>()
  for (const node of graph.children) edges.set(node.stateNode.key, node.edges.map((edge) => edge.target.key))
  const seen = new Set([workflow.definition.initial])
  const queue = [workflow.definition.initial]
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const next of edges.get(status) ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return seen
}

describe("arbitraryWorkflow", () => {
  it("generates workflows the validator accepts, unchanged by its defaults", () => {
    fc.assert(
      fc.property(arbitraryWorkflow(), (definition) => {
        const result = validateWorkflow(definition)
        expect(result.ok ? [] : result.problems).toEqual([])
        if (result.ok) expect(JSON.parse(JSON.stringify(result.definition))).toEqual(JSON.parse(JSON.stringify(definition)))
      }),
      { numRuns: propertyRuns() },
    )
  })

  it("generates workflows that compile to a machine with a state per status, every one reachable when guards are ignored", () => {
    fc.assert(
      fc.property(arbitraryWorkflow(), (definition) => {
        const workflow = compileWorkflow(definition)
        const keys = definition.statuses.map((s) => s.key)
        expect(Object.keys(workflow.machine.states).sort()).toEqual([...keys].sort())
        expect(workflow.machine.config.initial).toBe(definition.initial)
        expect([...reachableInMachine(workflow)].sort()).toEqual([...keys].sort())
      }),
      { numRuns: propertyRuns() },
    )
  })

  it("compiles every transition of the definition to machine edges towards exactly its possible targets", () => {
    fc.assert(
      fc.property(arbitraryWorkflow(), (definition) => {
        const workflow = compileWorkflow(definition)
        const graph = toDirectedGraph(workflow.machine)
        for (const node of graph.children) {
          const from = node.stateNode.key
          const expected = new Set(
            definition.transitions
              .filter((t) => sourceStatuses(definition, t).includes(from))
              .flatMap((t) => possibleTargets(definition, t, from).map((to) => `${t.event}->${to}`)),
          )
          const actual = new Set(node.edges.map((edge) => `${edge.transition.eventType}->${edge.target.key}`))
          expect([...actual].sort()).toEqual([...expected].sort())
        }
      }),
      { numRuns: propertyRuns() },
    )
  })

  it("draws a variety: branches, previous targets, reopening, triggers and timers all show up", () => {
    const samples = fc.sample(arbitraryWorkflow(), { numRuns: 300, seed: 42 })
    const some = (test: (d: (typeof samples)[number]) => boolean) => samples.some(test)
    expect(some((d) => d.transitions.some((t) => typeof t.to !== "string" && "branches" in t.to))).toBe(true)
    expect(some((d) => d.transitions.some((t) => typeof t.to !== "string" && "previous" in t.to))).toBe(true)
    expect(some((d) => d.transitions.some((t) => t.from === "*"))).toBe(true)
    expect(some((d) => d.transitions.some((t) => t.from !== "*" && t.from.some((s) => d.statuses.find((x) => x.key === s)?.category === "closed")))).toBe(true)
    expect(some((d) => d.triggers.length > 0)).toBe(true)
    expect(some((d) => d.timers.some((t) => t.clock === "business"))).toBe(true)
    expect(some((d) => d.statuses.some((s) => s.category === "pending"))).toBe(true)
    // People, not only the system, can move every generated workflow along.
    expect(samples.every((d) => d.transitions.some((t) => t.actors.some((a) => a !== "system")))).toBe(true)
  })
})
