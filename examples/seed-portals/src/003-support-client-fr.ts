/**
 * @module
 * Seed 003, a French SaaS's "Support client": six ticket types, four priorities, tickets that
 * are "Ouvert" while the team works them, "En attente" of the customer's answer, and
 * "Clôturé", which the customer may reopen; internal messages stay within the team.
 */
import { WorkflowDefinition, type Actor, type Engine } from "@ticketflow/core"
import { addUser, createPortalTenant } from "./portal-tenant.ts"

/**
 * Ouvert / En attente / Clôturé, reopenable. The engine wants the first status in category
 * `new`, so a ticket nobody has picked up yet reads "Nouveau"; the "Ouverts" tab lists both.
 */
export const supportClientFrWorkflow: WorkflowDefinition = WorkflowDefinition.parse({
  key: "support-client",
  name: "Customer support",
  labels: { fr: "Support client" },
  initial: "nouveau",
  statuses: [
    { key: "nouveau", category: "new", name: "New", labels: { fr: "Nouveau" }, color: "#1677ff" },
    { key: "ouvert", category: "open", name: "Open", labels: { fr: "Ouvert" }, color: "#fa8c16" },
    { key: "en_attente", category: "pending", name: "Waiting", labels: { fr: "En attente" }, color: "#eb2f96" },
    { key: "cloture", category: "closed", name: "Closed", labels: { fr: "Clôturé" }, color: "#52c41a" },
  ],
  transitions: [
    { event: "START", from: ["nouveau"], to: "ouvert", actors: ["agent"], assignActor: true, name: "Take", labels: { fr: "Prendre en charge" } },
    {
      event: "WAIT_FOR_CUSTOMER",
      from: ["nouveau", "ouvert"],
      to: "en_attente",
      actors: ["agent"],
      comment: "required",
      name: "Ask the customer",
      labels: { fr: "Demander des informations" },
    },
    { event: "CUSTOMER_REPLIED", from: ["en_attente"], to: "ouvert", actors: ["system"], name: "Customer replied", labels: { fr: "Réponse du client" } },
    {
      event: "CLOSE",
      from: "*",
      to: "cloture",
      actors: ["requester_side", "agent"],
      comment: "optional",
      // "Le ticket est résolu et clôturé", whoever closes it.
      resolution: { default: "resolved", requesterSide: "resolved", choices: ["resolved", "duplicate", "wont_fix", "no_response"] },
      name: "Close",
      labels: { fr: "Clôturer" },
    },
    {
      event: "REOPEN",
      from: ["cloture"],
      to: "ouvert",
      actors: ["requester_side", "agent"],
      comment: "optional",
      name: "Reopen",
      labels: { fr: "Rouvrir" },
    },
  ],
  triggers: [{ on: "public_reply", by: "requester_side", in: ["en_attente"], fire: "CUSTOMER_REPLIED" }],
})

/** The six types of the guide, keyed as the demo tenant keys them. */
export const supportClientFrTypes = [
  ["question", "Question", "Question"],
  ["bug", "Bug", "Bug"],
  ["feature-request", "Feature request", "Demande de fonctionnalité"],
  ["billing", "Billing", "Facturation"],
  ["technical", "Technical", "Technique"],
  ["other", "Other", "Autre"],
] as const

/** The four priorities of the guide, least urgent first. */
export const supportClientFrPriorities = [
  ["low", "Low", 10, "#8c8c8c", "Basse"],
  ["normal", "Normal", 20, "#1677ff", "Normale"],
  ["high", "High", 30, "#fa8c16", "Haute"],
  ["urgent", "Urgent", 40, "#f5222d", "Urgente"],
] as const

/** Who uses the French support section. */
export interface SupportClientFrActors {
  readonly tenantId: string
  readonly admin: Actor
  readonly agent: Actor
  /** A subscriber of the SaaS. */
  readonly customer: Actor
}

/** Installs the support section: types and priorities in French, the support team and a subscriber. */
export async function setupSupportClientFr(engine: Engine, options: { tenantKey?: string } = {}): Promise<SupportClientFrActors> {
  const { tenantId, admin } = await createPortalTenant(engine, {
    key: options.tenantKey ?? "support-client",
    name: "Support client",
    // Date filters (Aujourd'hui, Cette semaine, Ce mois) count in the tenant's time zone.
    settings: { timeZone: "Europe/Paris" },
    workflow: supportClientFrWorkflow,
    admin: { email: "admin@support.test", name: "Administrateur", locale: "fr" },
  })
  for (const [key, name, fr] of supportClientFrTypes) await engine.putConfig(admin, "ticketType", { key, name, labels: { fr } })
  for (const [key, name, rank, color, fr] of supportClientFrPriorities) {
    await engine.putConfig(admin, "priority", { key, name, rank, color, labels: { fr } })
  }
  await engine.putConfig(admin, "department", { key: "support", name: "Support team", labels: { fr: "Équipe support" } })
  await engine.putConfig(admin, "organisation", { key: "boulangerie-martin", name: "Boulangerie Martin SARL" })
  const agent = await addUser(engine, admin, {
    email: "equipe@support.test",
    name: "Camille Support",
    kind: "agent",
    locale: "fr",
    departmentKeys: ["support"],
  })
  const customer = await addUser(engine, admin, {
    email: "paul@boulangerie-martin.test",
    name: "Paul Martin",
    kind: "customer",
    locale: "fr",
    organisationKey: "boulangerie-martin",
  })
  return { tenantId, admin, agent, customer }
}
