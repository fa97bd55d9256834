import { FileOutlined, PaperClipOutlined } from "@ant-design/icons"
import type { AttachmentView } from "@ticketflow/hono/client"
import { Image, Space, Typography } from "antd"
import { useConsole } from "../context.tsx"
import { formatBytes, isImage } from "./file-policy.ts"

const previewable = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"])

/** The files of a message: image thumbnails that open full size, other files as download links. */
export function AttachmentList({ attachments }: { attachments: ReadonlyArray<AttachmentView> }) {
  const { client } = useConsole()
  if (attachments.length === 0) return null
  const images = attachments.filter((a) => previewable.has(a.contentType))
  const others = attachments.filter((a) => !previewable.has(a.contentType))
  return (
    <Space direction="vertical" size={8} style={{ marginTop: 8 }}>
      {images.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap>
            {images.map((a) => (
              <Image
                key={a.id}
                width={96}
                height={96}
                style={{ objectFit: "cover", borderRadius: 6, border: "1px solid #f0f0f0" }}
                src={client.url(`/v1/attachments/${a.id}/thumbnail?size=256`)}
                preview={{ src: client.url(`/v1/attachments/${a.id}`) }}
                alt={a.filename}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {others.map((a) => (
        <a key={a.id} href={client.url(`/v1/attachments/${a.id}?download=1`)} download={a.filename}>
          <Space size={6}>
            {isImage({ name: a.filename, type: a.contentType }) ? <FileOutlined /> : <PaperClipOutlined />}
            <span>{a.filename}</span>
            <Typography.Text type="secondary">{formatBytes(a.size)}</Typography.Text>
          </Space>
        </a>
      ))}
    </Space>
  )
}
