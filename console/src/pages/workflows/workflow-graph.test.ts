import { defaultWorkflow } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { anyNodeId, layoutGraph, nodeSize, previousNodeId, problemTargets, workflowGraph } from "./workflow-graph.ts"

describe("workflow diagram", () => {
  it("draws a node per status and stand-ins for '*' and 'previous'", () => {
    const { nodes } = workflowGraph(defaultWorkflow)
    expect(nodes.filter((n) => n.kind === "status").map((n) => n.id)).toEqual(defaultWorkflow.statuses.map((s) => s.key))
    expect(nodes.map((n) => n.id)).toContain(anyNodeId)
    expect(nodes.map((n) => n.id)).toContain(previousNodeId)
  })

  it("draws an arrow per source and target of every event", () => {
    const { edges } = workflowGraph(defaultWorkflow)
    expect(edges.filter((e) => e.event === "START").map((e) => [e.source, e.target])).toEqual([
      ["new", "in_progress"],
      ["in_queue", "in_progress"],
      ["reopened", "in_progress"],
    ])
    expect(edges.filter((e) => e.event === "CLOSE").map((e) => [e.source, e.target])).toEqual([[anyNodeId, "closed"]])
    expect(edges.filter((e) => e.event === "CUSTOMER_REPLIED").map((e) => e.target)).toEqual([previousNodeId])
    const rework = edges.filter((e) => e.event === "REQUEST_REWORK")
    expect(rework.map((e) => [e.target, e.when])).toEqual([
      ["in_progress", "assigned"],
      ["in_queue", null],
    ])
  })

  it("lays every node out without overlaps", () => {
    const graph = workflowGraph(defaultWorkflow)
    const positions = layoutGraph(graph)
    expect(positions.size).toBe(graph.nodes.length)
    const boxes = [...positions.values()]
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= nodeSize.width || Math.abs(a.y - b.y) >= nodeSize.height
        expect(apart).toBe(true)
      }
    }
  })

  it("points problems at their statuses and transitions", () => {
    const targets = problemTargets(defaultWorkflow, [
      { code: "unreachable_status", message: "x", path: ["statuses", 2], status: "in_progress" },
      { code: "ambiguous_event", message: "y", path: ["transitions", 1], event: "START" },
      { code: "schema", message: "z", path: ["statuses", 0, "color"] },
    ])
    expect([...targets.statuses].sort()).toEqual(["in_progress", "new"])
    expect([...targets.transitions]).toEqual([1])
  })
})
