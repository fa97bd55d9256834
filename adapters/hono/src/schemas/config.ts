import { z } from "@hono/zod-openapi"
import { named, requestBody } from "./named.ts"
import { configPatchSchemas, configSchemas as configInputs, configViews, type ConfigKind } from "@ticketflow/core"

/** One configuration resource of the API: its path, engine kind and schemas. */
export interface ConfigResource {
  /** The path segment under `/v1`. */
  readonly path: string
  readonly kind: ConfigKind
  /** The component name of the entity (its schema is core's view of the kind, `configViews`). */
  readonly name: string
  /** A human name for descriptions. */
  readonly label: string
  readonly example: Record<string, unknown>
}

/** The configuration resources: `/v1/departments`, `/v1/ticket-types`… (admins write, the team reads). */
export const configResources: ReadonlyArray<ConfigResource> = [
  {
    path: "departments",
    kind: "department",
    name: "Department",
    label: "department",
    example: { key: "technical-support", name: "Technical support", labels: { ru: "Техподдержка" }, memberIds: [], workflowKey: null, email: null },
  },
  {
    path: "ticket-types",
    kind: "ticketType",
    name: "TicketType",
    label: "ticket type",
    example: { key: "incentive", name: "Incentive", labels: {}, visibility: "requester_only", workflowKey: null },
  },
  {
    path: "priorities",
    kind: "priority",
    name: "Priority",
    label: "priority",
    example: { key: "urgent", name: "Urgent", labels: {}, rank: 40, color: "#f5222d" },
  },
  {
    path: "catalog-items",
    kind: "catalogItem",
    name: "CatalogItem",
    label: "catalog item",
    example: { key: "crm-invoices", name: "Invoices", labels: {}, kind: "module", parentKey: "crm", organisationIds: null, active: true },
  },
  {
    path: "calendars",
    kind: "calendar",
    name: "Calendar",
    label: "calendar",
    example: { key: "business-hours", name: "Business hours", labels: {}, timeZone: "Europe/Moscow", hours: [{ day: 1, from: "10:00", to: "19:00" }], holidays: ["2026-01-01"] },
  },
  {
    path: "sla-policies",
    kind: "slaPolicy",
    name: "SlaPolicy",
    label: "SLA policy",
    example: { key: "high-sla", name: "High", labels: {}, priorityKey: "high", typeKey: null, departmentKey: null, organisationId: null, calendarKey: "business-hours", firstResponse: "PT4H", resolution: "PT27H" },
  },
  {
    path: "organizations",
    kind: "organisation",
    name: "Organization",
    label: "organisation",
    example: { key: "acme", name: "Acme", labels: {} },
  },
]

/**
 * The component schemas of a configuration resource: the entity, and the create, replace and
 * patch bodies — the engine's `configSchemas` and `configPatchSchemas` of its kind.
 */
export function configSchemas(resource: ConfigResource) {
  const example = resource.example
  const input = configInputs[resource.kind] as z.ZodObject
  const withoutKey = input.omit({ key: true })
  return {
    entity: named(configViews[resource.kind] as z.ZodObject, resource.name, { description: `A ${resource.label}.`, example: resource.kind === "organisation" ? { id: "3b3b3b3b-0000-4000-8000-000000000010", ...example } : example }),
    create: named(requestBody(input), `${resource.name}Create`, { description: `A new ${resource.label}.`, example }),
    replace: named(requestBody(withoutKey), `${resource.name}Replace`, { description: `A ${resource.label} replaced whole (the key is in the path).` }),
    patch: named(configPatchSchemas[resource.kind] as z.ZodObject, `${resource.name}Patch`, { description: `Fields of a ${resource.label} to change.` }),
  }
}
