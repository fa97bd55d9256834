import { createHash, randomUUID } from "node:crypto"
import { Attachment } from "../domain/attachment.ts"
import { Calendar } from "../domain/calendar.ts"
import { CatalogItem } from "../domain/catalog-item.ts"
import { Department } from "../domain/department.ts"
import { TicketEvent } from "../domain/event.ts"
import { Message } from "../domain/message.ts"
import { Organisation } from "../domain/organisation.ts"
import { Priority } from "../domain/priority.ts"
import { SlaPolicy } from "../domain/sla-policy.ts"
import { Tenant } from "../domain/tenant.ts"
import { Ticket } from "../domain/ticket.ts"
import { TicketType } from "../domain/ticket-type.ts"
import { User } from "../domain/user.ts"
import type { ConfigEntities, ConfigKind, TicketChange, TicketStore, Timer } from "../ports/ticket-store.ts"
import { defaultWorkflow } from "../workflow/default-workflow.ts"

// Every builder parses its result with the domain schema, so a fixture is valid or throws at
// once. Instants are written the way `Date#toISOString` writes them: a store must hand them
// back byte for byte, which the contract's deep equality checks. Ids are uuids so that an
// adapter may store them in `uuid` columns.

/** The instant fixtures start from: Monday 5 January 2026, 10:00 UTC. */
export const fixtureEpoch = "2026-01-05T10:00:00.000Z"

/** An instant `minutes` after the fixture epoch, as `toISOString()` writes it. */
export function minutesAfterEpoch(minutes: number): string {
  return new Date(Date.parse(fixtureEpoch) + minutes * 60_000).toISOString()
}

const HOUR = 60
const DAY = 24 * HOUR
const shortId = () => randomUUID().slice(0, 8)

/** A valid tenant with a unique key. */
export function makeTenant(overrides: Partial<Tenant> = {}): Tenant {
  const suffix = shortId()
  return Tenant.parse({ id: randomUUID(), key: `tenant-${suffix}`, name: `Support ${suffix}`, settings: {}, ...overrides })
}

/** A valid user of the tenant with a unique email; a customer unless told otherwise. */
export function makeUser(tenantId: string, overrides: Partial<User> = {}): User {
  const suffix = shortId()
  return User.parse({
    id: randomUUID(),
    tenantId,
    email: `user-${suffix}@example.test`,
    name: `User ${suffix}`,
    kind: "customer",
    createdAt: fixtureEpoch,
    ...overrides,
  })
}

/** A valid ticket in status `new` of the default workflow, version 1; references must be real when the store checks them. */
export function makeTicket(fields: Partial<Ticket> & Pick<Ticket, "tenantId" | "requesterId" | "number">): Ticket {
  const createdAt = fields.createdAt ?? fixtureEpoch
  return Ticket.parse({
    id: randomUUID(),
    subject: "Printer out of toner",
    description: "The printer on the second floor is out of toner.",
    status: "new",
    statusCategory: "new",
    typeKey: null,
    priorityKey: null,
    departmentKey: null,
    catalog: {},
    organisationId: null,
    contact: { name: "Pat Example", email: null, phone: null },
    desiredDueDate: null,
    dueAt: null,
    assigneeId: null,
    reopenCount: 0,
    resolution: null,
    previousStatus: null,
    statusVersion: 1,
    descriptionLocked: false,
    createdAt,
    updatedAt: createdAt,
    statusChangedAt: createdAt,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    sla: {
      policyKey: null,
      calendarKey: null,
      state: "none",
      firstResponseTarget: null,
      resolutionTarget: null,
      firstResponseDueAt: null,
      resolutionDueAt: null,
      firstResponseRemainingMs: null,
      resolutionRemainingMs: null,
      firstResponseBreachedAt: null,
      resolutionBreachedAt: null,
    },
    workflowKey: "default",
    workflowVersion: 1,
    version: 1,
    ...fields,
  })
}

/** A valid public system message of the ticket, written at its `updatedAt`. */
export function makeMessage(ticket: Ticket, overrides: Partial<Message> = {}): Message {
  return Message.parse({
    id: randomUUID(),
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    authorId: null,
    visibility: "public",
    body: "Thanks, we are looking into it.",
    attachmentIds: [],
    isDescription: false,
    event: null,
    createdAt: ticket.updatedAt,
    editedAt: null,
    ...overrides,
  })
}

/** A valid public system event produced by the ticket's current version. */
export function makeEvent(ticket: Ticket, overrides: Partial<TicketEvent> = {}): TicketEvent {
  const changes = overrides.changes ?? {}
  const parsed = TicketEvent.parse({
    id: randomUUID(),
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    version: ticket.version,
    seq: 0,
    type: "FieldsChanged",
    actorId: null,
    at: ticket.updatedAt,
    visibility: "public",
    payload: {},
    ...overrides,
    changes,
  })
  // The schema types `changes` loosely; the fields came from a ticket.
  return { ...parsed, changes: parsed.changes as Partial<Ticket> }
}

/** A status timer of the ticket firing `AUTO_CLOSE` a week after the epoch. */
export function makeTimer(ticket: Ticket, overrides: Partial<Timer> = {}): Timer {
  return {
    id: randomUUID(),
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    kind: "status",
    event: "AUTO_CLOSE",
    dueAt: minutesAfterEpoch(7 * DAY),
    ticketVersion: ticket.statusVersion,
    ...overrides,
  }
}

/** A valid uploaded attachment not yet linked to a message. */
export function makeAttachment(tenantId: string, uploadedBy: string, overrides: Partial<Attachment> = {}): Attachment {
  const id = overrides.id ?? randomUUID()
  return Attachment.parse({
    id,
    tenantId,
    ticketId: null,
    messageId: null,
    filename: "screenshot.png",
    contentType: "image/png",
    size: 48_213,
    sha256: createHash("sha256").update(id).digest("hex"),
    uploadedBy,
    createdAt: fixtureEpoch,
    ...overrides,
  })
}

/** A change creating the ticket: one `TicketCreated` event carrying the whole row, nothing else unless given. */
export function creationOf(ticket: Ticket, extra: Partial<Omit<TicketChange, "ticket" | "tenantId">> = {}): TicketChange {
  return {
    tenantId: ticket.tenantId,
    ticket,
    expectedVersion: null,
    events: [
      makeEvent(ticket, { type: "TicketCreated", actorId: ticket.requesterId, at: ticket.createdAt, changes: structuredClone(ticket) }),
    ],
    newMessages: [],
    editedMessages: [],
    linkedAttachments: [],
    cancelTimers: [],
    addTimers: [],
    ...extra,
  }
}

/** A change moving the ticket to its next version with these fields: one `FieldsChanged` event, nothing else unless given. */
export function updateOf(
  before: Ticket,
  changes: Partial<Ticket>,
  extra: Partial<Omit<TicketChange, "ticket" | "tenantId">> = {},
): TicketChange {
  const ticket: Ticket = { ...before, ...changes, version: before.version + 1 }
  return {
    tenantId: ticket.tenantId,
    ticket,
    expectedVersion: before.version,
    events: [makeEvent(ticket, { changes: { ...changes, version: ticket.version } })],
    newMessages: [],
    editedMessages: [],
    linkedAttachments: [],
    cancelTimers: [],
    addTimers: [],
    ...extra,
  }
}

/** Two realistic entities of every configuration kind for a tenant, their references consistent. */
export function sampleConfig(tenantId: string): { readonly [K in ConfigKind]: readonly [ConfigEntities[K], ConfigEntities[K]] } {
  return {
    organisation: [
      Organisation.parse({ id: randomUUID(), tenantId, key: "acme", name: "Acme", labels: { ru: "Акме" } }),
      Organisation.parse({ id: randomUUID(), tenantId, key: "globex", name: "Globex" }),
    ],
    department: [
      Department.parse({ key: "technical-support", name: "Technical support", labels: { fr: "Support technique" }, email: "tech@support.test" }),
      Department.parse({ key: "billing", name: "Billing", workflowKey: "default" }),
    ],
    ticketType: [
      TicketType.parse({ key: "bug", name: "Bug", labels: { es: "Error", ru: "Ошибка" } }),
      TicketType.parse({ key: "incentive", name: "Incentive", visibility: "requester_only", workflowKey: "default" }),
    ],
    priority: [
      Priority.parse({ key: "urgent", name: "Urgent", rank: 40, color: "#f5222d", labels: { it: "Urgente" } }),
      Priority.parse({ key: "low", name: "Low", rank: 10 }),
    ],
    catalogItem: [
      CatalogItem.parse({ key: "crm", kind: "application", name: "CRM" }),
      CatalogItem.parse({ key: "crm-invoices", kind: "module", name: "Invoices", parentKey: "crm", organisationIds: [randomUUID()], active: false }),
    ],
    calendar: [
      Calendar.parse({
        key: "business-hours",
        name: "Business hours",
        timeZone: "Europe/Moscow",
        hours: [1, 2, 3, 4, 5].map((day) => ({ day, from: "10:00", to: "19:00" })),
        holidays: ["2026-01-01", "2026-01-07"],
      }),
      Calendar.parse({ key: "always", name: "Around the clock", timeZone: "UTC", hours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, from: "00:00", to: "24:00" })) }),
    ],
    slaPolicy: [
      SlaPolicy.parse({ key: "urgent-sla", name: "Urgent SLA", priorityKey: "urgent", calendarKey: "business-hours", firstResponse: "PT1H", resolution: "PT8H" }),
      SlaPolicy.parse({ key: "low-bugs", name: "Low bugs", priorityKey: "low", typeKey: "bug", departmentKey: "technical-support", resolution: "P5D" }),
    ],
  }
}

/** A tenant with the default workflow, a customer and an agent: enough for a ticket's references. */
export async function seedTenant(store: TicketStore): Promise<{ readonly tenant: Tenant; readonly customer: User; readonly agent: User }> {
  const tenant = makeTenant()
  await store.putTenant(tenant)
  await store.putWorkflow(tenant.id, defaultWorkflow)
  const customer = makeUser(tenant.id, { name: "Casey Customer" })
  const agent = makeUser(tenant.id, { name: "Andy Agent", kind: "agent" })
  await store.putUser(customer)
  await store.putUser(agent)
  return { tenant, customer, agent }
}

/** Draws the tenant's next number and commits a new ticket with it; returns the ticket as stored. */
export async function commitNewTicket(
  store: TicketStore,
  fields: Partial<Ticket> & Pick<Ticket, "tenantId" | "requesterId">,
  extra: Partial<Omit<TicketChange, "ticket" | "tenantId">> = {},
): Promise<Ticket> {
  const ticket = makeTicket({ number: await store.nextTicketNumber(fields.tenantId), ...fields })
  await store.commit(creationOf(ticket, extra))
  return ticket
}

/** Commits `updateOf(before, changes, extra)`; returns the ticket as stored. */
export async function commitTicketUpdate(
  store: TicketStore,
  before: Ticket,
  changes: Partial<Ticket>,
  extra: Partial<Omit<TicketChange, "ticket" | "tenantId">> = {},
): Promise<Ticket> {
  const change = updateOf(before, changes, extra)
  await store.commit(change)
  return change.ticket
}

/** The tickets of the list world, by what they are about. */
export const worldTicketNames = ["printer", "invoice", "login", "bonus", "export", "password", "incentive"] as const
/** A ticket of the list world. */
export type WorldTicketName = (typeof worldTicketNames)[number]

/** The people of the list world. */
export interface WorldUsers {
  /** Agent of `technical-support`. */
  readonly agentTech: User
  /** Agent of `billing`. */
  readonly agentBilling: User
  /** Acme's support admin. */
  readonly alice: User
  /** Acme member. */
  readonly bob: User
  /** Globex member. */
  readonly carol: User
  /** A customer of no organisation. */
  readonly dave: User
}

/** The seeded scenario the list, search, visibility, sort and count tests read. */
export interface TicketWorld {
  readonly tenant: Tenant
  readonly users: WorldUsers
  readonly organisations: { readonly acme: Organisation; readonly globex: Organisation }
  /** The tickets as stored now, numbered 1–7 in the order of `worldTicketNames`. */
  readonly tickets: Readonly<Record<WorldTicketName, Ticket>>
  /** The messages search reads: a public reply of `invoice`, an internal note and a public reply of `login`. */
  readonly messages: { readonly accounting: Message; readonly zeppelinNote: Message; readonly rollbackReply: Message }
  /** A second tenant whose one ticket (#1) contains every word the tests search for. */
  readonly otherTenant: Tenant
  readonly otherTicket: Ticket
  /** The world name of a ticket (`"other"` for the other tenant's), for readable assertions. */
  nameOf(ticket: Ticket): string
}

/**
 * Seeds the list world. Tenant A has seven tickets chosen so every filter, visibility kind and sort
 * has hits, misses, ties and nulls:
 *
 * | name      | status / category           | type            | priority | department        | assignee     | requester (org)  | created | updated | due  | workflow   |
 * |-----------|-----------------------------|-----------------|----------|-------------------|--------------|------------------|---------|---------|------|------------|
 * | printer   | new / new                   | question        | normal   | —                 | —            | bob (acme)       | d0      | d0      | —    | default v1 |
 * | invoice   | in_queue / open             | billing         | high     | billing           | —            | alice (acme)     | d1      | d5      | d15  | default v1 |
 * | login     | in_progress / open          | bug             | urgent   | technical-support | agentTech    | carol (globex)   | d2      | d3      | d5   | default v2 |
 * | bonus     | needs_clarification/pending | incentive       | low      | billing           | agentBilling | bob (acme)       | d3      | d4      | —    | default v1 |
 * | export    | closed / closed             | feature-request | —        | technical-support | —            | dave (—)         | d4      | d6      | d10  | custom v1  |
 * | password  | in_queue / open             | —               | normal   | technical-support | agentBilling | alice (acme)     | d5      | d5      | d15  | default v1 |
 * | incentive | new / new                   | incentive       | high     | —                 | —            | alice (acme)     | d5      | d7      | —    | default v1 |
 *
 * Priority ranks: low 10, normal 20, high 30, urgent 40 (alphabetical order differs from rank
 * order). Searchable words, each in one place only: `printer` (subject), `monday`
 * (description of login), `quarterly` (bonus), `accounting` (public reply on invoice, added by
 * an update), `zeppelin` (internal note on login), `rollback` (public reply on login). No text
 * holds a digit, so a numeric `q` can only match a ticket number.
 */
export async function seedTicketWorld(store: TicketStore): Promise<TicketWorld> {
  const tenant = makeTenant({ name: "World Support" })
  await store.putTenant(tenant)
  await store.putWorkflow(tenant.id, defaultWorkflow)
  await store.putWorkflow(tenant.id, { ...defaultWorkflow, version: 2, name: "Default support workflow, second edition" })
  await store.putWorkflow(tenant.id, { ...defaultWorkflow, key: "custom", name: "Custom workflow" })

  const acme = Organisation.parse({ id: randomUUID(), tenantId: tenant.id, key: "acme", name: "Acme" })
  const globex = Organisation.parse({ id: randomUUID(), tenantId: tenant.id, key: "globex", name: "Globex" })
  await store.putConfig(tenant.id, "organisation", acme)
  await store.putConfig(tenant.id, "organisation", globex)

  const users: WorldUsers = {
    agentTech: makeUser(tenant.id, { name: "Tess Tech", kind: "agent" }),
    agentBilling: makeUser(tenant.id, { name: "Bill Billing", kind: "agent" }),
    alice: makeUser(tenant.id, { name: "Alice Acme", organisationId: acme.id, orgRole: "support_admin" }),
    bob: makeUser(tenant.id, { name: "Bob Acme", organisationId: acme.id, orgRole: "member" }),
    carol: makeUser(tenant.id, { name: "Carol Globex", organisationId: globex.id, orgRole: "member" }),
    dave: makeUser(tenant.id, { name: "Dave Solo" }),
  }
  for (const user of Object.values(users)) await store.putUser(user)

  await store.putConfig(tenant.id, "department", Department.parse({ key: "technical-support", name: "Technical support", memberIds: [users.agentTech.id] }))
  await store.putConfig(tenant.id, "department", Department.parse({ key: "billing", name: "Billing", memberIds: [users.agentBilling.id] }))
  for (const key of ["question", "billing", "bug", "feature-request"]) {
    await store.putConfig(tenant.id, "ticketType", TicketType.parse({ key, name: key }))
  }
  await store.putConfig(tenant.id, "ticketType", TicketType.parse({ key: "incentive", name: "Incentive", visibility: "requester_only" }))
  for (const [key, rank] of [["low", 10], ["normal", 20], ["high", 30], ["urgent", 40]] as const) {
    await store.putConfig(tenant.id, "priority", Priority.parse({ key, name: key, rank }))
  }

  const day = (n: number) => minutesAfterEpoch(n * DAY)
  const base = { tenantId: tenant.id }
  const printer = await commitNewTicket(store, {
    ...base,
    subject: "Printer jammed on the third floor",
    description: "The office printer shows a paper jam",
    typeKey: "question",
    priorityKey: "normal",
    requesterId: users.bob.id,
    organisationId: acme.id,
    createdAt: day(0),
    updatedAt: day(0),
    statusChangedAt: day(0),
  })
  const invoiceCreated = await commitNewTicket(store, {
    ...base,
    subject: "Invoice total is wrong",
    description: "Our january invoice bills every seat twice",
    status: "in_queue",
    statusCategory: "open",
    typeKey: "billing",
    priorityKey: "high",
    departmentKey: "billing",
    requesterId: users.alice.id,
    organisationId: acme.id,
    dueAt: day(15),
    createdAt: day(1),
    updatedAt: day(1),
    statusChangedAt: day(1),
  })
  const loginCreated = await commitNewTicket(store, {
    ...base,
    subject: "Login page times out",
    description: "Customers cannot sign in since monday",
    status: "in_progress",
    statusCategory: "open",
    typeKey: "bug",
    priorityKey: "urgent",
    departmentKey: "technical-support",
    assigneeId: users.agentTech.id,
    requesterId: users.carol.id,
    organisationId: globex.id,
    dueAt: day(5),
    createdAt: day(2),
    updatedAt: day(2),
    statusChangedAt: day(2),
    workflowVersion: 2,
  })
  const bonus = await commitNewTicket(store, {
    ...base,
    subject: "Quarterly bonus payout",
    description: "When is the quarterly bonus paid",
    status: "needs_clarification",
    statusCategory: "pending",
    typeKey: "incentive",
    priorityKey: "low",
    departmentKey: "billing",
    assigneeId: users.agentBilling.id,
    requesterId: users.bob.id,
    organisationId: acme.id,
    createdAt: day(3),
    updatedAt: day(4),
    statusChangedAt: day(4),
  })
  const exportTicket = await commitNewTicket(store, {
    ...base,
    subject: "Spreadsheet export wanted",
    description: "Please add an export to spreadsheets",
    status: "closed",
    statusCategory: "closed",
    typeKey: "feature-request",
    departmentKey: "technical-support",
    requesterId: users.dave.id,
    dueAt: day(10),
    createdAt: day(4),
    updatedAt: day(6),
    statusChangedAt: day(6),
    resolution: "done",
    closedAt: day(6),
    resolvedAt: day(6),
    workflowKey: "custom",
  })
  const password = await commitNewTicket(store, {
    ...base,
    subject: "Password reset mail never arrives",
    description: "The reset link mail is not delivered",
    status: "in_queue",
    statusCategory: "open",
    priorityKey: "normal",
    departmentKey: "technical-support",
    assigneeId: users.agentBilling.id,
    requesterId: users.alice.id,
    organisationId: acme.id,
    dueAt: day(15),
    createdAt: day(5),
    updatedAt: day(5),
    statusChangedAt: day(5),
  })
  const incentive = await commitNewTicket(store, {
    ...base,
    subject: "Referral incentive for partners",
    description: "Alice asks about the partner referral scheme",
    typeKey: "incentive",
    priorityKey: "high",
    requesterId: users.alice.id,
    organisationId: acme.id,
    createdAt: day(5),
    updatedAt: day(7),
    statusChangedAt: day(5),
  })

  // Messages arrive in later commits, as they do through the engine.
  const accounting = makeMessage(invoiceCreated, {
    authorId: users.alice.id,
    body: "I attached the figures from our accounting team",
    createdAt: day(5),
  })
  const invoice = await commitTicketUpdate(store, invoiceCreated, { updatedAt: day(5) }, { newMessages: [accounting] })
  const zeppelinNote = makeMessage(loginCreated, {
    authorId: users.agentTech.id,
    visibility: "internal",
    body: "Root cause is the zeppelin cache",
    createdAt: day(3),
  })
  const rollbackReply = makeMessage(loginCreated, {
    authorId: users.agentTech.id,
    body: "We deployed a rollback",
    createdAt: day(3),
  })
  const login = await commitTicketUpdate(store, loginCreated, { updatedAt: day(3) }, { newMessages: [zeppelinNote, rollbackReply] })

  const other = await seedTenant(store)
  const otherTicket = await commitNewTicket(store, {
    tenantId: other.tenant.id,
    requesterId: other.customer.id,
    subject: "Printer invoice login portal",
    description: "accounting zeppelin monday quarterly rollback bookkeeping scanner",
  })

  const tickets: Record<WorldTicketName, Ticket> = { printer, invoice, login, bonus, export: exportTicket, password, incentive }
  const names = new Map<string, string>(Object.entries(tickets).map(([name, ticket]) => [ticket.id, name]))
  names.set(otherTicket.id, "other")
  return {
    tenant,
    users,
    organisations: { acme, globex },
    tickets,
    messages: { accounting, zeppelinNote, rollbackReply },
    otherTenant: other.tenant,
    otherTicket,
    nameOf: (ticket) => names.get(ticket.id) ?? `unknown ${ticket.id}`,
  }
}
