import { Id } from "../../domain/common.ts"
import { postMessage } from "../commands/post-message.ts"
import { recordUpload, RecordUploadInput } from "../commands/record-upload.ts"
import { declare } from "../declare.ts"
import { ListMessagesInput, PostMessageInput, TicketRefInput } from "../inputs.ts"
import { getAttachment, listAttachments } from "../queries/attachments.ts"
import { allowedEvents, listEvents, listMessages } from "../queries/conversation.ts"

/** The conversation of a ticket: replies, notes, files, history and what the actor may fire now. */
export const conversationDeclarations = {
  postMessage: declare({
    kind: "command",
    summary: "Posts a public reply (which may fire the workflow's reply triggers) or an internal note (the team only).",
    input: PostMessageInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound", "Forbidden", "TicketLocked", "Conflict", "AttachmentRejected", "VersionConflict"],
    program: postMessage,
  }),
  listMessages: declare({
    kind: "query",
    summary: "The conversation of a ticket; internal notes only for the team.",
    input: ListMessagesInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound"],
    program: listMessages,
  }),
  listEvents: declare({
    kind: "query",
    summary: "The history of a ticket; internal events only for the team.",
    input: TicketRefInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound"],
    program: listEvents,
  }),
  allowedEvents: declare({
    kind: "query",
    summary: "The events the actor may fire on a ticket now, each with its target and whether it needs a comment.",
    input: TicketRefInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound", "NotFound"],
    program: allowedEvents,
  }),
  recordUpload: declare({
    kind: "command",
    summary: "Records an uploaded file (its bytes already stored), unlinked and owned by the actor, under the tenant's attachment policy.",
    input: RecordUploadInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "AttachmentRejected"],
    program: recordUpload,
  }),
  getAttachment: declare({
    kind: "query",
    summary: "An attachment's metadata, when the actor may download it.",
    input: Id,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "NotFound"],
    program: getAttachment,
  }),
  listAttachments: declare({
    kind: "query",
    summary: "The files of a ticket's conversation the actor may see.",
    input: TicketRefInput,
    access: "member",
    errors: ["ValidationFailed", "Unauthenticated", "TicketNotFound"],
    program: listAttachments,
  }),
}
