import { creationOf, makeEvent, makeMessage, makeTicket, minutesAfterEpoch, seedTenant, updateOf } from "../fixtures/index.ts"
import { expect } from "../runner.ts"
import { contractArea } from "./area.ts"

/** Listing a ticket's messages and events: order, internal ones, tenants. */
export const conversationTests = contractArea("messages-and-events", "messages and events", (store) => {
  /** A ticket with a description, a public reply, an internal note, then two replies of one instant. */
  async function conversation() {
    const { tenant, customer, agent } = await seedTenant(store())
    const ticket = makeTicket({ tenantId: tenant.id, requesterId: customer.id, number: 1 })
    const description = makeMessage(ticket, { authorId: customer.id, body: ticket.description, isDescription: true })
    const create = creationOf(ticket, { newMessages: [description] })
    await store().commit(create)

    const second = updateOf(ticket, { updatedAt: minutesAfterEpoch(10) })
    const reply = makeMessage(second.ticket, { authorId: agent.id, body: "Which floor?", event: "REQUEST_CLARIFICATION" })
    const note = makeMessage(second.ticket, { authorId: agent.id, visibility: "internal", body: "Toner is on order", createdAt: minutesAfterEpoch(11) })
    const secondEvents = [
      makeEvent(second.ticket, { seq: 0, type: "MessagePosted", actorId: agent.id, payload: { messageId: reply.id } }),
      makeEvent(second.ticket, { seq: 1, type: "NoteAdded", actorId: agent.id, visibility: "internal", payload: { messageId: note.id } }),
    ]
    await store().commit({ ...second, events: secondEvents, newMessages: [reply, note] })

    const third = updateOf(second.ticket, { updatedAt: minutesAfterEpoch(30) })
    const answer = makeMessage(third.ticket, { authorId: customer.id, body: "Second floor" })
    const thanks = makeMessage(third.ticket, { authorId: customer.id, body: "Thanks!" })
    await store().commit({ ...third, newMessages: [answer, thanks] })

    // Written last, yet created before `answer` (another process's clock): the order is createdAt.
    const fourth = updateOf(third.ticket, { updatedAt: minutesAfterEpoch(31) })
    const late = makeMessage(fourth.ticket, { authorId: agent.id, body: "Checking", createdAt: minutesAfterEpoch(20) })
    await store().commit({ ...fourth, newMessages: [late] })
    return { tenant, ticket, messages: { description, reply, note, late, answer, thanks }, events: [...create.events, ...secondEvents, ...third.events, ...fourth.events] }
  }

  return {
    "lists messages by createdAt, those of one instant in commit order, ascending or descending": async () => {
      const { tenant, ticket, messages: m } = await conversation()
      const ascending = [m.description, m.reply, m.note, m.late, m.answer, m.thanks]
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual(ascending)
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: true, order: "desc" })).toEqual([...ascending].reverse())
    },

    "leaves internal notes out unless includeInternal": async () => {
      const { tenant, ticket, messages: m } = await conversation()
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: false, order: "asc" })).toEqual([
        m.description,
        m.reply,
        m.late,
        m.answer,
        m.thanks,
      ])
      expect(await store().listMessages(tenant.id, ticket.id, { includeInternal: false, order: "desc" })).toEqual([
        m.thanks,
        m.answer,
        m.late,
        m.reply,
        m.description,
      ])
    },

    "gets one message by id within its tenant": async () => {
      const { tenant, ticket, messages: m } = await conversation()
      expect(await store().getMessage(tenant.id, m.note.id)).toEqual(m.note)
      expect(await store().getMessage(tenant.id, makeMessage(ticket).id)).toBeNull()
      const other = await seedTenant(store())
      expect(await store().getMessage(other.tenant.id, m.note.id)).toBeNull()
      expect(await store().listMessages(other.tenant.id, ticket.id, { includeInternal: true, order: "asc" })).toEqual([])
    },

    "keeps each ticket's messages and events to itself": async () => {
      const { tenant, ticket } = await conversation()
      const neighbour = makeTicket({ tenantId: tenant.id, requesterId: ticket.requesterId, number: 2 })
      const neighbourMessage = makeMessage(neighbour)
      const create = creationOf(neighbour, { newMessages: [neighbourMessage] })
      await store().commit(create)
      expect(await store().listMessages(tenant.id, neighbour.id, { includeInternal: true, order: "asc" })).toEqual([neighbourMessage])
      expect(await store().listEvents(tenant.id, neighbour.id, { includeInternal: true })).toEqual(create.events)
    },

    "lists events in (version, seq) order, internal ones only when includeInternal": async () => {
      const { tenant, ticket, events } = await conversation()
      expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: true })).toEqual(events)
      expect(await store().listEvents(tenant.id, ticket.id, { includeInternal: false })).toEqual(
        events.filter((e) => e.visibility === "public"),
      )
      const other = await seedTenant(store())
      expect(await store().listEvents(other.tenant.id, ticket.id, { includeInternal: true })).toEqual([])
    },
  }
})
