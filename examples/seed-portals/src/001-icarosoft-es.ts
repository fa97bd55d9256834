/**
 * @module
 * Seed 001, ICAROSoft's "Mi empresa → Tickets de mi empresa": subject, application and one of
 * its modules, department, priority, a description locked as soon as it is sent, three images
 * and one document a message; further information goes in "Nueva respuesta" replies, and the
 * ticket moves between "awaiting an answer" and "answered" as both sides reply.
 */
import { threeImagesOneDocumentPolicy, WorkflowDefinition, type Actor, type Engine } from "@ticketflow/core"
import { addUser, createPortalTenant } from "./portal-tenant.ts"

/** Awaiting answer ⇄ answered, driven by the replies themselves, until someone closes it. */
export const icarosoftEsWorkflow: WorkflowDefinition = WorkflowDefinition.parse({
  key: "mi-empresa-tickets",
  name: "My company tickets",
  labels: { es: "Tickets de mi empresa" },
  initial: "awaiting_answer",
  // "Una vez enviado el ticket se bloqueará el mensaje principal."
  descriptionLock: "on_create",
  statuses: [
    // The company owes an answer: a fresh ticket, or one the customer wrote to again.
    { key: "awaiting_answer", category: "new", name: "Awaiting answer", labels: { es: "En espera de respuesta" }, color: "#fa8c16" },
    // The ball is in the customer's court: their SLA clock pauses.
    { key: "answered", category: "pending", name: "Answered", labels: { es: "Respondido" }, color: "#1677ff" },
    { key: "closed", category: "closed", name: "Closed", labels: { es: "Cerrado" }, color: "#52c41a" },
  ],
  transitions: [
    {
      event: "ANSWER",
      from: ["awaiting_answer"],
      to: "answered",
      actors: ["agent", "system"],
      comment: "optional",
      name: "Answer",
      labels: { es: "Responder" },
    },
    {
      event: "CUSTOMER_REPLIED",
      from: ["answered"],
      to: "awaiting_answer",
      actors: ["system"],
      name: "Customer replied",
      labels: { es: "Nueva respuesta del cliente" },
    },
    {
      event: "CLOSE",
      from: "*",
      to: "closed",
      actors: ["requester_side", "agent"],
      comment: "optional",
      resolution: { default: "resolved", requesterSide: "withdrawn", choices: ["resolved", "duplicate", "wont_fix", "withdrawn"] },
      name: "Close ticket",
      labels: { es: "Cerrar ticket" },
    },
  ],
  triggers: [
    { on: "public_reply", by: "agent", in: ["awaiting_answer"], fire: "ANSWER" },
    { on: "public_reply", by: "requester_side", in: ["answered"], fire: "CUSTOMER_REPLIED" },
  ],
})

/** The applications and their modules: the module select depends on the chosen application. */
export const icarosoftEsCatalog = [
  { key: "administrativo", kind: "application", name: "Administrativo" },
  { key: "administrativo-general", kind: "module", name: "Administrativo", parentKey: "administrativo" },
  { key: "administrativo-facturas", kind: "module", name: "Facturas", parentKey: "administrativo" },
  { key: "nomina", kind: "application", name: "Nómina" },
  { key: "nomina-empleados", kind: "module", name: "Empleados", parentKey: "nomina" },
  { key: "nomina-recibos", kind: "module", name: "Recibos de pago", parentKey: "nomina" },
] as const

/** Who works ICAROSoft's tickets. */
export interface IcarosoftEsActors {
  readonly tenantId: string
  readonly admin: Actor
  /** A technician of "Soporte Técnico". */
  readonly technician: Actor
  /** A user of a customer company licensing ICAROSoft. */
  readonly customer: Actor
}

/** Installs ICAROSoft's portal: applications and modules, departments, priorities, the 3+1 file preset. */
export async function setupIcarosoftEs(engine: Engine, options: { tenantKey?: string } = {}): Promise<IcarosoftEsActors> {
  const { tenantId, admin } = await createPortalTenant(engine, {
    key: options.tenantKey ?? "icarosoft",
    name: "ICAROSoft",
    settings: { timeZone: "America/Caracas", attachmentPolicy: threeImagesOneDocumentPolicy },
    workflow: icarosoftEsWorkflow,
    admin: { email: "admin@icarosoft.test", name: "Administrador ICAROSoft", locale: "es" },
  })
  for (const item of icarosoftEsCatalog) await engine.putConfig(admin, "catalogItem", item)
  for (const [key, name, es] of [
    ["technical-support", "Technical support", "Soporte Técnico"],
    ["sales", "Sales", "Ventas"],
    ["billing", "Billing", "Facturación"],
  ] as const) {
    await engine.putConfig(admin, "department", { key, name, labels: { es } })
  }
  for (const [key, name, rank, color, es] of [
    ["low", "Low", 10, "#8c8c8c", "Baja"],
    ["medium", "Medium", 20, "#1677ff", "Media"],
    ["high", "High", 30, "#fa8c16", "Alta"],
    ["urgent", "Urgent", 40, "#f5222d", "Urgente"],
  ] as const) {
    await engine.putConfig(admin, "priority", { key, name, rank, color, labels: { es } })
  }
  await engine.putConfig(admin, "organisation", { key: "ferreteria-el-tornillo", name: "Ferretería El Tornillo C.A." })
  const technician = await addUser(engine, admin, {
    email: "soporte@icarosoft.test",
    name: "Luis Técnico",
    kind: "agent",
    locale: "es",
    departmentKeys: ["technical-support"],
  })
  const customer = await addUser(engine, admin, {
    email: "gerencia@eltornillo.test",
    name: "María Pérez",
    kind: "customer",
    locale: "es",
    organisationKey: "ferreteria-el-tornillo",
  })
  return { tenantId, admin, technician, customer }
}
