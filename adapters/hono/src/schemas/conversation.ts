import { z } from "@hono/zod-openapi"
import { AttachmentView, EventView, ListMessagesInput, MessageView, PostMessageInput } from "@ticketflow/core"
import { documentedQuery } from "./common.ts"
import { named, requestBody } from "./named.ts"
import { TicketSchema } from "./ticket.ts"

const at = "2026-03-02T09:20:00.000Z"

/** An uploaded file's metadata: core's `AttachmentView`. */
export const AttachmentSchema = named(AttachmentView, "Attachment", {
  description: "An uploaded file: its content type is sniffed from the bytes, never taken from the client.",
  example: {
    id: "9d9d9d9d-0000-4000-8000-000000000020",
    ticketId: null,
    messageId: null,
    filename: "screenshot.png",
    contentType: "image/png",
    size: 48213,
    sha256: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
    uploadedBy: "2a2a2a2a-0000-4000-8000-000000000004",
    createdAt: at,
  },
})

/** A message with its rendered body and files: core's `MessageView`. */
export const MessageSchema = named(MessageView, "Message", {
  description: "A public reply or an internal note (the team only). `bodyHtml` is the Markdown body rendered to sanitised HTML: no raw HTML, scripts, event handlers or unsafe links.",
  example: {
    id: "7e7e7e7e-0000-4000-8000-000000000030",
    ticketId: "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01",
    authorId: "2a2a2a2a-0000-4000-8000-000000000002",
    visibility: "public",
    body: "Could you send a **screenshot**?",
    bodyHtml: "<p>Could you send a <strong>screenshot</strong>?</p>\n",
    attachmentIds: [],
    attachments: [],
    isDescription: false,
    event: "REQUEST_CLARIFICATION",
    createdAt: at,
    editedAt: null,
  },
})

/** The body of `POST /v1/tickets/{id}/messages`: the engine's `PostMessageInput` (the ticket is in the path, the idempotency key a header). */
export const PostMessageBody = named(requestBody(PostMessageInput.omit({ ticket: true, idempotencyKey: true })), "PostMessage", {
  description: "A reply or an internal note: `body` is Markdown, stored as written; `internal` notes are for the team only (`public` by default).",
  example: { body: "Here is the screenshot.", visibility: "public", attachmentIds: [] },
})

/** A posted message and the ticket after it (a reply may move the ticket). */
export const PostedMessageSchema = z
  .object({ message: MessageSchema, ticket: TicketSchema })
  .openapi("PostedMessage", { description: "The message as stored, and the ticket after it: a customer's reply to a clarification moves it back." })

/** The order of a conversation: the engine's `ListMessagesInput` but the ticket (in the path). */
export const MessagesQuery = documentedQuery(ListMessagesInput.omit({ ticket: true }), {
  order: { description: "Oldest first (`asc`, the default) or newest first." },
})

/** One entry of a ticket's history: core's `EventView`. */
export const TicketEventSchema = named(EventView, "TicketEvent", {
  description: "One change of a ticket. Internal events (notes, SLA breaches, migrations) are shown to the team only.",
  example: {
    id: "5c5c5c5c-0000-4000-8000-000000000040",
    ticketId: "6f1c2b9e-0d3a-4c52-9b1e-2f5a7c8d9e01",
    version: 2,
    seq: 0,
    type: "StatusChanged",
    actorId: "2a2a2a2a-0000-4000-8000-000000000002",
    at,
    visibility: "public",
    payload: { event: "START", from: "new", to: "in_progress" },
    changes: { status: "in_progress", statusCategory: "open" },
  },
})
