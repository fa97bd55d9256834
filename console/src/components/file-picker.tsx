import { InboxOutlined } from "@ant-design/icons"
import type { AttachmentPolicyView, AttachmentView } from "@ticketflow/hono/client"
import { Alert, Typography, Upload } from "antd"
import type { UploadFile } from "antd"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { ApiClient } from "../providers/http-client.ts"
import { defaultAttachmentPolicy, fileRefusal, formatBytes, isImage } from "./file-policy.ts"

/** Files picked in a form, kept in the browser until the form is sent. */
export type PickedFiles = ReadonlyArray<UploadFile>

/** Uploads picked files one by one and returns their attachment ids, in order. */
export async function uploadAll(client: ApiClient, files: PickedFiles): Promise<string[]> {
  const ids: string[] = []
  for (const file of files) {
    const blob = file.originFileObj
    if (blob === undefined) continue
    const attachment = await client.upload<AttachmentView>("/v1/attachments", blob, file.name)
    ids.push(attachment.id)
  }
  return ids
}

/**
 * A drop zone for a message's files with image previews; the tenant's attachment policy is
 * enforced as files are picked (the "3 images + 1 document" preset included).
 */
export function FilePicker({
  value,
  onChange,
  policy = defaultAttachmentPolicy,
  compact = false,
}: {
  value: PickedFiles
  onChange: (files: PickedFiles) => void
  policy?: AttachmentPolicyView | undefined
  compact?: boolean
}) {
  const { t } = useTranslation()
  const [refusal, setRefusal] = useState<string | null>(null)
  useEffect(
    () => () => {
      for (const file of value) if (file.thumbUrl?.startsWith("blob:") === true) URL.revokeObjectURL(file.thumbUrl)
    },
    // Previews are freed when the picker goes away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  const accept = (next: UploadFile[]) => {
    const problem = fileRefusal(policy, next.map((f) => ({ name: f.name, size: f.size ?? 0, type: f.type ?? "" })))
    if (problem !== null) {
      setRefusal(t(problem.key, problem.values))
      return
    }
    setRefusal(null)
    onChange(next)
  }
  const hint =
    policy.maxImagesPerMessage !== undefined && policy.maxDocumentsPerMessage !== undefined
      ? t("tickets.create.filesPolicy", { images: policy.maxImagesPerMessage, documents: policy.maxDocumentsPerMessage })
      : t("tickets.create.filesLimit", { count: policy.maxFilesPerMessage })
  const props = {
    multiple: true,
    fileList: [...value],
    listType: "picture" as const,
    beforeUpload: (file: File) => {
      const entry: UploadFile = {
        uid: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
        name: file.name,
        size: file.size,
        type: file.type,
        status: "done",
        originFileObj: file as UploadFile["originFileObj"] & File,
        ...(isImage(file) ? { thumbUrl: URL.createObjectURL(file) } : {}),
      }
      accept([...value, entry])
      return Upload.LIST_IGNORE
    },
    onRemove: (file: UploadFile) => {
      if (file.thumbUrl?.startsWith("blob:") === true) URL.revokeObjectURL(file.thumbUrl)
      setRefusal(null)
      onChange(value.filter((f) => f.uid !== file.uid))
    },
  }
  return (
    <div>
      {compact ? (
        <Upload {...props}>
          <Typography.Link>{t("tickets.show.attach")}</Typography.Link>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {hint} · {formatBytes(policy.maxBytesPerFile)}
          </Typography.Text>
        </Upload>
      ) : (
        <Upload.Dragger {...props}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t("tickets.create.filesHint")}</p>
          <p className="ant-upload-hint">
            {hint} · {formatBytes(policy.maxBytesPerFile)}
          </p>
        </Upload.Dragger>
      )}
      {refusal !== null && <Alert style={{ marginTop: 8 }} type="warning" showIcon message={refusal} />}
    </div>
  )
}
