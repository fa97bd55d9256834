import { useCreate, useGetIdentity, useList } from "@refinedev/core"
import type { AllowedEventView, TicketView } from "@ticketflow/hono/client"
import { useQueryClient } from "@tanstack/react-query"
import { App, Button, Form, Input, Modal, Select, Space, Typography } from "antd"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { refreshData } from "../../hooks/refresh-data.ts"
import { useConfig } from "../../hooks/use-config.ts"
import { labelOf } from "../../i18n/labels.ts"
import { can } from "../../providers/access-control.ts"
import type { Identity } from "../../providers/auth-provider.ts"
import type { TicketflowError } from "../../providers/http-client.ts"

/** Events that move the work forward get the primary button. */
const primaryEvents = new Set(["START", "ACCEPT", "SUBMIT_FOR_ACCEPTANCE", "REOPEN"])
const dangerEvents = new Set(["CLOSE", "REQUEST_REWORK"])

/**
 * The ticket's action buttons, one per event the API allows this actor now (Accept work, Send
 * back for rework, Close with a confirmation, Reopen, Start, Request clarification…). A
 * required comment or a resolution is asked in a dialog.
 */
export function TransitionBar({ ticket }: { ticket: TicketView }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const { data: identity } = useGetIdentity<Identity>()
  const config = useConfig()
  const { result, query } = useList<AllowedEventView>({ resource: "transitions", meta: { ticketId: ticket.id }, pagination: { mode: "off" } })
  const { mutateAsync: fire, mutation } = useCreate()
  const [asking, setAsking] = useState<AllowedEventView | null>(null)
  const [form] = Form.useForm<{ comment?: string; resolution?: string }>()
  const allowed = (result.data ?? []).filter((a) => can(identity?.role ?? null, { resource: "transitions", action: "fire", params: { event: a.event, allowed: result.data } }).can)

  const send = async (event: AllowedEventView, values: { comment?: string; resolution?: string }) => {
    try {
      await fire({
        resource: "transitions",
        values: { event: event.event, ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}), ...(values.resolution ? { resolution: values.resolution } : {}) },
        meta: { ticketId: ticket.id, version: ticket.version },
        successNotification: false,
        errorNotification: false,
      })
      void message.success(t("tickets.show.moved", { status: config.statusLook(event.target, ticket.workflowKey, event.targetCategory).label }))
      setAsking(null)
      form.resetFields()
      await refreshData(queryClient)
    } catch (error) {
      void message.error((error as TicketflowError).message)
    }
  }

  const open = (event: AllowedEventView) => {
    const asksSomething = event.comment !== "none" || event.resolutions.length > 1 || event.event === "CLOSE"
    if (!asksSomething) return void send(event, {})
    form.setFieldsValue({ resolution: event.resolutions[0] })
    setAsking(event)
  }

  if (query.isLoading) return <Button loading>{t("tickets.show.actions")}</Button>
  if (allowed.length === 0) return <Typography.Text type="secondary">{t("tickets.show.noActions")}</Typography.Text>
  const label = (a: AllowedEventView) => labelOf({ name: a.name, labels: a.labels }, i18n.language)
  return (
    <>
      <Space wrap>
        {allowed.map((a) => (
          <Button
            key={a.event}
            data-event={a.event}
            type={primaryEvents.has(a.event) ? "primary" : "default"}
            danger={dangerEvents.has(a.event)}
            loading={mutation.isPending && asking === null}
            onClick={() => open(a)}
          >
            {label(a)}
          </Button>
        ))}
      </Space>
      <Modal
        open={asking !== null}
        title={asking?.event === "CLOSE" ? t("tickets.show.confirmCloseTitle") : asking === null ? "" : label(asking)}
        okText={asking === null ? "" : label(asking)}
        okButtonProps={{ danger: asking !== null && dangerEvents.has(asking.event), loading: mutation.isPending }}
        cancelText={t("buttons.cancel")}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {asking?.event === "CLOSE" && <Typography.Paragraph type="secondary">{t("tickets.show.confirmCloseText")}</Typography.Paragraph>}
        <Form form={form} layout="vertical" onFinish={(values) => asking !== null && void send(asking, values)}>
          {asking !== null && asking.resolutions.length > 1 && (
            <Form.Item name="resolution" label={t("tickets.show.resolution")}>
              <Select options={asking.resolutions.map((r) => ({ value: r, label: t(`resolutions.${r}`, { defaultValue: r }) }))} />
            </Form.Item>
          )}
          {asking !== null && asking.comment !== "none" && (
            <Form.Item
              name="comment"
              label={asking.comment === "required" ? t("tickets.show.comment") : t("tickets.show.commentOptional")}
              rules={asking.comment === "required" ? [{ required: true, whitespace: true, message: t("tickets.show.commentRequired") }] : []}
            >
              <Input.TextArea rows={4} autoFocus />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  )
}
