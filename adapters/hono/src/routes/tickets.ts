import { createRoute } from "@hono/zod-openapi"
import { toTicketDetailView, toTicketView, type Actor, type Ticket } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponses } from "../problem.ts"
import { etagHeader, IdempotencyHeader, IfMatchHeader, TicketParam } from "../schemas/common.ts"
import { CreateTicketBody, TicketCountsSchema, TicketDetailSchema, TicketListQuery, TicketPageSchema, UpdateTicketBody } from "../schemas/ticket.ts"
import { etagOf, expectedVersion, jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

const tags = ["Tickets"]

const createTicket = createRoute({
  method: "post",
  path: "/v1/tickets",
  operationId: "createTicket",
  tags,
  summary: "Create a ticket",
  description: "Creates a ticket for the actor, or (agents) on a customer's behalf. `Idempotency-Key` makes a retry return the first ticket.",
  request: { headers: IdempotencyHeader, body: jsonBody(CreateTicketBody, "The new ticket.") },
  responses: {
    201: { ...jsonResponse(TicketDetailSchema, "The ticket, with its number and the fields the actor may change now."), headers: etagHeader },
    ...problemResponses(400, 401, 403, 409, 413, 422),
  },
})

const listTickets = createRoute({
  method: "get",
  path: "/v1/tickets",
  operationId: "listTickets",
  tags,
  summary: "List tickets",
  description: "The tickets the actor may see, filtered, sorted and keyset-paginated.",
  request: { query: TicketListQuery },
  responses: { 200: jsonResponse(TicketPageSchema, "A page of tickets."), ...problemResponses(400, 401, 422) },
})

const countTickets = createRoute({
  method: "get",
  path: "/v1/tickets/counts",
  operationId: "countTickets",
  tags,
  summary: "Count tickets by status and category",
  description: "Counts for the list tabs, with the same filters as the list but ignoring `status` and `category`. Date presets use the tenant's time zone.",
  request: { query: TicketListQuery },
  responses: { 200: jsonResponse(TicketCountsSchema, "The counts."), ...problemResponses(400, 401, 422) },
})

const getTicket = createRoute({
  method: "get",
  path: "/v1/tickets/{id}",
  operationId: "getTicket",
  tags,
  summary: "Get a ticket",
  description: "One ticket by id or number. A ticket the actor may not see is 404.",
  request: { params: TicketParam },
  responses: {
    200: { ...jsonResponse(TicketDetailSchema, "The ticket, with the fields the actor may change now."), headers: etagHeader },
    304: { description: "Not modified since the `If-None-Match` ETag." },
    ...problemResponses(400, 401, 404, 422),
  },
})

const updateTicket = createRoute({
  method: "patch",
  path: "/v1/tickets/{id}",
  operationId: "updateTicket",
  tags,
  summary: "Change a ticket's fields",
  description: "Changes fields per the edit permissions; `If-Match` with the ETag fails with 412 if the ticket moved on. A locked field is 409 `ticket-locked`.",
  request: { params: TicketParam, headers: IfMatchHeader, body: jsonBody(UpdateTicketBody, "The fields to change.") },
  responses: {
    200: { ...jsonResponse(TicketDetailSchema, "The ticket after the change, with the fields the actor may change now."), headers: etagHeader },
    ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422),
  },
})

/** One ticket for the actor: its view and the fields the engine lets them change now. */
export async function ticketDetail(deps: ApiDeps, actor: Actor, ticket: Ticket) {
  return toTicketDetailView(ticket, await deps.engine.editableFields(actor, ticket))
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
