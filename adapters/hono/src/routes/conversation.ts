import { createRoute } from "@hono/zod-openapi"
import { z } from "@hono/zod-openapi"
import { declarations, toAllowedEventView, toEventView, toMessageView, toTicketView, type Attachment, type Message } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import { renderMarkdown } from "../markdown.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponsesOf } from "../problem.ts"
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
  summary: declarations.listMessages.summary,
  description: "Each message with its sanitised HTML and its files.",
  request: { params: TicketParam, query: MessagesQuery },
  responses: { 200: jsonResponse(z.array(MessageSchema), "The messages."), ...problemResponsesOf(declarations.listMessages, { input: true }) },
})

const postMessage = createRoute({
  method: "post",
  path: "/v1/tickets/{id}/messages",
  operationId: "postMessage",
  tags: ["Conversation"],
  summary: declarations.postMessage.summary,
  description: "A reply may move the ticket, e.g. a customer answering a clarification. `Idempotency-Key` makes a retry return the first message.",
  request: { params: TicketParam, headers: IdempotencyHeader, body: jsonBody(PostMessageBody, "The message.") },
  responses: {
    201: { ...jsonResponse(PostedMessageSchema, "The message and the ticket after it."), headers: etagHeader },
    ...problemResponsesOf(declarations.postMessage, { body: true, input: true, headers: true }),
  },
})

const listEvents = createRoute({
  method: "get",
  path: "/v1/tickets/{id}/events",
  operationId: "listTicketEvents",
  tags: ["Conversation"],
  summary: declarations.listEvents.summary,
  description: "Every change of the ticket, oldest first.",
  request: { params: TicketParam },
  responses: { 200: jsonResponse(z.array(TicketEventSchema), "The events, oldest first."), ...problemResponsesOf(declarations.listEvents, { input: true }) },
})

const allowedTransitions = createRoute({
  method: "get",
  path: "/v1/tickets/{id}/transitions",
  operationId: "listTransitions",
  tags: ["Workflow actions"],
  summary: declarations.allowedEvents.summary,
  description: "The action buttons of a ticket.",
  request: { params: TicketParam },
  responses: { 200: jsonResponse(z.array(AllowedEventSchema), "The allowed events."), ...problemResponsesOf(declarations.allowedEvents, { input: true }) },
})

const fireTransition = createRoute({
  method: "post",
  path: "/v1/tickets/{id}/transitions",
  operationId: "fireTransition",
  tags: ["Workflow actions"],
  summary: declarations.fireEvent.summary,
  description: "A refused event is 409 `invalid-transition` with the allowed events; `If-Match` with the ETag fails with 412 if the ticket moved on.",
  request: { params: TicketParam, headers: IfMatchHeader, body: jsonBody(FireEventBody, "The event.") },
  responses: {
    200: { ...jsonResponse(TicketDetailSchema, "The ticket after the transition, with the fields the actor may change now."), headers: etagHeader },
    ...problemResponsesOf(declarations.fireEvent, { body: true, input: true, ifMatch: true }),
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
