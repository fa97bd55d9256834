import * as z from "zod"
import { Calendar } from "../../domain/calendar.ts"
import { CatalogItem } from "../../domain/catalog-item.ts"
import { Department } from "../../domain/department.ts"
import { Organisation } from "../../domain/organisation.ts"
import { Priority } from "../../domain/priority.ts"
import { SlaPolicy } from "../../domain/sla-policy.ts"
import { TicketType } from "../../domain/ticket-type.ts"
import type { ConfigKind } from "../../ports/ticket-store.ts"

/** The schema of each configuration kind. */
export const configSchemas = {
  department: Department,
  ticketType: TicketType,
  priority: Priority,
  catalogItem: CatalogItem,
  organisation: Organisation.omit({ id: true, tenantId: true }).extend({ id: Organisation.shape.id.optional() }),
  calendar: Calendar,
  slaPolicy: SlaPolicy,
} as const

/** Every field optional and without its default: a patch changes only the fields it names. */
function patchOf<S extends z.ZodObject>(schema: S) {
  const fields = Object.entries(schema.shape).map(([name, field]) => {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)
    return [name, bare.optional()] as const
  })
  return z.object(Object.fromEntries(fields))
}

/** The patch schema of each configuration kind (`patchConfig`): the fields of its entity but the key, each optional, no defaults. */
export const configPatchSchemas = {
  department: patchOf(Department.omit({ key: true })),
  ticketType: patchOf(TicketType.omit({ key: true })),
  priority: patchOf(Priority.omit({ key: true })),
  catalogItem: patchOf(CatalogItem.omit({ key: true })),
  organisation: patchOf(configSchemas.organisation.omit({ key: true })),
  calendar: patchOf(Calendar.omit({ key: true })),
  slaPolicy: patchOf(SlaPolicy.omit({ key: true })),
} as const

/** What `patchConfig` takes for a kind: the fields to change. */
export type ConfigPatch<K extends ConfigKind> = z.input<(typeof configPatchSchemas)[K]>

/** What `putConfig` takes for a kind: the entity as written, defaults applied by the engine. */
export type ConfigInput<K extends ConfigKind> = z.input<(typeof configSchemas)[K]>
