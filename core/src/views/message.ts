import * as z from "zod"
import type { Attachment } from "../domain/attachment.ts"
import { Message } from "../domain/message.ts"
import { AttachmentView, toAttachmentView } from "./attachment.ts"

/** A message as the API shows it: without `tenantId`, with its rendered body and its files. */
export const MessageView = Message.omit({ tenantId: true }).extend({
  /** The Markdown body rendered to sanitised HTML by the server. */
  bodyHtml: z.string(),
  attachments: z.array(AttachmentView),
})
/** A message as the API shows it. */
export type MessageView = z.infer<typeof MessageView>

/**
 * A message as the API shows it: `bodyHtml` is its body rendered by the caller (the API
 * sanitises Markdown; core renders nothing), `files` its attachments in any order (ids
 * missing from it are left out).
 */
export function toMessageView(message: Message, bodyHtml: string, files: ReadonlyArray<Attachment>): MessageView {
  const { tenantId: _tenant, ...rest } = message
  const byId = new Map(files.map((file) => [file.id, file]))
  return {
    ...rest,
    attachmentIds: [...message.attachmentIds],
    bodyHtml,
    attachments: message.attachmentIds.flatMap((id) => {
      const file = byId.get(id)
      return file === undefined ? [] : [toAttachmentView(file)]
    }),
  }
}
