import { Graph, layout } from "@dagrejs/dagre"
import type { TransitionDefinition, WorkflowDefinitionInput } from "@ticketflow/core"
import type { WorkflowProblemView } from "@ticketflow/hono/client"

/** A status, or one of the two stand-ins: "any status not closed" (`*` sources) and "where it came from". */
export interface DiagramNode {
  readonly id: string
  readonly kind: "status" | "any" | "previous"
  /** The status key, for status nodes. */
  readonly status: string | null
  readonly index: number | null
}

/** One arrow: an event from a source to a target (a branch or a fixed target). */
export interface DiagramEdge {
  readonly id: string
  readonly source: string
  readonly target: string
  readonly event: string
  /** The transition's index in the definition. */
  readonly transition: number
  /** The branch guard, when the target is a branch. */
  readonly when: string | null
}

/** Where the stand-in nodes are. */
export const anyNodeId = "__any__"
export const previousNodeId = "__previous__"

function targetsOf(transition: Pick<TransitionDefinition, "to">): Array<{ target: string; when: string | null }> {
  const to = transition.to
  if (typeof to === "string") return [{ target: to, when: null }]
  if ("previous" in to) return [{ target: previousNodeId, when: null }]
  return to.branches.map((b) => ({ target: b.to, when: b.when ?? null }))
}

/**
 * The diagram of a workflow: one node per status, an arrow per event, source and target.
 * `from: "*"` draws one arrow from an "any status not closed" node instead of one from each
 * status, and `{ previous: true }` one arrow to a "where it came from" node, so CLOSE and
 * CUSTOMER_REPLIED stay readable.
 */
export function workflowGraph(definition: Pick<WorkflowDefinitionInput, "statuses" | "transitions">): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const nodes: DiagramNode[] = definition.statuses.map((s, index) => ({ id: s.key, kind: "status", status: s.key, index }))
  const edges: DiagramEdge[] = []
  let any = false
  let previous = false
  definition.transitions.forEach((transition, index) => {
    const sources = transition.from === "*" ? [anyNodeId] : transition.from
    if (transition.from === "*") any = true
    for (const { target, when } of targetsOf(transition)) {
      if (target === previousNodeId) previous = true
      for (const source of sources) {
        edges.push({ id: `${index}:${source}->${target}${when === null ? "" : `:${when}`}`, source, target, event: transition.event, transition: index, when })
      }
    }
  })
  if (any) nodes.push({ id: anyNodeId, kind: "any", status: null, index: null })
  if (previous) nodes.push({ id: previousNodeId, kind: "previous", status: null, index: null })
  const ids = new Set(nodes.map((n) => n.id))
  // Arrows to or from a status that does not exist are left out; the validator reports them.
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) }
}

/** Node size the layout reserves. */
export const nodeSize = { width: 190, height: 48 }

/** Positions for every node, laid out left to right by dagre. */
export function layoutGraph(graph: { nodes: ReadonlyArray<DiagramNode>; edges: ReadonlyArray<DiagramEdge> }, direction: "LR" | "TB" = "LR"): Map<string, { x: number; y: number }> {
  const g = new Graph({ multigraph: true })
  g.setGraph({ rankdir: direction, nodesep: 50, ranksep: direction === "TB" ? 70 : 110, edgesep: 20, marginx: 20, marginy: 20 })
  g.setDefaultEdgeLabel(() => ({}))
  for (const node of graph.nodes) g.setNode(node.id, { width: nodeSize.width, height: nodeSize.height })
  for (const edge of graph.edges) if (edge.source !== edge.target) g.setEdge(edge.source, edge.target, { label: edge.event, width: 90, height: 20 }, edge.id)
  layout(g)
  const positions = new Map<string, { x: number; y: number }>()
  for (const node of graph.nodes) {
    const placed = g.node(node.id) as { x: number; y: number } | undefined
    positions.set(node.id, { x: (placed?.x ?? 0) - nodeSize.width / 2, y: (placed?.y ?? 0) - nodeSize.height / 2 })
  }
  return positions
}


/** Which nodes and transitions a list of problems points at, for highlighting. */
export function problemTargets(definition: Pick<WorkflowDefinitionInput, "statuses" | "transitions">, problems: ReadonlyArray<WorkflowProblemView>): { statuses: Set<string>; transitions: Set<number> } {
  const statuses = new Set<string>()
  const transitions = new Set<number>()
  for (const problem of problems) {
    if (problem.status !== undefined) statuses.add(problem.status)
    const [head, index] = problem.path
    if (head === "statuses" && typeof index === "number") {
      const key = definition.statuses[index]?.key
      if (key !== undefined) statuses.add(key)
    }
    if (head === "transitions" && typeof index === "number") transitions.add(index)
    if (problem.event !== undefined) definition.transitions.forEach((t, i) => t.event === problem.event && transitions.add(i))
    if (head === "initial") statuses.add(String((definition as { initial?: string }).initial ?? ""))
  }
  return { statuses, transitions }
}
