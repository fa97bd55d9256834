import { createRoute } from "@hono/zod-openapi"
import { declarations, toTicketDetailView, toTicketView, type Actor, type Ticket } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponsesOf } from "../problem.ts"
import { etagHeader, IdempotencyHeader, IfMatchHeader, TicketParam } from "../schemas/common.ts"
import { CreateTicketBody, TicketCountsSchema, TicketDetailSchema, TicketListQuery, TicketPageSchema, UpdateTicketBody } from "../schemas/ticket.ts"
import { etagOf, expectedVersion, jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

const tags = ["Tickets"]

const createTicket = createRoute({
  method: "post",
  path: "/v1/tickets",
  operationId: "createTicket",
  tags,
  summary: declarations.createTicket.summary,
  description: "The idempotency key is the `Idempotency-Key` header; `Location` names the ticket. Files uploaded before are linked with `attachmentIds`.",
  request: { headers: IdempotencyHeader, body: jsonBody(CreateTicketBody, "The new ticket.") },
  responses: {
    201: { ...jsonResponse(TicketDetailSchema, "The ticket, with its number and the fields the actor may change now."), headers: etagHeader },
    ...problemResponsesOf(declarations.createTicket, { body: true, headers: true }),
  },
})

const listTickets = createRoute({
  method: "get",
  path: "/v1/tickets",
  operationId: "listTickets",
  tags,
  summary: declarations.listTickets.summary,
  description: "Keyset-paginated: pass `nextCursor` back as `cursor`. Date presets use the tenant's time zone.",
  request: { query: TicketListQuery },
  responses: { 200: jsonResponse(TicketPageSchema, "A page of tickets."), ...problemResponsesOf(declarations.listTickets, { input: true }) },
})

const countTickets = createRoute({
  method: "get",
  path: "/v1/tickets/counts",
  operationId: "countTickets",
  tags,
  summary: declarations.countTickets.summary,
  description: "The same filters as `GET /v1/tickets`. Date presets use the tenant's time zone.",
  request: { query: TicketListQuery },
  responses: { 200: jsonResponse(TicketCountsSchema, "The counts."), ...problemResponsesOf(declarations.countTickets, { input: true }) },
})

const getTicket = createRoute({
  method: "get",
  path: "/v1/tickets/{id}",
  operationId: "getTicket",
  tags,
  summary: declarations.getTicket.summary,
  description: "A ticket the actor may not see is 404, as one that does not exist. `If-None-Match` with the ETag answers 304.",
  request: { params: TicketParam },
  responses: {
    200: { ...jsonResponse(TicketDetailSchema, "The ticket, with the fields the actor may change now."), headers: etagHeader },
    304: { description: "Not modified since the `If-None-Match` ETag." },
    ...problemResponsesOf(declarations.getTicket, { input: true }),
  },
})

const updateTicket = createRoute({
  method: "patch",
  path: "/v1/tickets/{id}",
  operationId: "updateTicket",
  tags,
  summary: declarations.updateTicket.summary,
  description: "`If-Match` with the ETag fails with 412 if the ticket moved on. A locked field is 409 `ticket-locked`; the answer names the fields the actor may change now.",
  request: { params: TicketParam, headers: IfMatchHeader, body: jsonBody(UpdateTicketBody, "The fields to change.") },
  responses: {
    200: { ...jsonResponse(TicketDetailSchema, "The ticket after the change, with the fields the actor may change now."), headers: etagHeader },
    ...problemResponsesOf(declarations.updateTicket, { body: true, input: true, ifMatch: true }),
  },
})

/** One ticket for the actor: its view and the fields the engine lets them change now. */
export async function ticketDetail(deps: ApiDeps, actor: Actor, ticket: Ticket) {
  return toTicketDetailView(ticket, await deps.engine.ticketPermissions(actor, ticket))
}

/** `POST/GET /v1/tickets`, `/v1/tickets/counts`, `GET/PATCH /v1/tickets/{id}`. */
export function ticketRoutes(app: ApiApp, deps: ApiDeps): void {
  const { engine } = deps

  app.openapi(createTicket, async (c) => {
    const actor = requireActor(c)
    const body = c.req.valid("json")
    const idempotencyKey = c.req.valid("header")["Idempotency-Key"]
    const ticket = await engine.createTicket(actor, { ...body, idempotencyKey })
    c.header("ETag", etagOf(ticket))
    c.header("Location", `${c.req.path.replace(/\/$/, "")}/${ticket.id}`)
    return c.json(await ticketDetail(deps, actor, ticket), 201)
  })

  app.openapi(listTickets, async (c) => {
    const actor = requireActor(c)
    const page = await engine.listTickets(actor, c.req.valid("query"))
    return c.json({ items: page.items.map(toTicketView), nextCursor: page.nextCursor }, 200)
  })

  app.openapi(countTickets, async (c) => {
    const actor = requireActor(c)
    const counts = await engine.countTickets(actor, c.req.valid("query"))
    return c.json({ total: counts.total, byStatus: { ...counts.byStatus }, byCategory: { ...counts.byCategory } }, 200)
  })

  app.openapi(getTicket, async (c) => {
    const actor = requireActor(c)
    const ticket = await engine.getTicket(actor, c.req.valid("param").id)
    const etag = etagOf(ticket)
    c.header("ETag", etag)
    c.header("Cache-Control", "private, no-cache")
    if (c.req.header("If-None-Match") === etag) return c.body(null, 304)
    return c.json(await ticketDetail(deps, actor, ticket), 200)
  })

  app.openapi(updateTicket, async (c) => {
    const actor = requireActor(c)
    const version = expectedVersion(c.req.valid("header")["If-Match"])
    const ticket = await engine.updateTicket(actor, { ...c.req.valid("json"), ticket: c.req.valid("param").id, expectedVersion: version })
    c.header("ETag", etagOf(ticket))
    return c.json(await ticketDetail(deps, actor, ticket), 200)
  })
}
