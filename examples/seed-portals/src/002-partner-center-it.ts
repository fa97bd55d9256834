/**
 * @module
 * Seed 002, a partner centre's "Guida e supporto": each user sees their own "Richieste
 * personali"; the organisation's support request admin also sees "Richieste organizzazione"
 * (everything but colleagues' incentive requests), may set a request to "Chiuso", and add
 * notes and attachments to it.
 */
import { WorkflowDefinition, type Actor, type Engine } from "@ticketflow/core"
import { addUser, createPortalTenant } from "./portal-tenant.ts"

/** A support request's life: the support engineer works it, may wait on the partner, and anyone on the partner's side may close it. */
export const partnerCenterItWorkflow: WorkflowDefinition = WorkflowDefinition.parse({
  key: "partner-support",
  name: "Partner support requests",
  labels: { it: "Richieste di supporto" },
  initial: "new",
  statuses: [
    { key: "new", category: "new", name: "New", labels: { it: "Nuova" }, color: "#1677ff" },
    { key: "in_progress", category: "open", name: "In progress", labels: { it: "In corso" }, color: "#fa8c16" },
    { key: "waiting_on_partner", category: "pending", name: "Waiting on partner", labels: { it: "In attesa del partner" }, color: "#eb2f96" },
    { key: "closed", category: "closed", name: "Closed", labels: { it: "Chiuso" }, color: "#52c41a" },
  ],
  transitions: [
    { event: "START", from: ["new"], to: "in_progress", actors: ["agent"], assignActor: true, name: "Take the request", labels: { it: "Prendi in carico" } },
    {
      event: "REQUEST_INFO",
      from: ["new", "in_progress"],
      to: "waiting_on_partner",
      actors: ["agent"],
      comment: "required",
      name: "Ask the partner",
      labels: { it: "Richiedi informazioni" },
    },
    { event: "PARTNER_REPLIED", from: ["waiting_on_partner"], to: { previous: true }, actors: ["system"], name: "Partner replied" },
    {
      // "Modificare lo stato della richiesta in Chiuso se il problema viene risolto."
      event: "CLOSE",
      from: "*",
      to: "closed",
      actors: ["requester_side", "agent"],
      comment: "optional",
      resolution: { default: "resolved", requesterSide: "resolved", choices: ["resolved", "duplicate", "no_response"] },
      name: "Close",
      labels: { it: "Chiudi" },
    },
  ],
  triggers: [{ on: "public_reply", by: "requester_side", in: ["waiting_on_partner"], fire: "PARTNER_REPLIED" }],
})

/** Who uses the partner centre. */
export interface PartnerCenterItActors {
  readonly tenantId: string
  readonly admin: Actor
  /** The support engineer ("avvocato del supporto"). */
  readonly engineer: Actor
  /** Contoso's support request admin ("amministratore della richiesta di supporto"). */
  readonly giulia: Actor
  /** Contoso members. */
  readonly marco: Actor
  readonly luca: Actor
  /** A member of another partner, Fabrikam. */
  readonly sara: Actor
}

/** Installs the partner centre: request types (incentives private to their author), two partners and their people. */
export async function setupPartnerCenterIt(engine: Engine, options: { tenantKey?: string } = {}): Promise<PartnerCenterItActors> {
  const { tenantId, admin } = await createPortalTenant(engine, {
    key: options.tenantKey ?? "partner-center",
    name: "Centro per i partner",
    settings: { timeZone: "Europe/Rome" },
    workflow: partnerCenterItWorkflow,
    admin: { email: "admin@partner.test", name: "Amministratore globale", locale: "it" },
  })
  for (const [key, name, it] of [
    ["technical", "Technical issue", "Problema tecnico"],
    ["billing", "Billing", "Fatturazione"],
    ["account", "Account and profile", "Account e profilo"],
  ] as const) {
    await engine.putConfig(admin, "ticketType", { key, name, labels: { it } })
  }
  // "Le richieste correlate agli incentivi create da altri utenti dell'organizzazione sono visibili solo all'autore."
  await engine.putConfig(admin, "ticketType", { key: "incentives", name: "Incentives", labels: { it: "Incentivi" }, visibility: "requester_only" })
  await engine.putConfig(admin, "department", { key: "partner-support", name: "Partner support", labels: { it: "Supporto partner" } })
  await engine.putConfig(admin, "organisation", { key: "contoso", name: "Contoso S.r.l." })
  await engine.putConfig(admin, "organisation", { key: "fabrikam", name: "Fabrikam S.p.A." })

  const engineer = await addUser(engine, admin, {
    email: "avvocato@partner.test",
    name: "Andrea Supporto",
    kind: "agent",
    locale: "it",
    departmentKeys: ["partner-support"],
  })
  const customer = (email: string, name: string, organisationKey: string, orgRole: "member" | "support_admin" = "member") =>
    addUser(engine, admin, { email, name, kind: "customer", locale: "it", organisationKey, orgRole })
  return {
    tenantId,
    admin,
    engineer,
    giulia: await customer("giulia@contoso.test", "Giulia Bianchi", "contoso", "support_admin"),
    marco: await customer("marco@contoso.test", "Marco Rossi", "contoso"),
    luca: await customer("luca@contoso.test", "Luca Verdi", "contoso"),
    sara: await customer("sara@fabrikam.test", "Sara Neri", "fabrikam"),
  }
}
