import { Effect } from "effect"
import { DateTime } from "luxon"
import type { ResolvedActor } from "../../policy/actor.ts"
import type { Actor } from "../../policy/actor.ts"
import { isStaff } from "../../policy/actor.ts"
import { visibilityOf } from "../../policy/visibility.ts"
import type { StoreTicketQuery, TicketFilter, TicketSortField } from "../../ports/ticket-store.ts"
import { TicketQueryInput, TicketRefInput } from "../inputs.ts"
import { loadVisibleTicket, resolveActor } from "../load.ts"
import { parseInput } from "../parse-input.ts"
import { ClockService, readStore } from "../services.ts"

/** A ticket the actor may see, by id, number or `#number`; otherwise `TicketNotFound`. */
export const getTicket = Effect.fnUntraced(function* (actorRef: Actor, ref: string | number) {
  const parsed = yield* parseInput(TicketRefInput, ref)
  const actor = yield* resolveActor(actorRef)
  const { ticket } = yield* loadVisibleTicket(actor, parsed)
  return ticket
})

/** The start and end of a date preset in the tenant's time zone. */
export function presetRange(preset: "today" | "this_week" | "this_month", now: Date, timeZone: string): { from: string; to: string } {
  const local = DateTime.fromJSDate(now, { zone: timeZone })
  const unit = preset === "today" ? "day" : preset === "this_week" ? "week" : "month"
  const start = local.startOf(unit)
  const end = start.plus({ [`${unit}s`]: 1 })
  return { from: start.toUTC().toISO() ?? "", to: end.toUTC().toISO() ?? "" }
}

const toIso = (value: string) => new Date(value).toISOString()

/** Builds the store query: the actor's visibility, the scope and every filter of DESIGN's list. */
export const buildQuery = Effect.fnUntraced(function* (actor: ResolvedActor, input: TicketQueryInput) {
  const parsed = yield* parseInput(TicketQueryInput, input)
  const requesterOnly =
    actor.user.kind === "customer"
      ? (yield* readStore((s) => s.listConfig(actor.tenant.id, "ticketType")))
          .filter((t) => t.visibility === "requester_only")
          .map((t) => t.key)
      : []
  const me = actor.user.id
  let requester = parsed.requester
  let assignee: Array<string | null> | undefined = parsed.assignee?.map((a) => (a === "me" ? me : a === "none" ? null : a))
  let organisation = parsed.organization
  if (parsed.scope === "mine") {
    if (isStaff(actor)) assignee = [me]
    else requester = [me]
  } else if (parsed.scope === "organization" && actor.user.kind === "customer") {
    organisation = [actor.user.organisationId ?? "none"]
  }
  let createdFrom = parsed.createdFrom === undefined ? undefined : toIso(parsed.createdFrom)
  let createdTo = parsed.createdTo === undefined ? undefined : toIso(parsed.createdTo)
  if (parsed.created !== undefined) {
    const clock = yield* ClockService
    const range = presetRange(parsed.created, clock.now(), actor.tenant.settings.timeZone)
    createdFrom = range.from
    createdTo = range.to
  }
  const filter: TicketFilter = {
    status: parsed.status,
    category: parsed.category,
    type: parsed.type,
    priority: parsed.priority,
    department: parsed.department?.map((d) => (d === "none" ? null : d)),
    assignee,
    requester,
    organisation,
    createdFrom,
    createdTo,
    q: parsed.q === undefined || parsed.q.trim() === "" ? undefined : parsed.q.trim(),
  }
  const descending = parsed.sort.startsWith("-")
  const query: StoreTicketQuery = {
    tenantId: actor.tenant.id,
    visibility: visibilityOf(actor, requesterOnly),
    filter,
    searchInternal: isStaff(actor),
    sort: { field: parsed.sort.replace(/^-/, "") as TicketSortField, direction: descending ? "desc" : "asc" },
    limit: parsed.limit,
    cursor: parsed.cursor ?? null,
  }
  return query
})

/** A page of the tickets the actor may see, filtered and sorted, with a cursor to the next page. */
export const listTickets = Effect.fnUntraced(function* (actorRef: Actor, input: TicketQueryInput = {}) {
  const actor = yield* resolveActor(actorRef)
  const query = yield* buildQuery(actor, input)
  return yield* readStore((s) => s.listTickets(query))
})

/** Counts by status and category for the same filters, ignoring `status` and `category` (they feed the tabs). */
export const countTickets = Effect.fnUntraced(function* (actorRef: Actor, input: TicketQueryInput = {}) {
  const actor = yield* resolveActor(actorRef)
  const { status: _status, category: _category, ...rest } = input
  const query = yield* buildQuery(actor, rest)
  return yield* readStore((s) =>
    s.countTickets({ tenantId: query.tenantId, visibility: query.visibility, filter: query.filter, searchInternal: query.searchInternal }),
  )
})
