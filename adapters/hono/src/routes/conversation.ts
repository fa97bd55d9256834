import { createRoute } from "@hono/zod-openapi"
import { z } from "@hono/zod-openapi"
import { toAllowedEventView, toEventView, toMessageView, toTicketView, type Attachment, type Message } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import { renderMarkdown } from "../markdown.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponses } from "../problem.ts"
import { etagHeader, IdempotencyHeader, IfMatchHeader, TicketParam } from "../schemas/common.ts"
import { MessageSchema, MessagesQuery, PostedMessageSchema, PostMessageBody, TicketEventSchema } from "../schemas/conversation.ts"
import { AllowedEventSchema, FireEventBody, TicketDetailSchema } from "../schemas/ticket.ts"
import { ticketDetail } from "./tickets.ts"
import { etagOf, expectedVersion, jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

const listMessages = createRoute({
  method: "get",
  path: "/v1/tickets/{id}/messages",
  operationId: "listMessages",
  tags: ["Conversation"],
  summary: "The conversation of a ticket",
  description: "Public replies, and internal notes for the team only, each with its sanitised HTML and its files.",
  request: { params: TicketParam, query: MessagesQuery },
  responses: { 200: jsonResponse(z.array(MessageSchema), "The messages."), ...problemResponses(400, 401, 404, 422) },
})

const postMessage = createRoute({
  method: "post",
  path: "/v1/tickets/{id}/messages",
  operationId: "postMessage",
  tags: ["Conversation"],
  summary: "Reply or add an internal note",
  description: "Posts a public reply (which may move the ticket, e.g. a customer answering a clarification) or an internal note (the team only). `Idempotency-Key` makes a retry return the first message.",
  request: { params: TicketParam, headers: IdempotencyHeader, body: jsonBody(PostMessageBody, "The message.") },
  responses: {
    201: { ...jsonResponse(PostedMessageSchema, "The message and the ticket after it."), headers: etagHeader },
    ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
  },
})

const listEvents = createRoute({
  method: "get",
  path: "/v1/tickets/{id}/events",
  operationId: "listTicketEvents",
  tags: ["Conversation"],
  summary: "The activity history of a ticket",
  description: "Every change of the ticket, without internal events for customers.",
  request: { params: TicketParam },
  responses: { 200: jsonResponse(z.array(TicketEventSchema), "The events, oldest first."), ...problemResponses(400, 401, 404, 422) },
})

const allowedTransitions = createRoute({
  method: "get",
  path: "/v1/tickets/{id}/transitions",
  operationId: "listTransitions",
  tags: ["Workflow actions"],
  summary: "The events the actor may fire now",
  description: "Each with its target status and whether a comment is required: the action buttons of a ticket.",
  request: { params: TicketParam },
  responses: { 200: jsonResponse(z.array(AllowedEventSchema), "The allowed events."), ...problemResponses(400, 401, 404, 422) },
})

const fireTransition = createRoute({
  method: "post",
  path: "/v1/tickets/{id}/transitions",
  operationId: "fireTransition",
  tags: ["Workflow actions"],
  summary: "Fire a workflow event",
  description: "Moves the ticket: START, REQUEST_CLARIFICATION, ACCEPT, CLOSE… A refused event is 409 `invalid-transition` with the allowed events.",
  request: { params: TicketParam, headers: IfMatchHeader, body: jsonBody(FireEventBody, "The event.") },
  responses: {
    200: { ...jsonResponse(TicketDetailSchema, "The ticket after the transition, with the fields the actor may change now."), headers: etagHeader },
    ...problemResponses(400, 401, 404, 409, 412, 413, 422),
  },
})

/** Messages as the API shows them (core's `MessageView`): their sanitised HTML and their files. */
export function messageViews(messages: ReadonlyArray<Message>, files: ReadonlyArray<Attachment>) {
  return messages.map((message) => toMessageView(message, renderMarkdown(message.body), files))
}

/** Messages, events and transitions of a ticket. */
export function conversationRoutes(app: ApiApp, deps: ApiDeps): void {
  const { engine } = deps

  app.openapi(listMessages, async (c) => {
    const actor = requireActor(c)
    const ticket = c.req.valid("param").id
    const [messages, files] = await Promise.all([engine.listMessages(actor, { ticket, order: c.req.valid("query").order }), engine.listAttachments(actor, ticket)])
    return c.json(messageViews(messages, files), 200)
  })

  app.openapi(postMessage, async (c) => {
    const actor = requireActor(c)
    const posted = await engine.postMessage(actor, {
      ...c.req.valid("json"),
      ticket: c.req.valid("param").id,
      idempotencyKey: c.req.valid("header")["Idempotency-Key"],
    })
    const [message] = messageViews([posted.message], posted.attachments)
    c.header("ETag", etagOf(posted.ticket))
    return c.json({ message: message ?? toMessageView(posted.message, "", []), ticket: toTicketView(posted.ticket) }, 201)
  })

  app.openapi(listEvents, async (c) => {
    const actor = requireActor(c)
    const events = await engine.listEvents(actor, c.req.valid("param").id)
    return c.json(events.map(toEventView), 200)
  })

  app.openapi(allowedTransitions, async (c) => {
    const actor = requireActor(c)
    const allowed = await engine.allowedEvents(actor, c.req.valid("param").id)
    return c.json(allowed.map(toAllowedEventView), 200)
  })

  app.openapi(fireTransition, async (c) => {
    const actor = requireActor(c)
    const version = expectedVersion(c.req.valid("header")["If-Match"])
    const ticket = await engine.fireEvent(actor, { ...c.req.valid("json"), ticket: c.req.valid("param").id, expectedVersion: version })
    c.header("ETag", etagOf(ticket))
    return c.json(await ticketDetail(deps, actor, ticket), 200)
  })
}
