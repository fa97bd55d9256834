import fc from "fast-check"
import { expect } from "vitest"
import { addBusinessTime } from "../sla/business-time.ts"
import { durationToMillis } from "../sla/duration.ts"
import { type Name, names, customers, people, types, departments, priorities, secret, minute, day, type ModelTicket, type Model, type Real, actorOf, idOf, isClosed, sees, rolesOf, team, transitionFrom, targetOf, move, type Outcome, expectOutcome } from "./lifecycle.model.test-support.ts"
import { checkAll } from "./lifecycle.invariants.test-support.ts"

// The commands of the lifecycle property test: each picks an actor and a ticket at random, asks
// the reference model what should happen, runs it on the engine, and checks every invariant.

type LifecycleCommand = fc.AsyncCommand<Model, Real, false>

const ticketAt = (model: Model, index: number): ModelTicket | undefined => model.tickets[index % Math.max(1, model.tickets.length)]

const createTicketCommand = fc
  .record({
    actor: fc.constantFrom(...names),
    onBehalfOf: fc.option(fc.constantFrom(...customers), { nil: undefined }),
    type: fc.option(fc.constantFrom(...types), { nil: undefined }),
    department: fc.option(fc.constantFrom(...departments), { nil: undefined }),
    priority: fc.option(fc.constantFrom(...priorities), { nil: undefined }),
    subject: fc.constantFrom("Printer on fire", "Cannot log in", "Invoice is wrong"),
  })
  .map(
    (c): LifecycleCommand => ({
      // A few tickets, so that command sequences take each one far along its lifecycle.
      check: (model) => model.tickets.length < 3,
      toString: () => `createTicket(${c.actor}${c.onBehalfOf === undefined ? "" : ` for ${c.onBehalfOf}`}, ${c.type ?? "-"}, ${c.department ?? "-"})`,
      run: async (model, real) => {
        const requester = c.onBehalfOf ?? c.actor
        const expected: Outcome = requester !== c.actor && people[c.actor].kind === "customer" ? "Forbidden" : "ok"
        const created = await expectOutcome(
          real.engine.createTicket(actorOf(real, c.actor), {
            subject: c.subject,
            description: "It started this morning",
            type: c.type,
            department: c.department,
            priority: c.priority,
            requesterId: c.onBehalfOf === undefined ? undefined : real.demo[c.onBehalfOf].userId,
          }),
          expected,
          `${c.actor} creates a ticket${c.onBehalfOf === undefined ? "" : ` for ${c.onBehalfOf}`}`,
        )
        if (created !== undefined) {
          expect(created.version).toBe(1)
          model.tickets.push({
            id: created.id,
            requester,
            org: people[requester].org,
            status: model.workflow.initial,
            previousStatus: null,
            statusChangedAt: model.now,
            assignee: null,
            dueAt: null,
            subject: c.subject,
            description: "It started this morning",
            desiredDueDate: null,
            typeKey: c.type ?? null,
            priorityKey: c.priority ?? null,
            departmentKey: c.department ?? null,
            descriptionLocked: model.workflow.descriptionLock === "on_create",
            hasNote: false,
            version: 1,
          })
        }
        await checkAll(model, real, model.tickets.slice(-1))
      },
    }),
  )

const fireEventCommand = fc
  .record({
    ticket: fc.nat(),
    actor: fc.nat(),
    // Mostly an event someone who sees the ticket may fire now, else any event by anyone, or one the workflow lacks.
    pick: fc.constantFrom("enabled", "enabled", "enabled", "any", "unknown"),
    event: fc.nat(),
    comment: fc.constantFrom("fit", "fit", "fit", "always", "never"),
  })
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `fireEvent(#${c.ticket}, actor ${c.actor}, ${c.pick}:${c.event}, comment ${c.comment})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const all = [...new Set(model.workflow.transitions.map((t) => t.event))]
        const enabled = names.flatMap((name) =>
          all.flatMap((event) => {
            const transition = transitionFrom(model.workflow, ticket.status, event)
            const able = sees(ticket, name) && transition !== undefined && targetOf(model, ticket, transition, rolesOf(ticket, name)) !== null
            return able ? [{ name, event }] : []
          }),
        )
        const choice =
          c.pick === "enabled" && enabled.length > 0
            ? enabled[c.event % enabled.length]
            : { name: names[c.actor % names.length], event: c.pick === "unknown" ? "NOT_IN_THIS_WORKFLOW" : all[c.event % all.length] }
        const name: Name = choice?.name ?? "admin"
        const event = choice?.event ?? "NOT_IN_THIS_WORKFLOW"
        const roles = rolesOf(ticket, name)
        const transition = transitionFrom(model.workflow, ticket.status, event)
        // "fit" gives a comment when one is required, and for an optional one every other time.
        const fits = transition !== undefined && (transition.comment === "required" || (transition.comment === "optional" && c.event % 2 === 0))
        const withComment = c.comment === "always" || (c.comment === "fit" && fits)
        const target = transition === undefined ? null : targetOf(model, ticket, transition, roles)
        const expected: Outcome = !sees(ticket, name)
          ? "TicketNotFound"
          : transition === undefined || target === null
            ? "InvalidTransition"
            : (transition.comment === "required" && !withComment) || (transition.comment === "none" && withComment)
              ? "ValidationFailed"
              : "ok"
        const fired = await expectOutcome(
          real.engine.fireEvent(actorOf(real, name), { ticket: ticket.id, event, comment: withComment ? `About ${event}` : undefined }),
          expected,
          `${name} fires ${event} from ${ticket.status}`,
        )
        if (fired !== undefined && transition !== undefined && target !== null) {
          move(model, ticket, transition, target, roles, name)
          ticket.version += 1
          expect(fired.status).toBe(target)
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const postMessageCommand = fc
  .record({ ticket: fc.nat(), actor: fc.constantFrom(...names), internal: fc.boolean() })
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `postMessage(#${c.ticket}, ${c.actor}, ${c.internal ? "internal" : "public"})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const roles = rolesOf(ticket, c.actor)
        const expected: Outcome = !sees(ticket, c.actor)
          ? "TicketNotFound"
          : team(roles)
            ? "ok"
            : c.internal
              ? "Forbidden"
              : isClosed(model, ticket)
                ? "TicketLocked"
                : "ok"
        // A public reply may fire the status's trigger for the replier's side, as the system.
        const side = team(roles) ? "agent" : "requester_side"
        const trigger = c.internal ? undefined : model.workflow.triggers.find((t) => t.in.includes(ticket.status) && t.by === side)
        const transition = trigger === undefined ? undefined : transitionFrom(model.workflow, ticket.status, trigger.fire)
        const target = transition === undefined ? null : targetOf(model, ticket, transition, ["system"])
        const body = c.internal ? `Checked the logs, ${secret} for the team` : "Any news on this?"
        const posted = await expectOutcome(
          real.engine.postMessage(actorOf(real, c.actor), { ticket: ticket.id, body, visibility: c.internal ? "internal" : "public" }),
          expected,
          `${c.actor} posts ${c.internal ? "a note" : "a reply"} in ${ticket.status}`,
        )
        if (posted !== undefined) {
          if (transition !== undefined && target !== null) move(model, ticket, transition, target, ["system"], null)
          if (c.internal) ticket.hasNote = true
          ticket.version += 1
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const requesterFields = ["subject", "description", "desiredDueDate"] as const
type Patch = {
  subject?: string
  description?: string
  desiredDueDate?: string | null
  type?: string | null
  priority?: string | null
  department?: string | null
  dueAt?: string | null
}

const updateTicketCommand = fc
  .record(
    {
      ticket: fc.nat(),
      actor: fc.constantFrom(...names),
      subject: fc.constantFrom("Printer on fire", "Printer still on fire"),
      description: fc.constantFrom("It started this morning", "It started yesterday"),
      desiredDueDate: fc.constantFrom("2026-02-01", null),
      type: fc.constantFrom(...types, null),
      priority: fc.constantFrom(...priorities, null),
      department: fc.constantFrom(...departments, null),
      dueAt: fc.constantFrom("2026-02-02T10:00:00.000Z", null),
    },
    { requiredKeys: ["ticket", "actor"] },
  )
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `updateTicket(${JSON.stringify(c)})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const { ticket: _index, actor: name, ...patch } = c
        const current: Record<keyof Patch, unknown> = {
          subject: ticket.subject,
          description: ticket.description,
          desiredDueDate: ticket.desiredDueDate,
          type: ticket.typeKey,
          priority: ticket.priorityKey,
          department: ticket.departmentKey,
          dueAt: ticket.dueAt,
        }
        const changed = (Object.keys(patch) as Array<keyof Patch>).filter((f) => patch[f] !== undefined && patch[f] !== current[f])
        const roles = rolesOf(ticket, name)
        const refusal = (field: keyof Patch) => {
          if (roles.includes("admin")) return null
          if (roles.includes("agent")) return isClosed(model, ticket) ? "locked" : null
          if (!roles.includes("requester_side") || !(requesterFields as ReadonlyArray<string>).includes(field)) return "forbidden"
          return ticket.descriptionLocked || isClosed(model, ticket) ? "locked" : null
        }
        const expected: Outcome = !sees(ticket, name)
          ? "TicketNotFound"
          : changed.some((f) => refusal(f) === "forbidden")
            ? "Forbidden"
            : changed.some((f) => refusal(f) === "locked")
              ? "TicketLocked"
              : "ok"
        const updated = await expectOutcome(
          real.engine.updateTicket(actorOf(real, name), { ticket: ticket.id, ...patch }),
          expected,
          `${name} changes ${changed.join(", ") || "nothing"}`,
        )
        if (updated !== undefined && changed.length > 0) {
          ticket.subject = patch.subject ?? ticket.subject
          ticket.description = patch.description ?? ticket.description
          if (patch.desiredDueDate !== undefined) ticket.desiredDueDate = patch.desiredDueDate
          if (patch.type !== undefined) ticket.typeKey = patch.type
          if (patch.priority !== undefined) ticket.priorityKey = patch.priority
          if (patch.department !== undefined) ticket.departmentKey = patch.department
          if (patch.dueAt !== undefined) ticket.dueAt = patch.dueAt
          ticket.version += 1
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const assignCommand = fc
  .record({ ticket: fc.nat(), actor: fc.constantFrom(...names), assignee: fc.constantFrom<Name | null>("agent", "billing", "admin", "bob", null) })
  .map(
    (c): LifecycleCommand => ({
      check: (model) => model.tickets.length > 0,
      toString: () => `assign(#${c.ticket}, ${c.actor} → ${c.assignee ?? "nobody"})`,
      run: async (model, real) => {
        const ticket = ticketAt(model, c.ticket)
        if (ticket === undefined) return
        const roles = rolesOf(ticket, c.actor)
        const changed = c.assignee !== ticket.assignee
        const expected: Outcome = !sees(ticket, c.actor)
          ? "TicketNotFound"
          : !changed
            ? "ok"
            : !team(roles)
              ? "Forbidden"
              : !roles.includes("admin") && isClosed(model, ticket)
                ? "TicketLocked"
                : c.assignee !== null && people[c.assignee].kind === "customer"
                  ? "ValidationFailed"
                  : "ok"
        const assigned = await expectOutcome(
          real.engine.assign(actorOf(real, c.actor), { ticket: ticket.id, assigneeId: idOf(real, c.assignee) }),
          expected,
          `${c.actor} assigns ${c.assignee ?? "nobody"}`,
        )
        if (assigned !== undefined && changed) {
          ticket.assignee = c.assignee
          ticket.version += 1
        }
        await checkAll(model, real, [ticket])
      },
    }),
  )

const advanceClockCommand = fc.constantFrom(minute, 60 * minute, day, 8 * day, 31 * day).map(
  (ms): LifecycleCommand => ({
    check: () => true,
    toString: () => `advanceClock(${ms / minute} min) + runDueTimers`,
    run: async (model, real) => {
      real.clock.advance(ms)
      model.now += ms
      // Which status timers are due: the first one of the ticket's status fires, as the system.
      const fires = new Set<ModelTicket>()
      for (const ticket of model.tickets) {
        const entered = new Date(ticket.statusChangedAt)
        const due = model.workflow.timers
          .filter((t) => t.in === ticket.status)
          .map((timer) => {
            const after = durationToMillis(timer.after)
            const at = timer.clock === "business" ? addBusinessTime(real.calendar, entered, after).getTime() : entered.getTime() + after
            return { timer, at }
          })
          .filter(({ at }) => at <= model.now)
          .sort((a, b) => a.at - b.at)[0]
        if (due === undefined) continue
        const transition = transitionFrom(model.workflow, ticket.status, due.timer.fire)
        const target = transition === undefined ? null : targetOf(model, ticket, transition, ["system"])
        if (transition === undefined || target === null) continue
        move(model, ticket, transition, target, ["system"], null)
        fires.add(ticket)
      }
      const run = await real.engine.runDueTimers()
      // Each fired timer (a status timer, or an SLA check that found a breach) is one command: one version.
      let bumps = 0
      for (const ticket of model.tickets) {
        const row = await real.store.getTicket(real.demo.tenantId, { id: ticket.id })
        const delta = (row?.version ?? 0) - ticket.version
        expect(delta).toBeGreaterThanOrEqual(fires.has(ticket) ? 1 : 0)
        bumps += delta
        ticket.version += delta
      }
      expect(bumps).toBe(run.fired)
      await checkAll(model, real, model.tickets)
    },
  }),
)

/** The commands a run draws from, weighted by repetition: firing events most. */
export const allCommands = [
  createTicketCommand,
  fireEventCommand,
  fireEventCommand,
  fireEventCommand,
  fireEventCommand,
  postMessageCommand,
  postMessageCommand,
  updateTicketCommand,
  assignCommand,
  advanceClockCommand,
]
