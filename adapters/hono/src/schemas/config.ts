import { z } from "@hono/zod-openapi"
import { named } from "./named.ts"
import { Calendar, CatalogItem, configViews, Department, Organisation, Priority, SlaPolicy, TicketType, type ConfigKind } from "@ticketflow/core"

/** One configuration resource of the API: its path, engine kind and schemas. */
export interface ConfigResource {
  /** The path segment under `/v1`. */
  readonly path: string
  readonly kind: ConfigKind
  /** The component name of the entity (its schema is core's view of the kind, `configViews`). */
  readonly name: string
  /** A human name for descriptions. */
  readonly label: string
  /** The body of POST (create), with the key. */
  readonly input: z.ZodObject
  readonly example: Record<string, unknown>
}

const organisationInput = Organisation.omit({ id: true, tenantId: true })

/** The configuration resources: `/v1/departments`, `/v1/ticket-types`… (admins write, the team reads). */
export const configResources: ReadonlyArray<ConfigResource> = [
  {
    path: "departments",
    kind: "department",
    name: "Department",
    label: "department",
    input: Department,
    example: { key: "technical-support", name: "Technical support", labels: { ru: "Техподдержка" }, memberIds: [], workflowKey: null, email: null },
  },
  {
    path: "ticket-types",
    kind: "ticketType",
    name: "TicketType",
    label: "ticket type",
    input: TicketType,
    example: { key: "incentive", name: "Incentive", labels: {}, visibility: "requester_only", workflowKey: null },
  },
  {
    path: "priorities",
    kind: "priority",
    name: "Priority",
    label: "priority",
    input: Priority,
    example: { key: "urgent", name: "Urgent", labels: {}, rank: 40, color: "#f5222d" },
  },
  {
    path: "catalog-items",
    kind: "catalogItem",
    name: "CatalogItem",
    label: "catalog item",
    input: CatalogItem,
    example: { key: "crm-invoices", name: "Invoices", labels: {}, kind: "module", parentKey: "crm", organisationIds: null, active: true },
  },
  {
    path: "calendars",
    kind: "calendar",
    name: "Calendar",
    label: "calendar",
    input: Calendar,
    example: { key: "business-hours", name: "Business hours", labels: {}, timeZone: "Europe/Moscow", hours: [{ day: 1, from: "10:00", to: "19:00" }], holidays: ["2026-01-01"] },
  },
  {
    path: "sla-policies",
    kind: "slaPolicy",
    name: "SlaPolicy",
    label: "SLA policy",
    input: SlaPolicy,
    example: { key: "high-sla", name: "High", labels: {}, priorityKey: "high", typeKey: null, departmentKey: null, organisationId: null, calendarKey: "business-hours", firstResponse: "PT4H", resolution: "PT27H" },
  },
  {
    path: "organizations",
    kind: "organisation",
    name: "Organization",
    label: "organisation",
    input: organisationInput,
    example: { key: "acme", name: "Acme", labels: {} },
  },
]

/** Every field optional and without its default: a patch changes only the fields it names. */
function patchOf(schema: z.ZodObject) {
  const fields = Object.entries(schema.shape).map(([name, field]) => {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)
    return [name, bare.optional()] as const
  })
  return z.object(Object.fromEntries(fields))
}

/** The component schemas of a configuration resource: entity, create, replace and patch bodies. */
export function configSchemas(resource: ConfigResource) {
  const example = resource.example
  const withoutKey = resource.input.omit({ key: true })
  return {
    entity: named(configViews[resource.kind] as z.ZodObject, resource.name, { description: `A ${resource.label}.`, example: resource.kind === "organisation" ? { id: "3b3b3b3b-0000-4000-8000-000000000010", ...example } : example }),
    create: named(resource.input, `${resource.name}Create`, { description: `A new ${resource.label}.`, example }),
    replace: withoutKey.openapi(`${resource.name}Replace`, { description: `A ${resource.label} replaced whole (the key is in the path).` }),
    patch: patchOf(withoutKey).openapi(`${resource.name}Patch`, { description: `Fields of a ${resource.label} to change.` }),
  }
}
