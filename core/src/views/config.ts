import type * as z from "zod"
import { Calendar } from "../domain/calendar.ts"
import { CatalogItem } from "../domain/catalog-item.ts"
import { Department } from "../domain/department.ts"
import { Organisation } from "../domain/organisation.ts"
import { Priority } from "../domain/priority.ts"
import { SlaPolicy } from "../domain/sla-policy.ts"
import { TicketType } from "../domain/ticket-type.ts"
import type { ConfigEntities, ConfigKind } from "../ports/ticket-store.ts"

/** A department as the API shows it. */
export const DepartmentView = Department
/** A department as the API shows it. */
export type DepartmentView = z.infer<typeof DepartmentView>
/** A ticket type as the API shows it. */
export const TicketTypeView = TicketType
/** A ticket type as the API shows it. */
export type TicketTypeView = z.infer<typeof TicketTypeView>
/** A priority as the API shows it. */
export const PriorityView = Priority
/** A priority as the API shows it. */
export type PriorityView = z.infer<typeof PriorityView>
/** A catalog item as the API shows it. */
export const CatalogItemView = CatalogItem
/** A catalog item as the API shows it. */
export type CatalogItemView = z.infer<typeof CatalogItemView>
/** A calendar as the API shows it. */
export const CalendarView = Calendar
/** A calendar as the API shows it. */
export type CalendarView = z.infer<typeof CalendarView>
/** An SLA policy as the API shows it. */
export const SlaPolicyView = SlaPolicy
/** An SLA policy as the API shows it. */
export type SlaPolicyView = z.infer<typeof SlaPolicyView>
/** An organisation as the API shows it: without `tenantId`. */
export const OrganisationView = Organisation.omit({ tenantId: true })
/** An organisation as the API shows it. */
export type OrganisationView = z.infer<typeof OrganisationView>

/** The view schema of each configuration kind. */
export const configViews = {
  department: DepartmentView,
  ticketType: TicketTypeView,
  priority: PriorityView,
  catalogItem: CatalogItemView,
  calendar: CalendarView,
  slaPolicy: SlaPolicyView,
  organisation: OrganisationView,
} as const

/** The view of one configuration kind. */
export type ConfigView<K extends ConfigKind> = z.infer<(typeof configViews)[K]>

/** A configuration entity as the API shows it: organisations lose `tenantId`, the others are shown whole. */
export function toConfigView<K extends ConfigKind>(kind: K, entity: ConfigEntities[K]): ConfigView<K> {
  if (kind === "organisation") {
    const { tenantId: _tenant, ...view } = entity as ConfigEntities["organisation"]
    return view as ConfigView<K>
  }
  return structuredClone(entity) as ConfigView<K>
}
