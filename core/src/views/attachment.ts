import type * as z from "zod"
import { Attachment } from "../domain/attachment.ts"

/** An uploaded file's metadata as the API shows it: without `tenantId`. */
export const AttachmentView = Attachment.omit({ tenantId: true })
/** An uploaded file's metadata as the API shows it. */
export type AttachmentView = z.infer<typeof AttachmentView>

/** An attachment as the API shows it. */
export function toAttachmentView(attachment: Attachment): AttachmentView {
  const { tenantId: _tenant, ...view } = attachment
  return view
}
