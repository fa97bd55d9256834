import { ClockCircleOutlined, CheckCircleOutlined, PauseCircleOutlined, WarningOutlined } from "@ant-design/icons"
import type { TicketView } from "@ticketflow/hono/client"
import { Tag, Tooltip } from "antd"
import dayjs from "dayjs"
import relativeTime from "dayjs/plugin/relativeTime"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { slaStanding } from "./sla-state.ts"

dayjs.extend(relativeTime)

/** Re-renders every half minute so countdowns move. */
function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

/** One SLA target of a ticket as a badge: due, at risk, breached, paused or met. */
export function SlaBadge({ ticket, target, compact = false }: { ticket: Pick<TicketView, "sla" | "firstResponseAt" | "resolvedAt" | "closedAt">; target: "firstResponse" | "resolution"; compact?: boolean }) {
  const { t, i18n } = useTranslation()
  const now = useNow()
  const done = target === "firstResponse" ? ticket.firstResponseAt !== null : ticket.resolvedAt !== null || ticket.closedAt !== null
  const standing = slaStanding(ticket.sla, target, now, done)
  if (standing.kind === "none") return compact ? null : <Tag>{t("tickets.sla.none")}</Tag>
  const name = t(`tickets.sla.${target}`)
  const locale = i18n.language
  switch (standing.kind) {
    case "breached":
      return (
        <Tooltip title={`${name}: ${dayjs(standing.at).locale(locale).format("LLL")}`}>
          <Tag color="error" icon={<WarningOutlined />}>{compact ? t("tickets.sla.breached") : `${name} · ${t("tickets.sla.breached")}`}</Tag>
        </Tooltip>
      )
    case "atRisk":
    case "due": {
      const time = dayjs(standing.dueAt).locale(locale).fromNow()
      const text = standing.kind === "atRisk" ? t("tickets.sla.atRisk", { time }) : t("tickets.sla.dueIn", { time })
      return (
        <Tooltip title={`${name}: ${dayjs(standing.dueAt).locale(locale).format("LLL")}`}>
          <Tag color={standing.kind === "atRisk" ? "warning" : "processing"} icon={<ClockCircleOutlined />}>{compact ? text : `${name} · ${text}`}</Tag>
        </Tooltip>
      )
    }
    case "paused":
      return <Tag icon={<PauseCircleOutlined />}>{compact ? t("tickets.sla.paused") : `${name} · ${t("tickets.sla.paused")}`}</Tag>
    case "met":
      return compact ? null : <Tag color="success" icon={<CheckCircleOutlined />}>{`${name} · ${t("tickets.sla.met")}`}</Tag>
  }
}
