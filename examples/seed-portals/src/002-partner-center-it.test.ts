import { createEngine, createMemoryStore, Forbidden, manualClock, TicketNotFound, validateWorkflow, type Actor, type Engine } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { partnerCenterItWorkflow, setupPartnerCenterIt } from "./002-partner-center-it.ts"
import { uploadStubs } from "./upload-stub.ts"

const hour = 3_600_000

/** The partner centre with a request from every Contoso user, an incentive one, and one from Fabrikam. */
async function portalWithRequests() {
  const clock = manualClock("2026-05-04T08:00:00.000Z")
  const engine = createEngine({ store: createMemoryStore(), clock })
  const actors = await setupPartnerCenterIt(engine)
  const { marco, luca, giulia, sara } = actors
  const create = async (actor: Actor, subject: string, type: string) => {
    clock.advance(hour)
    return engine.createTicket(actor, { subject, type, description: `${subject}: dettagli.` })
  }
  const requests = {
    marcoTechnical: await create(marco, "Errore nel portale clienti", "technical"),
    marcoIncentive: await create(marco, "Incentivo trimestrale non ricevuto", "incentives"),
    luca: await create(luca, "Fattura duplicata", "billing"),
    giulia: await create(giulia, "Aggiornare il profilo aziendale", "account"),
    giuliaIncentive: await create(giulia, "Domanda sugli incentivi", "incentives"),
    sara: await create(sara, "Accesso negato", "technical"),
  }
  return { engine, clock, ...actors, requests }
}

const subjects = async (engine: Engine, actor: Actor, scope: "mine" | "organization") =>
  (await engine.listTickets(actor, { scope, sort: "createdAt" })).items.map((t) => t.subject)

describe("seed 002: Richieste personali / Richieste organizzazione (partner centre)", () => {
  it("has a valid workflow", () => {
    expect(validateWorkflow(partnerCenterItWorkflow).ok).toBe(true)
  })

  it("shows each user their own requests under Richieste personali", async () => {
    const { engine, marco, giulia } = await portalWithRequests()
    expect(await subjects(engine, marco, "mine")).toEqual(["Errore nel portale clienti", "Incentivo trimestrale non ricevuto"])
    expect(await subjects(engine, giulia, "mine")).toEqual(["Aggiornare il profilo aziendale", "Domanda sugli incentivi"])
  })

  it("shows the support request admin the organisation's requests, without colleagues' incentives", async () => {
    const { engine, giulia, marco, requests } = await portalWithRequests()
    expect(await subjects(engine, giulia, "organization")).toEqual([
      "Errore nel portale clienti",
      "Fattura duplicata",
      "Aggiornare il profilo aziendale",
      "Domanda sugli incentivi",
    ])
    await expect(engine.getTicket(giulia, requests.marcoIncentive.id)).rejects.toBeInstanceOf(TicketNotFound)
    await expect(engine.listMessages(giulia, { ticket: requests.marcoIncentive.id })).rejects.toBeInstanceOf(TicketNotFound)
    await expect(engine.fireEvent(giulia, { ticket: requests.marcoIncentive.id, event: "CLOSE" })).rejects.toBeInstanceOf(TicketNotFound)
    // Another partner's requests stay out of sight.
    await expect(engine.getTicket(giulia, requests.sara.id)).rejects.toBeInstanceOf(TicketNotFound)
    // A plain member has no Richieste organizzazione: only their own requests come back.
    expect(await subjects(engine, marco, "organization")).toEqual(["Errore nel portale clienti", "Incentivo trimestrale non ricevuto"])
    await expect(engine.getTicket(marco, requests.luca.id)).rejects.toBeInstanceOf(TicketNotFound)
  })

  it("lets the support request admin add a note with a file to a colleague's request and close it", async () => {
    const { engine, clock, engineer, giulia, marco, requests } = await portalWithRequests()
    const request = requests.marcoTechnical
    clock.advance(hour)
    await engine.fireEvent(engineer, { ticket: request.id, event: "START" })

    clock.advance(hour)
    const files = await uploadStubs(engine, giulia, [{ filename: "log-errori.txt", contentType: "text/plain" }])
    const note = await engine.postMessage(giulia, {
      ticket: request.id,
      body: "Allego il log degli errori di stamattina.",
      attachmentIds: files,
    })
    expect(note.message.visibility).toBe("public")
    expect(note.message.attachmentIds).toEqual(files)
    // Marco, the author, and the engineer see Giulia's note.
    const seenByMarco = await engine.listMessages(marco, { ticket: request.id })
    expect(seenByMarco.map((m) => m.body)).toContain("Allego il log degli errori di stamattina.")

    // Notes only the support team sees are not for the partner's side.
    await expect(engine.postMessage(giulia, { ticket: request.id, body: "Solo per il team", visibility: "internal" })).rejects.toBeInstanceOf(
      Forbidden,
    )

    const actions = await engine.allowedEvents(giulia, request.id)
    expect(actions.map((a) => [a.event, a.labels.it])).toEqual([["CLOSE", "Chiudi"]])
    clock.advance(hour)
    const closed = await engine.fireEvent(giulia, { ticket: request.id, event: "CLOSE", comment: "Risolto dopo il riavvio." })
    const workflow = await engine.getWorkflow(giulia, closed.workflowKey, closed.workflowVersion)
    expect(workflow.statuses.find((s) => s.key === closed.status)?.labels.it).toBe("Chiuso")
    expect(closed.resolution).toBe("resolved")
    // Updating the request through Richieste organizzazione does not make Giulia its contact.
    expect(closed.contact).toMatchObject({ name: "Marco Rossi", email: "marco@contoso.test" })
    expect(closed.requesterId).toBe(marco.userId)

    // The activity tab shows who did what.
    const activity = await engine.listEvents(giulia, request.id)
    const closing = activity.find((e) => e.type === "StatusChanged" && e.payload.to === "closed")
    expect(closing?.actorId).toBe(giulia.userId)
  })

  it("lets the partner answer the engineer's questions, which puts the request back in progress", async () => {
    const { engine, clock, engineer, marco, requests } = await portalWithRequests()
    const request = requests.marcoIncentive
    await engine.fireEvent(engineer, { ticket: request.id, event: "START" })
    clock.advance(hour)
    const asked = await engine.fireEvent(engineer, { ticket: request.id, event: "REQUEST_INFO", comment: "Qual è l'ID MPN?" })
    expect(asked.status).toBe("waiting_on_partner")
    clock.advance(hour)
    const answered = await engine.postMessage(marco, { ticket: request.id, body: "MPN 1234567." })
    expect(answered.ticket.status).toBe("in_progress")
  })
})
