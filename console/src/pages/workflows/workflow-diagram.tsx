import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Connection, type Edge, type Node, type NodeProps } from "@xyflow/react"
import "@xyflow/react/dist/style.css"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { labelOf } from "../../i18n/labels.ts"
import type { Draft } from "./workflow-edit.ts"
import { anyNodeId, layoutGraph, previousNodeId, workflowGraph } from "./workflow-graph.ts"

/** What is selected on the diagram. */
export type Selection = { readonly kind: "status"; readonly key: string } | { readonly kind: "transition"; readonly index: number } | null

type StatusData = { label: string; color: string; category: string; problem: boolean; selected: boolean; initial: boolean; stand: boolean }

function StatusNode({ data }: NodeProps<Node<StatusData>>) {
  return (
    <div
      className={`tf-diagram-node${data.problem ? " tf-problem" : ""}${data.selected ? " tf-selected" : ""}`}
      style={{ borderColor: data.problem ? "#f5222d" : data.color, borderStyle: data.stand ? "dashed" : "solid", background: data.stand ? "#fafafa" : "#fff" }}
      data-problem={data.problem ? "true" : undefined}
    >
      <Handle type="target" position={Position.Top} />
      <div style={{ color: data.stand ? "rgba(0,0,0,0.55)" : "rgba(0,0,0,0.88)" }}>
        {data.initial && "▶ "}
        {data.label}
      </div>
      {!data.stand && <div style={{ fontSize: 11, color: "rgba(0,0,0,0.55)", fontWeight: 400 }}>{data.category}</div>}
      <Handle type="source" position={Position.Bottom} />
    </div>
  )
}

const nodeTypes = { status: StatusNode }

/**
 * The state diagram of a workflow, laid out by dagre: statuses in their colours, events as
 * arrows. Statuses and transitions the validator complains about are drawn in red; dragging
 * from one status to another adds a transition.
 */
export function WorkflowDiagram({
  draft,
  problemStatuses,
  problemTransitions,
  selection,
  onSelect,
  onConnect,
}: {
  draft: Draft
  problemStatuses: ReadonlySet<string>
  problemTransitions: ReadonlySet<number>
  selection: Selection
  onSelect: (selection: Selection) => void
  onConnect: (from: string, to: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { nodes, edges } = useMemo(() => {
    const graph = workflowGraph(draft)
    const positions = layoutGraph(graph, "TB")
    const nodes: Node<StatusData>[] = graph.nodes.map((node) => {
      const status = draft.statuses.find((s) => s.key === node.status)
      const stand = node.kind !== "status"
      return {
        id: node.id,
        type: "status",
        position: positions.get(node.id) ?? { x: 0, y: 0 },
        data: {
          label: stand ? (node.id === anyNodeId ? t("workflows.fields.anyOpen") : t("workflows.fields.previous")) : labelOf({ name: status?.name ?? node.id, labels: status?.labels }, i18n.language),
          color: status?.color ?? "#bfbfbf",
          category: status === undefined ? "" : t(`categories.${status.category}`),
          problem: node.status !== null && problemStatuses.has(node.status),
          selected: selection?.kind === "status" && selection.key === node.status,
          initial: node.status !== null && node.status === draft.initial,
          stand,
        },
        connectable: !stand || node.id === anyNodeId,
        draggable: true,
      }
    })
    const edges: Edge[] = graph.edges.map((edge) => {
      const problem = problemTransitions.has(edge.transition)
      const selected = selection?.kind === "transition" && selection.index === edge.transition
      const color = problem ? "#f5222d" : selected ? "#1677ff" : edge.target === previousNodeId || edge.source === anyNodeId ? "#8c8c8c" : "#595959"
      return {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.when === null ? edge.event : `${edge.event} [${edge.when}]`,
        data: { transition: edge.transition },
        markerEnd: { type: MarkerType.ArrowClosed, color },
        style: { stroke: color, strokeWidth: problem || selected ? 2.5 : 1.4, strokeDasharray: edge.source === anyNodeId || edge.target === previousNodeId ? "6 4" : undefined },
        labelStyle: { fill: problem ? "#f5222d" : "rgba(0,0,0,0.75)", fontSize: 11, fontWeight: 500 },
        labelBgStyle: { fill: "#fff", fillOpacity: 0.9 },
        type: "smoothstep",
      }
    })
    return { nodes, edges }
  }, [draft, problemStatuses, problemTransitions, selection, t, i18n.language])

  return (
    <div style={{ height: 560, border: "1px solid #f0f0f0", borderRadius: 8, background: "#fcfcfd" }} role="group" aria-label={t("workflows.editor.diagram")}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        minZoom={0.3}
        proOptions={{ hideAttribution: true }}
        onNodeClick={(_e, node) => node.id !== anyNodeId && node.id !== previousNodeId && onSelect({ kind: "status", key: node.id })}
        onEdgeClick={(_e, edge) => onSelect({ kind: "transition", index: (edge.data as { transition: number }).transition })}
        onPaneClick={() => onSelect(null)}
        onConnect={(connection: Connection) => {
          if (connection.source !== null && connection.target !== null && connection.target !== anyNodeId && connection.target !== previousNodeId) onConnect(connection.source, connection.target)
        }}
      >
        <Background gap={18} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  )
}
