import { createEngine, createMemoryStore, manualClock, validateWorkflow, type Actor, type Engine, type Ticket } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { setupSupportClientFr, supportClientFrPriorities, supportClientFrTypes, supportClientFrWorkflow } from "./003-support-client-fr.ts"
import { uploadStubs } from "./upload-stub.ts"

const hour = 3_600_000

async function portal(start = "2026-01-05T08:00:00.000Z") {
  const clock = manualClock(start)
  const engine = createEngine({ store: createMemoryStore(), clock })
  const actors = await setupSupportClientFr(engine)
  return { engine, clock, ...actors }
}

async function statusLabel(engine: Engine, actor: Actor, ticket: Ticket): Promise<string | undefined> {
  const workflow = await engine.getWorkflow(actor, ticket.workflowKey, ticket.workflowVersion)
  return workflow.statuses.find((s) => s.key === ticket.status)?.labels.fr
}

const subjectsOf = (page: { items: ReadonlyArray<Ticket> }) => page.items.map((t) => t.subject).sort()

describe("seed 003: Support client (French)", () => {
  it("has a valid workflow", () => {
    expect(validateWorkflow(supportClientFrWorkflow).ok).toBe(true)
  })

  it("creates a ticket of each type and priority, the form labelled in French", async () => {
    const { engine, customer } = await portal()
    const types = await engine.listConfig(customer, "ticketType")
    expect(types.map((t) => t.labels.fr)).toEqual(["Question", "Bug", "Demande de fonctionnalité", "Facturation", "Technique", "Autre"])
    const priorities = await engine.listConfig(customer, "priority")
    expect(priorities.map((p) => p.labels.fr)).toEqual(["Basse", "Normale", "Haute", "Urgente"])

    const created: Ticket[] = []
    for (const [i, [type]] of supportClientFrTypes.entries()) {
      for (const [priority] of supportClientFrPriorities) {
        created.push(await engine.createTicket(customer, { subject: `Demande ${type} ${priority}`, description: `Détails #${i}`, type, priority }))
      }
    }
    expect(created).toHaveLength(24)
    // "Vous recevrez une confirmation et un numéro de ticket."
    expect(created.map((t) => t.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
    expect(created[9]).toMatchObject({ typeKey: "feature-request", priorityKey: "normal", status: "nouveau" })
    expect(await statusLabel(engine, customer, created[0] as Ticket)).toBe("Nouveau")
    const counts = await engine.countTickets(customer, {})
    expect(counts.total).toBe(24)
  })

  it("counts the status tabs: Ouverts, En attente, Clôturés", async () => {
    const { engine, clock, agent, customer } = await portal()
    const tickets: Ticket[] = []
    for (const [type] of supportClientFrTypes) {
      clock.advance(hour)
      tickets.push(await engine.createTicket(customer, { subject: `Ticket ${type}`, type, priority: "normal" }))
    }
    const [t0, t1, t2, t3] = tickets as [Ticket, Ticket, Ticket, Ticket]
    await engine.fireEvent(agent, { ticket: t0.id, event: "START" })
    await engine.fireEvent(agent, { ticket: t1.id, event: "START" })
    await engine.fireEvent(agent, { ticket: t2.id, event: "START" })
    await engine.fireEvent(agent, { ticket: t2.id, event: "WAIT_FOR_CUSTOMER", comment: "Pouvez-vous joindre une capture ?" })
    await engine.fireEvent(customer, { ticket: t3.id, event: "CLOSE" })

    const counts = await engine.countTickets(customer, { category: "closed" })
    expect(counts.byCategory).toEqual({ new: 2, open: 2, pending: 1, closed: 1 })
    expect(counts.byStatus).toEqual({ nouveau: 2, ouvert: 2, en_attente: 1, cloture: 1 })
    expect(counts.total).toBe(6)

    const openTab = await engine.listTickets(customer, { category: ["new", "open"] })
    expect(openTab.items).toHaveLength(counts.byCategory.new + counts.byCategory.open)
    const pendingTab = await engine.listTickets(customer, { category: "pending" })
    expect(pendingTab.items.map((t) => t.id)).toEqual([t2.id])
    expect(await statusLabel(engine, customer, pendingTab.items[0] as Ticket)).toBe("En attente")
    const closedTab = await engine.listTickets(customer, { category: "closed" })
    expect(closedTab.items.map((t) => t.id)).toEqual([t3.id])
    expect(await statusLabel(engine, customer, closedTab.items[0] as Ticket)).toBe("Clôturé")
  })

  it("keeps the team's internal messages from the customer", async () => {
    const { engine, clock, agent, customer } = await portal()
    const ticket = await engine.createTicket(customer, { subject: "Export comptable vide", description: "L'export est vide depuis lundi.", type: "bug", priority: "high" })
    await engine.fireEvent(agent, { ticket: ticket.id, event: "START" })
    clock.advance(hour)
    await engine.postMessage(agent, { ticket: ticket.id, body: "Client sur l'ancienne offre tarifaire, ne pas mentionner.", visibility: "internal" })
    clock.advance(hour)
    await engine.postMessage(agent, { ticket: ticket.id, body: "Nous regardons l'export." })
    clock.advance(hour)
    const screenshot = await uploadStubs(engine, customer, [{ filename: "export.png", contentType: "image/png" }])
    await engine.postMessage(customer, { ticket: ticket.id, body: "Voici la capture.", attachmentIds: screenshot })

    const seenByCustomer = await engine.listMessages(customer, { ticket: ticket.id })
    expect(seenByCustomer.map((m) => m.body)).toEqual(["L'export est vide depuis lundi.", "Nous regardons l'export.", "Voici la capture."])
    expect(seenByCustomer[2]?.attachmentIds).toEqual(screenshot)
    const seenByTeam = await engine.listMessages(agent, { ticket: ticket.id })
    expect(seenByTeam.filter((m) => m.visibility === "internal").map((m) => m.body)).toEqual([
      "Client sur l'ancienne offre tarifaire, ne pas mentionner.",
    ])
    const history = await engine.listEvents(customer, ticket.id)
    expect(history.some((e) => e.type === "NoteAdded")).toBe(false)
    expect((await engine.listTickets(customer, { q: "tarifaire" })).items).toEqual([])
    expect((await engine.listTickets(agent, { q: "tarifaire" })).items.map((t) => t.id)).toEqual([ticket.id])
  })

  it("moves to En attente when the team asks, and back to Ouvert when the customer answers", async () => {
    const { engine, agent, customer } = await portal()
    const ticket = await engine.createTicket(customer, { subject: "Changer d'abonnement", type: "billing", priority: "low" })
    const waiting = await engine.fireEvent(agent, { ticket: ticket.id, event: "WAIT_FOR_CUSTOMER", comment: "Quelle formule souhaitez-vous ?" })
    expect(await statusLabel(engine, customer, waiting)).toBe("En attente")
    const answered = await engine.postMessage(customer, { ticket: ticket.id, body: "La formule annuelle." })
    expect(await statusLabel(engine, customer, answered.ticket)).toBe("Ouvert")
  })

  it("filters by type and by date: Aujourd'hui, Cette semaine, Ce mois", async () => {
    const { engine, clock, customer } = await portal("2025-12-30T09:00:00.000Z")
    await engine.createTicket(customer, { subject: "Fin décembre", type: "question" })
    clock.set("2026-01-05T09:00:00.000Z") // Monday
    await engine.createTicket(customer, { subject: "Lundi", type: "bug" })
    clock.set("2026-01-06T23:30:00.000Z") // Wednesday 00:30 in Paris, still Tuesday in UTC
    await engine.createTicket(customer, { subject: "Mercredi tôt", type: "question" })
    clock.set("2026-01-07T15:00:00.000Z")
    await engine.createTicket(customer, { subject: "Mercredi", type: "bug" })

    expect(subjectsOf(await engine.listTickets(customer, { type: "bug" }))).toEqual(["Lundi", "Mercredi"])
    expect(subjectsOf(await engine.listTickets(customer, { type: ["question", "other"] }))).toEqual(["Fin décembre", "Mercredi tôt"])
    expect(subjectsOf(await engine.listTickets(customer, { created: "today" }))).toEqual(["Mercredi", "Mercredi tôt"])
    expect(subjectsOf(await engine.listTickets(customer, { created: "this_week" }))).toEqual(["Lundi", "Mercredi", "Mercredi tôt"])
    expect(subjectsOf(await engine.listTickets(customer, { created: "this_month" }))).toEqual(["Lundi", "Mercredi", "Mercredi tôt"])
    expect(subjectsOf(await engine.listTickets(customer, { created: "this_week", type: "bug" }))).toEqual(["Lundi", "Mercredi"])
    // Personnalisé: a custom range.
    const custom = await engine.listTickets(customer, { createdFrom: "2025-12-01T00:00:00.000Z", createdTo: "2026-01-05T00:00:00.000Z" })
    expect(subjectsOf(custom)).toEqual(["Fin décembre"])
    expect((await engine.countTickets(customer, { created: "today" })).total).toBe(2)
  })

  it("reopens a closed ticket", async () => {
    const { engine, clock, agent, customer } = await portal()
    const ticket = await engine.createTicket(customer, { subject: "Inviter un membre", type: "question", priority: "normal" })
    await engine.fireEvent(agent, { ticket: ticket.id, event: "START" })
    clock.advance(hour)
    const closed = await engine.fireEvent(agent, { ticket: ticket.id, event: "CLOSE", comment: "Invitation envoyée." })
    expect(await statusLabel(engine, customer, closed)).toBe("Clôturé")

    const actions = await engine.allowedEvents(customer, ticket.id)
    expect(actions.map((a) => [a.event, a.labels.fr])).toEqual([["REOPEN", "Rouvrir"]])
    clock.advance(hour)
    const reopened = await engine.fireEvent(customer, { ticket: ticket.id, event: "REOPEN", comment: "L'invitation n'est pas arrivée." })
    expect(await statusLabel(engine, customer, reopened)).toBe("Ouvert")
    expect(reopened).toMatchObject({ reopenCount: 1, closedAt: null, resolution: null })
  })
})
