import * as z from "zod"
import { Id, Instant, Text } from "./common.ts"

/** Public replies reach the customer; internal notes never do. */
export const MessageVisibility = z.enum(["public", "internal"])
/** Public reply or internal note. */
export type MessageVisibility = z.infer<typeof MessageVisibility>

/** One entry of a ticket's conversation, Markdown as written. */
export const Message = z.object({
  id: Id,
  tenantId: Id,
  ticketId: Id,
  authorId: Id.nullable(),
  visibility: MessageVisibility,
  body: Text.max(100_000),
  attachmentIds: z.array(Id),
  /** The ticket's description is its first message. */
  isDescription: z.boolean(),
  /** The workflow event this message was the comment of, if any. */
  event: z.string().nullable(),
  createdAt: Instant,
  editedAt: Instant.nullable(),
})
/** One entry of a ticket's conversation. */
export type Message = z.infer<typeof Message>
