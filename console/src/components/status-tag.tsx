import { Tag } from "antd"
import type { ConsoleConfig } from "../hooks/use-config.ts"

/** A ticket's status as a tag in the workflow's colour and the UI language. */
export function StatusTag({ config, status, workflowKey, category }: { config: ConsoleConfig; status: string; workflowKey?: string; category?: string }) {
  const look = config.statusLook(status, workflowKey, category)
  return (
    <Tag color={look.color} style={{ marginInlineEnd: 0, fontWeight: 500 }}>
      {look.label}
    </Tag>
  )
}

/** A priority as a small coloured dot and its label. */
export function PriorityLabel({ config, priority }: { config: ConsoleConfig; priority: string | null }) {
  if (priority === null) return <span style={{ color: "#8c8c8c" }}>—</span>
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <span aria-hidden style={{ display: "inline-block", width: 8, height: 8, borderRadius: 4, background: config.priorityColor(priority), marginInlineEnd: 6 }} />
      {config.priorityLabel(priority)}
    </span>
  )
}
