import { useList } from "@refinedev/core"
import type { EventView, TicketView } from "@ticketflow/hono/client"
import { Empty, Skeleton, Timeline, Typography } from "antd"
import dayjs from "dayjs"
import { useTranslation } from "react-i18next"
import type { ConsoleConfig } from "../../hooks/use-config.ts"

const colors: Readonly<Record<string, string>> = { TicketCreated: "blue", StatusChanged: "green", NoteAdded: "gold", SlaBreached: "red", Assigned: "purple" }

/** The ticket's history, oldest first: who did what and when. */
export function Activity({ ticket, config }: { ticket: TicketView; config: ConsoleConfig }) {
  const { t } = useTranslation()
  const { result, query } = useList<EventView>({ resource: "events", meta: { ticketId: ticket.id }, pagination: { mode: "off" } })
  if (query.isLoading) return <Skeleton active paragraph={{ rows: 5 }} />
  if (result.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("tickets.events.empty")} />
  const status = (key: unknown) => (typeof key === "string" ? config.statusLook(key, ticket.workflowKey).label : "—")
  const describe = (event: EventView): string => {
    const p = event.payload as Record<string, unknown>
    switch (event.type) {
      case "StatusChanged":
        return t("tickets.events.StatusChanged", { from: status(p.from), to: status(p.to) })
      case "Assigned":
        return p.to === null ? t("tickets.events.Unassigned") : t("tickets.events.Assigned", { name: config.userName(p.to as string) })
      case "FieldsChanged": {
        const fields = p.fields !== null && typeof p.fields === "object" ? Object.keys(p.fields as object) : []
        return t("tickets.events.FieldsChanged", { fields: fields.map((f) => t(`tickets.fields.${f.replace(/Key$/, "")}`, { defaultValue: f })).join(", ") })
      }
      case "DueDateChanged":
        return t("tickets.events.DueDateChanged", { date: typeof p.to === "string" ? dayjs(p.to).format("LL") : "—" })
      case "SlaBreached":
        return t("tickets.events.SlaBreached", { target: t(`tickets.sla.${String(p.target)}`, { defaultValue: String(p.target) }) })
      case "WorkflowMigrated":
        return t("tickets.events.WorkflowMigrated", { version: String(p.toVersion ?? "") })
      default:
        return t(`tickets.events.${event.type}`)
    }
  }
  return (
    <Timeline
      style={{ paddingTop: 8 }}
      items={result.data.map((event) => ({
        key: event.id,
        color: colors[event.type] ?? "gray",
        children: (
          <>
            <Typography.Text strong>{config.userName(event.actorId)}</Typography.Text> {describe(event)}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(event.at).format("LLL")}
            </Typography.Text>
          </>
        ),
      }))}
    />
  )
}
