import { LockOutlined } from "@ant-design/icons"
import { useList } from "@refinedev/core"
import type { MessageView, TicketView } from "@ticketflow/hono/client"
import { Avatar, Empty, Flex, Segmented, Skeleton, Space, Tag, Tooltip, Typography } from "antd"
import dayjs from "dayjs"
import { lazy, Suspense } from "react"
import { useTranslation } from "react-i18next"
import { AttachmentList } from "../../components/attachment-list.tsx"
import { tintedTagStyle } from "../../components/status-tag.tsx"
import type { ConsoleConfig } from "../../hooks/use-config.ts"

const Markdown = lazy(() => import("../../components/markdown.tsx"))

/** Who wrote a message, as this viewer may know it. */
function authorName(config: ConsoleConfig, ticket: TicketView, authorId: string | null): string {
  if (authorId !== null && authorId === ticket.requesterId && authorId !== config.identity?.id && !config.users.some((u) => u.id === authorId)) return ticket.contact.name
  return config.userName(authorId)
}

/** One message: author, time, internal-note marking, Markdown body and files. */
function MessageItem({ message, ticket, config }: { message: MessageView; ticket: TicketView; config: ConsoleConfig }) {
  const { t } = useTranslation()
  const internal = message.visibility === "internal"
  const mine = message.authorId === config.identity?.id
  const name = authorName(config, ticket, message.authorId)
  return (
    <article className={`tf-message ${internal ? "tf-message-internal" : mine ? "tf-message-mine" : ""}`} data-visibility={message.visibility} aria-label={internal ? t("tickets.show.internalBadge") : name}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Space size={10}>
          <Avatar size="small" style={{ background: internal ? "#874d00" : mine ? "#0958d9" : "#595959" }}>
            {name.charAt(0).toUpperCase()}
          </Avatar>
          <Typography.Text strong>{name}</Typography.Text>
          {message.isDescription && <Tag>{t("tickets.show.description")}</Tag>}
          {internal && (
            <Tag icon={<LockOutlined />} style={tintedTagStyle("#874d00")}>
              {t("tickets.show.internalBadge")}
            </Tag>
          )}
        </Space>
        <Tooltip title={dayjs(message.createdAt).format("LLL")}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {dayjs(message.createdAt).fromNow()}
            {message.editedAt !== null && ` · ${t("tickets.show.edited")}`}
          </Typography.Text>
        </Tooltip>
      </Flex>
      {message.body.trim() !== "" && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 1 }} title={false} />}>
          <Markdown>{message.body}</Markdown>
        </Suspense>
      )}
      <AttachmentList attachments={message.attachments} />
    </article>
  )
}

/** The conversation of a ticket, newest or oldest first. */
export function Conversation({ ticket, config, order, onOrder }: { ticket: TicketView; config: ConsoleConfig; order: "asc" | "desc"; onOrder: (order: "asc" | "desc") => void }) {
  const { t } = useTranslation()
  const { result, query } = useList<MessageView>({ resource: "messages", meta: { ticketId: ticket.id, order }, pagination: { mode: "off" } })
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Segmented
          size="small"
          value={order}
          onChange={(value) => onOrder(value as "asc" | "desc")}
          options={[
            { value: "desc", label: t("tickets.show.newestFirst") },
            { value: "asc", label: t("tickets.show.oldestFirst") },
          ]}
        />
      </Flex>
      {query.isLoading ? (
        <Skeleton active avatar paragraph={{ rows: 3 }} />
      ) : result.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("tickets.show.noMessages")} />
      ) : (
        result.data.map((message) => <MessageItem key={message.id} message={message} ticket={ticket} config={config} />)
      )}
    </Flex>
  )
}
