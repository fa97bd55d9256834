/**
 * @module
 * Seed 004, a web studio's "Сервис клиентской поддержки сайтов" (СКП): the customer picks one
 * of their sites, wishes a date (the studio may commit to another), and follows the ticket
 * through "В очереди", "В работе", "Требует уточнений" and "Ожидает приемку", where they accept
 * the work or send it back for rework with a comment. The studio works Mon–Fri 10:00–19:00.
 */
import { defaultWorkflow, WorkflowDefinition, type Actor, type Engine } from "@ticketflow/core"
import { addUser, createPortalTenant } from "./portal-tenant.ts"

const statusLabels: Readonly<Record<string, string>> = {
  new: "Новый",
  in_queue: "В очереди",
  in_progress: "В работе",
  needs_clarification: "Требует уточнений",
  awaiting_acceptance: "Ожидает приемку",
  closed: "Закрыт",
  reopened: "Переоткрыт",
}

const eventLabels: Readonly<Record<string, string>> = {
  TRIAGE: "Поставить в очередь",
  START: "Взять в работу",
  REQUEUE: "Вернуть в очередь",
  REQUEST_CLARIFICATION: "Запросить уточнения",
  CUSTOMER_REPLIED: "Ответ клиента",
  SUBMIT_FOR_ACCEPTANCE: "Сдать на приемку",
  ACCEPT: "Принять работы",
  REQUEST_REWORK: "Отправить в доработку",
  CLOSE: "Закрыть",
  REOPEN: "Переоткрыть",
}

/**
 * The default workflow in Russian. The guide knows no acceptance deadline (the customer
 * presses "Принять работы"), so the studio's flow drops AUTO_CLOSE and its timer.
 */
export const siteSupportRuWorkflow: WorkflowDefinition = WorkflowDefinition.parse({
  ...defaultWorkflow,
  key: "site-support",
  version: 1,
  name: "Website support",
  labels: { ru: "Сервис клиентской поддержки сайтов" },
  statuses: defaultWorkflow.statuses.map((status) => ({ ...status, labels: { ru: statusLabels[status.key] } })),
  transitions: defaultWorkflow.transitions
    .filter((transition) => transition.event !== "AUTO_CLOSE")
    .map((transition) => ({ ...transition, labels: { ru: eventLabels[transition.event] } })),
  timers: [],
})

/** The studio's customers and the sites each has on maintenance. */
export const siteSupportRuCustomers = [
  { key: "romashka", name: "ООО «Ромашка»", sites: ["romashka.ru", "shop.romashka.ru"] },
  { key: "vektor", name: "АО «Вектор»", sites: ["vektor.ru"] },
] as const

/** The catalog key of a site: its host name, dots made dashes. */
export const siteKey = (host: string): string => host.replaceAll(".", "-")

/** Who uses the studio's СКП. */
export interface SiteSupportRuActors {
  readonly tenantId: string
  readonly admin: Actor
  /** A developer of the studio. */
  readonly developer: Actor
  /** Romashka's contact, with two sites on maintenance. */
  readonly irina: Actor
  /** Vektor's contact, with one site. */
  readonly oleg: Actor
}

/** Installs the СКП: business hours in Moscow, priorities, customers and their sites, the studio's people. */
export async function setupSiteSupportRu(engine: Engine, options: { tenantKey?: string } = {}): Promise<SiteSupportRuActors> {
  const { tenantId, admin } = await createPortalTenant(engine, {
    key: options.tenantKey ?? "site-support",
    name: "Сетевые Решения 2.0",
    settings: { timeZone: "Europe/Moscow", defaultCalendarKey: "studio-hours" },
    workflow: siteSupportRuWorkflow,
    admin: { email: "admin@studio.test", name: "Администратор СКП", locale: "ru" },
  })
  // "ВРЕМЯ РАБОТЫ ПН-ПТ с 10 до 19"
  await engine.putConfig(admin, "calendar", {
    key: "studio-hours",
    name: "Studio hours",
    labels: { ru: "Время работы" },
    timeZone: "Europe/Moscow",
    hours: [1, 2, 3, 4, 5].map((day) => ({ day, from: "10:00", to: "19:00" })),
  })
  for (const [key, name, rank, ru] of [
    ["low", "Low", 10, "Низкий"],
    ["normal", "Normal", 20, "Обычный"],
    ["high", "High", 30, "Высокий"],
    ["critical", "Critical", 40, "Критичный"],
  ] as const) {
    await engine.putConfig(admin, "priority", { key, name, rank, labels: { ru } })
  }
  await engine.putConfig(admin, "department", { key: "development", name: "Development", labels: { ru: "Отдел разработки" } })
  for (const customer of siteSupportRuCustomers) {
    const organisation = await engine.putConfig(admin, "organisation", { key: customer.key, name: customer.name })
    for (const host of customer.sites) {
      await engine.putConfig(admin, "catalogItem", { key: siteKey(host), kind: "site", name: host, organisationIds: [organisation.id] })
    }
  }
  const developer = await addUser(engine, admin, {
    email: "dev@studio.test",
    name: "Дмитрий Разработчиков",
    kind: "agent",
    locale: "ru",
    departmentKeys: ["development"],
  })
  const customer = (email: string, name: string, organisationKey: string) =>
    addUser(engine, admin, { email, name, kind: "customer", locale: "ru", organisationKey })
  return {
    tenantId,
    admin,
    developer,
    irina: await customer("irina@romashka.test", "Ирина Смирнова", "romashka"),
    oleg: await customer("oleg@vektor.test", "Олег Кузнецов", "vektor"),
  }
}
