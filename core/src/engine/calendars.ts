import { Effect } from "effect"
import type { Calendar } from "../domain/calendar.ts"
import type { Tenant } from "../domain/tenant.ts"
import type { Ticket } from "../domain/ticket.ts"
import { readStore } from "./services.ts"

/** The calendar a new SLA policy or a business-time timer uses: the named one, else the tenant's default, else 24/7. */
export const calendarFor = Effect.fnUntraced(function* (tenant: Tenant, calendarKey: string | null) {
  const key = calendarKey ?? tenant.settings.defaultCalendarKey ?? null
  return key === null ? null : yield* calendarByKey(tenant.id, key)
})

/** The calendar a running SLA clock was started on (null: 24/7). */
export const slaCalendar = Effect.fnUntraced(function* (tenantId: string, sla: Ticket["sla"]) {
  return sla.state === "none" || sla.calendarKey === null ? null : yield* calendarByKey(tenantId, sla.calendarKey)
})

const calendarByKey = Effect.fnUntraced(function* (tenantId: string, key: string) {
  const calendar: Calendar | null = yield* readStore((s) => s.getConfig(tenantId, "calendar", key))
  return calendar
})
