import { useUpdate } from "@refinedev/core"
import type { TicketDetailView } from "@ticketflow/hono/client"
import { useQueryClient } from "@tanstack/react-query"
import { App, Form, Input, Modal } from "antd"
import { useTranslation } from "react-i18next"
import { refreshData } from "../../hooks/refresh-data.ts"
import { mayEditField } from "../../providers/access-control.ts"
import type { TicketflowError } from "../../providers/http-client.ts"

/** Edits the subject and description, each where the API lets the actor change it now (`editableFields`). */
export function EditRequestModal({ ticket, open, onClose }: { ticket: TicketDetailView; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<{ subject: string; description: string }>()
  const { mutateAsync: update, mutation } = useUpdate()
  const save = async (values: { subject: string; description: string }) => {
    try {
      await update({ resource: "tickets", id: ticket.id, values, meta: { version: ticket.version }, successNotification: false, errorNotification: false })
      await refreshData(queryClient)
      onClose()
    } catch (error) {
      const failure = error as TicketflowError
      void message.error(failure.slug === "ticket-locked" ? t("tickets.show.editLocked") : failure.message)
    }
  }
  return (
    <Modal open={open} title={t("tickets.show.edit")} okText={t("buttons.save")} cancelText={t("buttons.cancel")} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: mutation.isPending }} width={720} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ subject: ticket.subject, description: ticket.description }} onFinish={(values) => void save(values)}>
        <Form.Item name="subject" label={t("tickets.fields.subject")} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} disabled={!mayEditField(ticket, "subject")} />
        </Form.Item>
        <Form.Item name="description" label={t("tickets.fields.description")}>
          <Input.TextArea rows={10} disabled={!mayEditField(ticket, "description")} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
