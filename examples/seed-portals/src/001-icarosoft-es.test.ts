import {
  AttachmentRejected,
  createEngine,
  createMemoryStore,
  manualClock,
  TicketLocked,
  validateWorkflow,
  ValidationFailed,
  type Actor,
  type Engine,
  type Ticket,
} from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { icarosoftEsWorkflow, setupIcarosoftEs } from "./001-icarosoft-es.ts"
import { uploadStubs, type StubFile } from "./upload-stub.ts"

const minute = 60_000

async function portal() {
  const clock = manualClock("2026-04-06T13:00:00.000Z")
  const engine = createEngine({ store: createMemoryStore(), clock })
  const actors = await setupIcarosoftEs(engine)
  return { engine, clock, ...actors }
}

async function statusLabel(engine: Engine, actor: Actor, ticket: Ticket): Promise<string | undefined> {
  const workflow = await engine.getWorkflow(actor, ticket.workflowKey, ticket.workflowVersion)
  return workflow.statuses.find((s) => s.key === ticket.status)?.labels.es
}

const images = (prefix: string, count: number): StubFile[] =>
  Array.from({ length: count }, (_, i) => ({ filename: `${prefix}-${i + 1}.png`, contentType: "image/png" }))
const document = (name: string): StubFile => ({ filename: name, contentType: "application/pdf" })

const newTicket = {
  subject: "Cambio de número de celular para mi empresa",
  description: "Necesitamos cambiar el número de celular registrado de la empresa al 0414-5550000.",
  catalog: { application: "administrativo", module: "administrativo-general" },
  department: "technical-support",
  priority: "urgent",
}

describe("seed 001: Tickets de mi empresa (ICAROSoft)", () => {
  it("has a valid workflow", () => {
    expect(validateWorkflow(icarosoftEsWorkflow).ok).toBe(true)
  })

  it("offers the form's choices in Spanish, modules depending on the application", async () => {
    const { engine, customer } = await portal()
    const catalog = await engine.listConfig(customer, "catalogItem")
    const modulesOf = (application: string) => catalog.filter((i) => i.kind === "module" && i.parentKey === application).map((i) => i.name)
    expect(modulesOf("administrativo")).toEqual(["Administrativo", "Facturas"])
    expect(modulesOf("nomina")).toEqual(["Empleados", "Recibos de pago"])
    const departments = await engine.listConfig(customer, "department")
    expect(departments.map((d) => d.labels.es)).toContain("Soporte Técnico")
    const priorities = await engine.listConfig(customer, "priority")
    expect(priorities.find((p) => p.key === "urgent")?.labels.es).toBe("Urgente")
  })

  it("creates a ticket with application, module, department, priority, three images and one document", async () => {
    const { engine, customer } = await portal()
    const files = await uploadStubs(engine, customer, [...images("captura", 3), document("constancia.pdf")])
    const ticket = await engine.createTicket(customer, { ...newTicket, attachmentIds: files })
    expect(ticket).toMatchObject({
      number: 1,
      catalog: { application: "administrativo", module: "administrativo-general" },
      departmentKey: "technical-support",
      priorityKey: "urgent",
      descriptionLocked: true,
    })
    expect(await statusLabel(engine, customer, ticket)).toBe("En espera de respuesta")
    const [description] = await engine.listMessages(customer, { ticket: ticket.id })
    expect(description?.attachmentIds).toEqual(files)
  })

  it("refuses a module of another application", async () => {
    const { engine, customer } = await portal()
    await expect(
      engine.createTicket(customer, { ...newTicket, catalog: { application: "administrativo", module: "nomina-empleados" } }),
    ).rejects.toBeInstanceOf(ValidationFailed)
  })

  it("refuses a fourth image or a second document on the first message", async () => {
    const { engine, customer } = await portal()
    const fourImages = await uploadStubs(engine, customer, images("captura", 4))
    await expect(engine.createTicket(customer, { ...newTicket, attachmentIds: fourImages })).rejects.toMatchObject({
      _tag: "AttachmentRejected",
      reason: "too_many",
    })
    const twoDocuments = await uploadStubs(engine, customer, [document("a.pdf"), document("b.pdf")])
    await expect(engine.createTicket(customer, { ...newTicket, attachmentIds: twoDocuments })).rejects.toBeInstanceOf(AttachmentRejected)
  })

  it("locks the main message as soon as it is sent: more information goes in new replies", async () => {
    const { engine, clock, customer } = await portal()
    const ticket = await engine.createTicket(customer, newTicket)
    await expect(engine.updateTicket(customer, { ticket: ticket.id, description: "Otro contenido" })).rejects.toBeInstanceOf(TicketLocked)
    await expect(engine.updateTicket(customer, { ticket: ticket.id, subject: "Otro asunto" })).rejects.toBeInstanceOf(TicketLocked)

    clock.advance(5 * minute)
    const files = await uploadStubs(engine, customer, [...images("nueva", 3), document("rif.pdf")])
    const reply = await engine.postMessage(customer, {
      ticket: ticket.id,
      body: "Olvidé indicar que el número anterior era 0414-5551111.",
      attachmentIds: files,
    })
    expect(reply.message.attachmentIds).toEqual(files)
    expect(reply.ticket.status).toBe("awaiting_answer")

    clock.advance(5 * minute)
    const tooMany = await uploadStubs(engine, customer, images("otra", 4))
    await expect(engine.postMessage(customer, { ticket: ticket.id, body: "Más capturas", attachmentIds: tooMany })).rejects.toBeInstanceOf(
      AttachmentRejected,
    )
    const after = await engine.getTicket(customer, ticket.id)
    expect(after.description).toBe(newTicket.description)
  })

  it("walks the statuses: awaiting answer → answered → awaiting answer → closed, newest message first", async () => {
    const { engine, clock, customer, technician } = await portal()
    const ticket = await engine.createTicket(customer, newTicket)

    clock.advance(10 * minute)
    const assigned = await engine.assign(technician, { ticket: ticket.id, assigneeId: technician.userId })
    expect(assigned.assigneeId).toBe(technician.userId)

    clock.advance(10 * minute)
    const answer = await engine.postMessage(technician, { ticket: ticket.id, body: "Listo, ¿nos confirma el nuevo número?" })
    expect(await statusLabel(engine, customer, answer.ticket)).toBe("Respondido")
    expect(answer.ticket.firstResponseAt).toBe(clock.now().toISOString())

    clock.advance(10 * minute)
    const again = await engine.postMessage(customer, { ticket: ticket.id, body: "Sí, es el 0414-5550000." })
    expect(await statusLabel(engine, customer, again.ticket)).toBe("En espera de respuesta")

    clock.advance(10 * minute)
    const second = await engine.postMessage(technician, { ticket: ticket.id, body: "Actualizado en el sistema." })
    expect(second.ticket.status).toBe("answered")

    const newestFirst = await engine.listMessages(customer, { ticket: ticket.id, order: "desc" })
    expect(newestFirst.map((m) => m.body)).toEqual([
      "Actualizado en el sistema.",
      "Sí, es el 0414-5550000.",
      "Listo, ¿nos confirma el nuevo número?",
      newTicket.description,
    ])

    clock.advance(10 * minute)
    const closed = await engine.fireEvent(technician, { ticket: ticket.id, event: "CLOSE", resolution: "resolved" })
    expect(await statusLabel(engine, customer, closed)).toBe("Cerrado")
    expect(closed.resolution).toBe("resolved")
    await expect(engine.postMessage(customer, { ticket: ticket.id, body: "Gracias" })).rejects.toBeInstanceOf(TicketLocked)
  })
})
