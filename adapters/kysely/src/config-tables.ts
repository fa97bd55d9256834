import type { ConfigEntities, ConfigKind } from "@ticketflow/core"
import { rowSpec, type RowSpec } from "./columns.ts"

/** Where a configuration kind lives: its table and its columns besides `tenant_id`. */
export interface ConfigTable<K extends ConfigKind> {
  readonly table: string
  readonly row: RowSpec<ConfigEntities[K]>
}

const base = [
  ["key", "key", "text"],
  ["name", "name", "text"],
  ["labels", "labels", "jsonb"],
] as const

/** The table of every configuration kind. Department members live in `department_members`. */
export const configTables: { readonly [K in ConfigKind]: ConfigTable<K> } = {
  organisation: {
    table: "organisations",
    // `tenantId` comes from the row's `tenant_id`, written from the tenant the store is asked about.
    row: rowSpec<ConfigEntities["organisation"]>([...base, ["id", "id", "text"]]),
  },
  department: {
    table: "departments",
    row: rowSpec<ConfigEntities["department"]>([
      ...base,
      ["workflow_key", "workflowKey", "text"],
      ["email", "email", "text"],
    ]),
  },
  ticketType: {
    table: "ticket_types",
    row: rowSpec<ConfigEntities["ticketType"]>([
      ...base,
      ["visibility", "visibility", "text"],
      ["workflow_key", "workflowKey", "text"],
    ]),
  },
  priority: {
    table: "priorities",
    row: rowSpec<ConfigEntities["priority"]>([...base, ["rank", "rank", "integer"], ["color", "color", "text"]]),
  },
  catalogItem: {
    table: "catalog_items",
    row: rowSpec<ConfigEntities["catalogItem"]>([
      ...base,
      ["kind", "kind", "text"],
      ["parent_key", "parentKey", "text"],
      ["organisation_ids", "organisationIds", "jsonb"],
      ["active", "active", "boolean"],
    ]),
  },
  calendar: {
    table: "calendars",
    row: rowSpec<ConfigEntities["calendar"]>([
      ...base,
      ["time_zone", "timeZone", "text"],
      ["hours", "hours", "jsonb"],
      ["holidays", "holidays", "jsonb"],
    ]),
  },
  slaPolicy: {
    table: "sla_policies",
    row: rowSpec<ConfigEntities["slaPolicy"]>([
      ...base,
      ["priority_key", "priorityKey", "text"],
      ["type_key", "typeKey", "text"],
      ["department_key", "departmentKey", "text"],
      ["organisation_id", "organisationId", "text"],
      ["calendar_key", "calendarKey", "text"],
      ["first_response", "firstResponse", "text"],
      ["resolution", "resolution", "text"],
    ]),
  },
}
