import {
  createEngine,
  createMemoryStore,
  Forbidden,
  manualClock,
  validateWorkflow,
  ValidationFailed,
  type Actor,
  type Engine,
  type Ticket,
} from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { setupSiteSupportRu, siteKey, siteSupportRuWorkflow } from "./004-site-support-ru.ts"
import { uploadStubs } from "./upload-stub.ts"

const hour = 3_600_000

async function portal() {
  const clock = manualClock("2026-06-08T08:00:00.000Z") // Monday 11:00 in Moscow
  const engine = createEngine({ store: createMemoryStore(), clock })
  const actors = await setupSiteSupportRu(engine)
  return { engine, clock, ...actors }
}

async function statusLabel(engine: Engine, actor: Actor, ticket: Ticket): Promise<string | undefined> {
  const workflow = await engine.getWorkflow(actor, ticket.workflowKey, ticket.workflowVersion)
  return workflow.statuses.find((s) => s.key === ticket.status)?.labels.ru
}

const task = {
  subject: "Добавить баннер акции на главную",
  description: "Нужен баннер на https://shop.romashka.ru/ над каталогом, макет во вложении.",
  catalog: { site: siteKey("shop.romashka.ru") },
  desiredDueDate: "2026-06-19",
  priority: "high",
}

describe("seed 004: СКП, website support (Russian)", () => {
  it("has a valid workflow", () => {
    expect(validateWorkflow(siteSupportRuWorkflow).ok).toBe(true)
  })

  it("installs the studio hours, Mon–Fri 10–19 in Moscow", async () => {
    const { engine, admin } = await portal()
    const [calendar] = await engine.listConfig(admin, "calendar")
    expect(calendar).toMatchObject({ key: "studio-hours", timeZone: "Europe/Moscow" })
    expect(calendar?.hours).toEqual([1, 2, 3, 4, 5].map((day) => ({ day, from: "10:00", to: "19:00" })))
    expect((await engine.me(admin)).tenant.settings).toMatchObject({ defaultCalendarKey: "studio-hours", defaultWorkflowKey: "site-support" })
  })

  it("offers in the site select only the customer's own sites", async () => {
    const { engine, irina, oleg } = await portal()
    const sitesOf = async (actor: Actor) => (await engine.listConfig(actor, "catalogItem")).filter((i) => i.kind === "site").map((i) => i.name)
    expect(await sitesOf(irina)).toEqual(["romashka.ru", "shop.romashka.ru"])
    expect(await sitesOf(oleg)).toEqual(["vektor.ru"])

    await expect(engine.createTicket(irina, { ...task, catalog: { site: siteKey("vektor.ru") } })).rejects.toBeInstanceOf(ValidationFailed)
    const ticket = await engine.createTicket(irina, task)
    await expect(engine.updateTicket(irina, { ticket: ticket.id, catalog: { site: siteKey("vektor.ru") } })).rejects.toBeInstanceOf(
      ValidationFailed,
    )
  })

  it("lets the studio commit to another date than the one the customer wished", async () => {
    const { engine, developer, irina } = await portal()
    const ticket = await engine.createTicket(irina, task)
    expect(ticket.desiredDueDate).toBe("2026-06-19")
    expect(ticket.dueAt).toBeNull()
    await expect(engine.setDueDate(irina, { ticket: ticket.id, dueAt: "2026-06-19T16:00:00.000Z" })).rejects.toBeInstanceOf(Forbidden)
    // "Дата реализации задачи может быть изменена исходя из объема работы и нагрузки студии."
    const committed = await engine.setDueDate(developer, { ticket: ticket.id, dueAt: "2026-06-24T16:00:00.000Z" })
    expect(committed.dueAt).toBe("2026-06-24T16:00:00.000Z")
    expect(committed.desiredDueDate).toBe("2026-06-19")
    const history = await engine.listEvents(irina, ticket.id)
    expect(history.find((e) => e.type === "DueDateChanged")?.payload).toEqual({ from: null, to: "2026-06-24T16:00:00.000Z" })
  })

  it("walks a ticket from the queue to accepted work, through clarification and rework", async () => {
    const { engine, clock, developer, irina } = await portal()
    const files = await uploadStubs(engine, irina, [
      { filename: "maket.png", contentType: "image/png" },
      { filename: "tovary.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    ])
    const created = await engine.createTicket(irina, { ...task, attachmentIds: files })
    // "Контакт будет заполнен по умолчанию."
    expect(created.contact).toEqual({ name: "Ирина Смирнова", email: "irina@romashka.test", phone: null })
    expect(created.catalog).toEqual({ site: "shop-romashka-ru" })
    clock.advance(hour)
    await engine.postMessage(irina, { ticket: created.id, body: "Баннер должен вести на /sale." })

    const step = async (actor: Actor, event: string, comment?: string) => {
      clock.advance(hour)
      const ticket = await engine.fireEvent(actor, { ticket: created.id, event, ...(comment === undefined ? {} : { comment }) })
      return statusLabel(engine, irina, ticket)
    }
    expect(await step(developer, "TRIAGE")).toBe("В очереди")
    expect(await step(developer, "START")).toBe("В работе")
    expect(await step(developer, "REQUEST_CLARIFICATION", "Какой размер баннера на мобильных?")).toBe("Требует уточнений")

    clock.advance(hour)
    const answer = await engine.postMessage(irina, { ticket: created.id, body: "На мобильных баннер не показываем." })
    expect(await statusLabel(engine, irina, answer.ticket)).toBe("В работе")
    const history = await engine.listEvents(irina, created.id)
    expect(history.filter((e) => e.type === "StatusChanged").map((e) => e.payload.event)).toEqual([
      "TRIAGE",
      "START",
      "REQUEST_CLARIFICATION",
      "CUSTOMER_REPLIED",
    ])

    expect(await step(developer, "SUBMIT_FOR_ACCEPTANCE", "Баннер размещен, проверьте.")).toBe("Ожидает приемку")
    const buttons = await engine.allowedEvents(irina, created.id)
    expect(buttons.map((b) => b.labels.ru)).toEqual(expect.arrayContaining(["Принять работы", "Отправить в доработку"]))

    await expect(engine.fireEvent(irina, { ticket: created.id, event: "REQUEST_REWORK" })).rejects.toBeInstanceOf(ValidationFailed)
    expect(await step(irina, "REQUEST_REWORK", "Баннер перекрывает меню.")).toBe("В работе")
    expect(await step(developer, "SUBMIT_FOR_ACCEPTANCE", "Исправили отступ.")).toBe("Ожидает приемку")
    expect(await step(irina, "ACCEPT")).toBe("Закрыт")

    const accepted = await engine.getTicket(irina, created.id)
    expect(accepted).toMatchObject({ statusCategory: "closed", resolution: "accepted", assigneeId: developer.userId })
    // Both sides' comments are on the ticket card.
    const thread = await engine.listMessages(irina, { ticket: created.id })
    expect(thread.map((m) => m.body)).toEqual([
      task.description,
      "Баннер должен вести на /sale.",
      "Какой размер баннера на мобильных?",
      "На мобильных баннер не показываем.",
      "Баннер размещен, проверьте.",
      "Баннер перекрывает меню.",
      "Исправили отступ.",
    ])
  })

  it("returns reworked tickets nobody holds to the queue", async () => {
    const { engine, developer, irina } = await portal()
    const ticket = await engine.createTicket(irina, task)
    await engine.fireEvent(developer, { ticket: ticket.id, event: "START" })
    await engine.fireEvent(developer, { ticket: ticket.id, event: "SUBMIT_FOR_ACCEPTANCE" })
    await engine.assign(developer, { ticket: ticket.id, assigneeId: null })
    const reworked = await engine.fireEvent(irina, { ticket: ticket.id, event: "REQUEST_REWORK", comment: "Нет баннера на странице /sale." })
    expect(await statusLabel(engine, irina, reworked)).toBe("В очереди")
  })

  it("keeps one customer's tickets from another", async () => {
    const { engine, irina, oleg } = await portal()
    const ticket = await engine.createTicket(irina, task)
    await expect(engine.getTicket(oleg, ticket.id)).rejects.toMatchObject({ _tag: "TicketNotFound" })
    expect((await engine.listTickets(oleg)).items).toEqual([])
  })
})
