import type { Engine } from "../engine/engine.ts"
import type { Actor } from "../policy/actor.ts"

/** The actors of the demo tenant (DESIGN "Quickstart and demo data"). */
export interface DemoActors {
  readonly tenantId: string
  readonly admin: Actor
  readonly agent: Actor
  readonly billing: Actor
  /** Acme's support admin. */
  readonly alice: Actor
  /** Acme member. */
  readonly bob: Actor
  /** Globex member. */
  readonly carol: Actor
}

/** The demo users by email, with who they are. */
export const demoUsers = [
  { email: "admin@demo.test", name: "Ada Admin", kind: "admin" },
  { email: "agent@demo.test", name: "Andy Agent", kind: "agent", departmentKeys: ["technical-support"] },
  { email: "billing@demo.test", name: "Bill Billing", kind: "agent", departmentKeys: ["billing"] },
  { email: "alice@acme.test", name: "Alice Acme", kind: "customer", organisationKey: "acme", orgRole: "support_admin" },
  { email: "bob@acme.test", name: "Bob Acme", kind: "customer", organisationKey: "acme", orgRole: "member" },
  { email: "carol@globex.test", name: "Carol Globex", kind: "customer", organisationKey: "globex", orgRole: "member" },
] as const

/**
 * Installs the demo tenant: departments, types (with the requester_only `incentive`),
 * priorities, a catalog with applications and their modules (and two sites offered to Acme
 * only), business hours Mon–Fri 10:00–19:00, SLA policies, the default workflow, and the six
 * demo users.
 */
export async function installDemo(engine: Engine, options: { tenantKey?: string; timeZone?: string } = {}): Promise<DemoActors> {
  const timeZone = options.timeZone ?? "Europe/Moscow"
  const tenant = await engine.createTenant({
    key: options.tenantKey ?? "demo",
    name: "Demo Support",
    settings: { timeZone, defaultCalendarKey: "business-hours" },
  })
  const tenantId = tenant.id
  const admin = await engine.syncUser(tenantId, { email: "admin@demo.test", name: "Ada Admin", kind: "admin" })
  const asAdmin: Actor = { tenantId, userId: admin.id }
  const organisationIds: Record<string, string> = {}
  for (const [key, name] of [
    ["acme", "Acme"],
    ["globex", "Globex"],
  ] as const) {
    organisationIds[key] = (await engine.putConfig(asAdmin, "organisation", { key, name })).id
  }
  for (const [key, name] of [
    ["technical-support", "Technical support"],
    ["billing", "Billing"],
  ] as const) {
    await engine.putConfig(asAdmin, "department", { key, name })
  }
  const types = [
    ["question", "Question", { fr: "Question", es: "Pregunta", it: "Domanda", ru: "Вопрос", vi: "Câu hỏi" }],
    ["bug", "Bug", { fr: "Bug", es: "Error", it: "Bug", ru: "Ошибка", vi: "Lỗi" }],
    ["feature-request", "Feature request", { fr: "Demande de fonctionnalité", es: "Solicitud de función", it: "Richiesta di funzionalità", ru: "Запрос функции", vi: "Yêu cầu tính năng" }],
    ["billing", "Billing", { fr: "Facturation", es: "Facturación", it: "Fatturazione", ru: "Оплата", vi: "Thanh toán" }],
    ["technical", "Technical", { fr: "Technique", es: "Técnico", it: "Tecnico", ru: "Техническая", vi: "Kỹ thuật" }],
    ["other", "Other", { fr: "Autre", es: "Otro", it: "Altro", ru: "Другое", vi: "Khác" }],
  ] as const
  for (const [key, name, labels] of types) await engine.putConfig(asAdmin, "ticketType", { key, name, labels })
  await engine.putConfig(asAdmin, "ticketType", {
    key: "incentive",
    name: "Incentive",
    visibility: "requester_only",
    labels: { it: "Incentivi", fr: "Incitations", es: "Incentivos", ru: "Бонусы", vi: "Ưu đãi" },
  })
  const priorities = [
    ["low", "Low", 10, "#8c8c8c", { fr: "Basse", es: "Baja", it: "Bassa", ru: "Низкий", vi: "Thấp" }],
    ["normal", "Normal", 20, "#1677ff", { fr: "Normale", es: "Normal", it: "Normale", ru: "Обычный", vi: "Bình thường" }],
    ["high", "High", 30, "#fa8c16", { fr: "Haute", es: "Alta", it: "Alta", ru: "Высокий", vi: "Cao" }],
    ["urgent", "Urgent", 40, "#f5222d", { fr: "Urgente", es: "Urgente", it: "Urgente", ru: "Срочный", vi: "Khẩn cấp" }],
  ] as const
  for (const [key, name, rank, color, labels] of priorities) {
    await engine.putConfig(asAdmin, "priority", { key, name, rank, color, labels })
  }
  await engine.putConfig(asAdmin, "calendar", {
    key: "business-hours",
    name: "Business hours",
    timeZone,
    hours: [1, 2, 3, 4, 5].map((day) => ({ day, from: "10:00", to: "19:00" })),
  })
  for (const [priorityKey, firstResponse, resolution] of [
    ["urgent", "PT1H", "PT8H"],
    ["high", "PT4H", "PT27H"],
    ["normal", "PT9H", "PT45H"],
    ["low", "PT18H", "PT90H"],
  ] as const) {
    await engine.putConfig(asAdmin, "slaPolicy", {
      key: `${priorityKey}-sla`,
      name: `${priorityKey} SLA`,
      priorityKey,
      calendarKey: "business-hours",
      firstResponse,
      resolution,
    })
  }
  await engine.putConfig(asAdmin, "catalogItem", { key: "crm", kind: "application", name: "CRM" })
  await engine.putConfig(asAdmin, "catalogItem", { key: "crm-invoices", kind: "module", name: "Invoices", parentKey: "crm" })
  await engine.putConfig(asAdmin, "catalogItem", { key: "crm-contacts", kind: "module", name: "Contacts", parentKey: "crm" })
  await engine.putConfig(asAdmin, "catalogItem", { key: "portal", kind: "application", name: "Customer portal" })
  await engine.putConfig(asAdmin, "catalogItem", { key: "portal-login", kind: "module", name: "Login", parentKey: "portal" })
  // Acme has two sites, offered to Acme only: its request form asks which one (seed 004).
  for (const [key, name] of [
    ["acme-hq", "Acme HQ"],
    ["acme-warehouse", "Acme Warehouse"],
  ] as const) {
    await engine.putConfig(asAdmin, "catalogItem", { key, kind: "site", name, organisationIds: [organisationIds.acme ?? ""] })
  }

  const ids: Record<string, string> = { "admin@demo.test": admin.id }
  for (const user of demoUsers) {
    if (user.kind === "admin") continue
    const synced = await engine.syncUser(tenantId, user as Parameters<Engine["syncUser"]>[1])
    ids[user.email] = synced.id
  }
  const actor = (email: string): Actor => ({ tenantId, userId: ids[email] ?? "" })
  return {
    tenantId,
    admin: asAdmin,
    agent: actor("agent@demo.test"),
    billing: actor("billing@demo.test"),
    alice: actor("alice@acme.test"),
    bob: actor("bob@acme.test"),
    carol: actor("carol@globex.test"),
  }
}
