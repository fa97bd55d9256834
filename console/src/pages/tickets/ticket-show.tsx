import { ArrowLeftOutlined, EditOutlined, LockOutlined } from "@ant-design/icons"
import { useGo, useOne } from "@refinedev/core"
import type { TicketDetailView } from "@ticketflow/hono/client"
import { Alert, Button, Card, Col, Flex, Result, Row, Skeleton, Space, Tabs, Tooltip, Typography } from "antd"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router"
import { SlaBadge } from "../../components/sla-badge.tsx"
import { StatusTag } from "../../components/status-tag.tsx"
import { useConfig } from "../../hooks/use-config.ts"
import { useMe } from "../../hooks/use-me.ts"
import { can } from "../../providers/access-control.ts"
import type { TicketflowError } from "../../providers/http-client.ts"
import { Activity } from "./activity.tsx"
import { Conversation } from "./conversation.tsx"
import { EditRequestModal } from "./edit-request-modal.tsx"
import { ReplyBox } from "./reply-box.tsx"
import { TicketDetails } from "./ticket-details.tsx"
import { TransitionBar } from "./transition-bar.tsx"

/** One ticket: its actions, conversation and reply box, details and activity. */
export default function TicketShowPage() {
  const { t } = useTranslation()
  const go = useGo()
  const { id = "" } = useParams()
  const config = useConfig()
  const me = useMe()
  const [order, setOrder] = useState<"asc" | "desc">("desc")
  const [editing, setEditing] = useState(false)
  const { result: ticket, query } = useOne<TicketDetailView>({ resource: "tickets", id, errorNotification: false, queryOptions: { retry: false } })

  if (query.isLoading) {
    return (
      <div style={{ padding: 24 }}>
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    )
  }
  if (query.isError || ticket === undefined) {
    const failure = query.error as TicketflowError | null
    return <Result status={failure?.statusCode === 404 ? "404" : "warning"} title={failure?.statusCode === 404 ? t("tickets.show.notFound") : t("common.loadFailed")} subTitle={failure?.statusCode === 404 ? undefined : failure?.message} extra={<Button onClick={() => go({ to: "/" })}>{t("common.back")}</Button>} />
  }

  const role = config.identity?.role ?? null
  // The API tells which fields this actor may change now; the request dialog edits subject and description.
  const mayEdit = ["subject", "description"].some((field) => can(role, { resource: "tickets", action: "edit", params: { ticket, field } }).can)
  const closed = ticket.statusCategory === "closed"
  // The API tells which messages this actor may post now (none on a closed ticket for the requester side).
  const replyAllowed = ticket.messageVisibilities.length > 0

  return (
    <Flex vertical gap={16} style={{ padding: 24 }}>
      <Flex vertical gap={8}>
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => window.history.back()} style={{ alignSelf: "flex-start", paddingInline: 0 }}>
          {t("common.back")}
        </Button>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Space direction="vertical" size={6} style={{ minWidth: 0, flex: 1 }}>
            <Space size={10} wrap>
              <Typography.Text type="secondary" style={{ fontSize: 16 }} data-testid="ticket-number">
                #{ticket.number}
              </Typography.Text>
              <span data-testid="ticket-status">
                <StatusTag config={config} status={ticket.status} workflowKey={ticket.workflowKey} category={ticket.statusCategory} />
              </span>
              {config.team && <SlaBadge ticket={ticket} target={ticket.firstResponseAt === null ? "firstResponse" : "resolution"} compact />}
            </Space>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
              {ticket.subject}
            </Typography.Title>
          </Space>
          <Space wrap>
            {!config.team &&
              (mayEdit ? (
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t("tickets.show.edit")}
                </Button>
              ) : (
                !closed && (
                  <Tooltip title={t("tickets.show.editLocked")}>
                    <Button icon={<LockOutlined />} disabled>
                      {t("tickets.show.edit")}
                    </Button>
                  </Tooltip>
                )
              ))}
            <TransitionBar ticket={ticket} />
          </Space>
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <Tabs
              items={[
                {
                  key: "conversation",
                  label: t("tickets.show.conversation"),
                  children: (
                    <Flex vertical gap={16}>
                      {replyAllowed && order === "desc" && <ReplyBox ticket={ticket} visibilities={ticket.messageVisibilities} policy={me?.tenant.settings.attachmentPolicy} />}
                      {!config.team && !mayEdit && !closed && <Alert type="info" showIcon message={t("tickets.show.editLocked")} />}
                      <Conversation ticket={ticket} config={config} order={order} onOrder={setOrder} />
                      {replyAllowed && order === "asc" && <ReplyBox ticket={ticket} visibilities={ticket.messageVisibilities} policy={me?.tenant.settings.attachmentPolicy} />}
                    </Flex>
                  ),
                },
                { key: "activity", label: t("tickets.show.activity"), children: <Activity ticket={ticket} config={config} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t("tickets.show.details")} size="small" data-testid="ticket-details">
            <TicketDetails ticket={ticket} config={config} />
          </Card>
        </Col>
      </Row>
      {mayEdit && editing && <EditRequestModal ticket={ticket} open={editing} onClose={() => setEditing(false)} />}
    </Flex>
  )
}
