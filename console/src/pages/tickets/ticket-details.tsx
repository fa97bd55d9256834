import { UserAddOutlined } from "@ant-design/icons"
import { useUpdate } from "@refinedev/core"
import type { TicketDetailView } from "@ticketflow/hono/client"
import { useQueryClient } from "@tanstack/react-query"
import { App, Button, DatePicker, Descriptions, Select, Space, Typography } from "antd"
import dayjs from "dayjs"
import { useTranslation } from "react-i18next"
import { refreshData } from "../../hooks/refresh-data.ts"
import { SlaBadge } from "../../components/sla-badge.tsx"
import { PriorityLabel } from "../../components/status-tag.tsx"
import type { ConsoleConfig } from "../../hooks/use-config.ts"
import { humanize } from "../../i18n/labels.ts"
import { mayEditField } from "../../providers/access-control.ts"
import type { TicketflowError } from "../../providers/http-client.ts"

/**
 * The ticket's fields. Type, priority, department, assignee and due date change in place where
 * the API lets the actor change them now (`editableFields`: the team until the ticket is
 * closed, admins always); otherwise they are read.
 */
export function TicketDetails({ ticket, config }: { ticket: TicketDetailView; config: ConsoleConfig }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { mutateAsync: update, mutation } = useUpdate()
  const change = async (values: Record<string, unknown>) => {
    try {
      await update({ resource: "tickets", id: ticket.id, values, meta: { version: ticket.version }, successNotification: false, errorNotification: false })
      await refreshData(queryClient)
    } catch (error) {
      void message.error((error as TicketflowError).message)
    }
  }
  const me = config.identity?.id
  const agents = config.users.filter((u) => u.kind !== "customer" && u.active)
  const none = <Typography.Text type="secondary">—</Typography.Text>
  const selectProps = { size: "small" as const, variant: "filled" as const, style: { width: "100%" }, disabled: mutation.isPending }
  const items = [
    {
      key: "requester",
      label: t("tickets.fields.requester"),
      children: (
        <Space direction="vertical" size={0}>
          <span>{ticket.contact.name}</span>
          {config.team && <Typography.Text type="secondary">{config.organisationName(ticket.organisationId) ?? ""}</Typography.Text>}
          {ticket.contact.email !== null && <Typography.Text type="secondary">{ticket.contact.email}</Typography.Text>}
          {ticket.contact.phone !== null && <Typography.Text type="secondary">{ticket.contact.phone}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: "assignee",
      label: t("tickets.fields.assignee"),
      children: mayEditField(ticket, "assigneeId") ? (
        <Space.Compact style={{ width: "100%" }}>
          <Select
            {...selectProps}
            aria-label={t("tickets.show.assignTo")}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t("tickets.filters.assigneeNone")}
            value={ticket.assigneeId ?? undefined}
            onChange={(id: string | undefined) => void change({ assigneeId: id ?? null })}
            options={agents.map((u) => ({ value: u.id, label: u.id === me ? `${u.name} (${t("common.you")})` : u.name }))}
          />
          {ticket.assigneeId !== me && me !== undefined && (
            <Button size="small" icon={<UserAddOutlined />} onClick={() => void change({ assigneeId: me })} title={t("tickets.show.assignMe")} aria-label={t("tickets.show.assignMe")} />
          )}
        </Space.Compact>
      ) : ticket.assigneeId === null ? (
        none
      ) : (
        config.userName(ticket.assigneeId)
      ),
    },
    {
      key: "type",
      label: t("tickets.fields.type"),
      children: mayEditField(ticket, "type") ? (
        <Select {...selectProps} aria-label={t("tickets.fields.type")} value={ticket.typeKey ?? undefined} onChange={(type: string) => void change({ type })} options={config.types.map((x) => ({ value: x.key, label: config.labelOf(x) }))} />
      ) : (
        (config.typeLabel(ticket.typeKey) ?? none)
      ),
    },
    {
      key: "priority",
      label: t("tickets.fields.priority"),
      children: mayEditField(ticket, "priority") ? (
        <Select {...selectProps} aria-label={t("tickets.fields.priority")} value={ticket.priorityKey ?? undefined} onChange={(priority: string) => void change({ priority })} options={config.priorities.map((x) => ({ value: x.key, label: config.labelOf(x) }))} />
      ) : (
        <PriorityLabel config={config} priority={ticket.priorityKey} />
      ),
    },
    {
      key: "department",
      label: t("tickets.fields.department"),
      children: mayEditField(ticket, "department") ? (
        <Select
          {...selectProps}
          aria-label={t("tickets.fields.department")}
          allowClear
          value={ticket.departmentKey ?? undefined}
          onChange={(department: string | undefined) => void change({ department: department ?? null })}
          options={config.departments.map((x) => ({ value: x.key, label: config.labelOf(x) }))}
        />
      ) : (
        (config.departmentLabel(ticket.departmentKey) ?? none)
      ),
    },
    ...Object.entries(ticket.catalog).map(([kind, key]) => ({ key: `catalog-${kind}`, label: t(`tickets.fields.${kind}`, { defaultValue: humanize(kind) }), children: config.catalogLabel(key) })),
    { key: "desired", label: t("tickets.fields.desiredDueDate"), children: ticket.desiredDueDate === null ? none : dayjs(ticket.desiredDueDate).format("LL") },
    {
      key: "due",
      label: t("tickets.show.dueDate"),
      children: mayEditField(ticket, "dueAt") ? (
        <DatePicker
          size="small"
          variant="filled"
          aria-label={t("tickets.show.dueDate")}
          style={{ width: "100%" }}
          value={ticket.dueAt === null ? null : dayjs(ticket.dueAt)}
          onChange={(day) => void change({ dueAt: day === null ? null : day.endOf("day").toISOString() })}
        />
      ) : ticket.dueAt === null ? (
        none
      ) : (
        dayjs(ticket.dueAt).format("LL")
      ),
    },
    ...(config.team
      ? [
          {
            key: "sla",
            label: t("tickets.fields.sla"),
            children: (
              <Space direction="vertical" size={4}>
                <SlaBadge ticket={ticket} target="firstResponse" />
                <SlaBadge ticket={ticket} target="resolution" />
              </Space>
            ),
          },
        ]
      : []),
    { key: "created", label: t("tickets.fields.createdAt"), children: dayjs(ticket.createdAt).format("LLL") },
    { key: "updated", label: t("tickets.fields.updatedAt"), children: dayjs(ticket.updatedAt).fromNow() },
    ...(ticket.resolution === null ? [] : [{ key: "resolution", label: t("tickets.fields.resolution"), children: t(`resolutions.${ticket.resolution}`, { defaultValue: ticket.resolution }) }]),
    ...(ticket.reopenCount === 0 ? [] : [{ key: "reopened", label: t("tickets.fields.reopenCount"), children: `× ${ticket.reopenCount}` }]),
  ]
  return <Descriptions column={1} size="small" items={items} labelStyle={{ width: 130, color: "rgba(0,0,0,0.62)" }} />
}
