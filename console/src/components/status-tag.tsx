import { Tag } from "antd"
import type { CSSProperties } from "react"
import type { ConsoleConfig } from "../hooks/use-config.ts"

/** A `#rgb` or `#rrggbb` colour mixed with white, `share` of it kept; other notations via CSS `color-mix`. */
export function tint(color: string, share: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1]
  if (hex === undefined) return `color-mix(in srgb, ${color} ${Math.round(share * 100)}%, white)`
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex
  const channel = (i: number) => Math.round(255 - (255 - parseInt(full.slice(i, i + 2), 16)) * share)
  return `rgb(${channel(0)}, ${channel(2)}, ${channel(4)})`
}

/**
 * A tag tinted with a colour an admin chose, readable whatever the colour: dark text on a pale
 * tint of it, the colour itself as the border and a dot. (antd's solid `color` tags put white
 * text on the colour, which fails WCAG contrast for light colours such as orange or green.)
 */
export function tintedTagStyle(color: string): CSSProperties {
  return {
    color: "rgba(0, 0, 0, 0.88)",
    background: tint(color, 0.14),
    borderColor: color,
    marginInlineEnd: 0,
    fontWeight: 500,
  }
}

/** A small dot in a colour, hidden from screen readers (the text beside it says the same). */
export function ColorDot({ color }: { color: string }) {
  return <span aria-hidden style={{ display: "inline-block", width: 8, height: 8, borderRadius: 4, background: color, marginInlineEnd: 6 }} />
}

/** A ticket's status as a tag in the workflow's colour and the UI language. */
export function StatusTag({ config, status, workflowKey, category }: { config: ConsoleConfig; status: string; workflowKey?: string; category?: string }) {
  const look = config.statusLook(status, workflowKey, category)
  return (
    <Tag style={tintedTagStyle(look.color)}>
      <ColorDot color={look.color} />
      {look.label}
    </Tag>
  )
}

/** A priority as a small coloured dot and its label. */
export function PriorityLabel({ config, priority }: { config: ConsoleConfig; priority: string | null }) {
  if (priority === null) return <span style={{ color: "rgba(0, 0, 0, 0.55)" }}>—</span>
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <ColorDot color={config.priorityColor(priority)} />
      {config.priorityLabel(priority)}
    </span>
  )
}
