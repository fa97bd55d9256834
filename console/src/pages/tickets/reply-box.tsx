import { LockOutlined, SendOutlined } from "@ant-design/icons"
import { useCreate } from "@refinedev/core"
import type { AttachmentPolicyView, TicketView } from "@ticketflow/hono/client"
import { useQueryClient } from "@tanstack/react-query"
import { App, Button, Flex, Input, Segmented } from "antd"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { refreshData } from "../../hooks/refresh-data.ts"
import { FilePicker, uploadAll, type PickedFiles } from "../../components/file-picker.tsx"
import { useConsole } from "../../context.tsx"
import type { TicketflowError } from "../../providers/http-client.ts"

/**
 * The reply box: a public reply with files, or an internal note — the kinds of message the API
 * says the actor may post now (`visibilities`, the ticket's `messageVisibilities`).
 */
export function ReplyBox({ ticket, visibilities, policy }: { ticket: TicketView; visibilities: ReadonlyArray<"public" | "internal">; policy: AttachmentPolicyView | undefined }) {
  const choosable = visibilities.includes("public") && visibilities.includes("internal")
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { client } = useConsole()
  const queryClient = useQueryClient()
  const { mutateAsync: post } = useCreate()
  const [body, setBody] = useState("")
  const [files, setFiles] = useState<PickedFiles>([])
  const [visibility, setVisibility] = useState<"public" | "internal">(visibilities[0] ?? "public")
  const [sending, setSending] = useState(false)
  const internal = visibility === "internal"

  const send = async () => {
    if (body.trim() === "") return
    setSending(true)
    try {
      const attachmentIds = await uploadAll(client, files)
      await post({
        resource: "messages",
        values: { body, visibility, ...(attachmentIds.length > 0 ? { attachmentIds } : {}) },
        meta: { ticketId: ticket.id },
        successNotification: false,
        errorNotification: false,
      })
      setBody("")
      setFiles([])
      void message.success(t("tickets.show.sent"))
      await refreshData(queryClient)
    } catch (error) {
      void message.error((error as TicketflowError).message)
    } finally {
      setSending(false)
    }
  }

  return (
    <Flex vertical gap={8} className={internal ? "tf-message tf-message-internal" : "tf-message"} style={{ padding: 12 }}>
      {choosable && (
        <Segmented
          value={visibility}
          onChange={(value) => setVisibility(value as "public" | "internal")}
          options={[
            { value: "public", label: t("tickets.show.public") },
            { value: "internal", label: t("tickets.show.internal"), icon: <LockOutlined /> },
          ]}
          style={{ alignSelf: "flex-start" }}
        />
      )}
      <Input.TextArea
        aria-label={internal ? t("tickets.show.internal") : t("tickets.show.public")}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 12 }}
        placeholder={internal ? t("tickets.show.notePlaceholder") : t("tickets.show.replyPlaceholder")}
        variant="borderless"
        onKeyDown={(e) => {
          if ((e.metaKey || e.ctrlKey) && e.key === "Enter") void send()
        }}
      />
      <Flex justify="space-between" align="flex-end" gap={12} wrap>
        <div style={{ flex: 1, minWidth: 240 }}>
          <FilePicker value={files} onChange={setFiles} policy={policy} compact />
        </div>
        <Button type="primary" icon={internal ? <LockOutlined /> : <SendOutlined />} loading={sending} disabled={body.trim() === ""} onClick={() => void send()} style={internal ? { background: "#874d00" } : undefined}>
          {internal ? t("tickets.show.addNote") : t("tickets.show.send")}
        </Button>
      </Flex>
    </Flex>
  )
}
