import * as z from "zod"
import { AttachmentPolicy } from "./attachment.ts"
import { Id, Key, Line } from "./common.ts"

/** Settings a tenant can change. */
export const TenantSettings = z.object({
  /** Let every agent see every ticket, not only their departments' and unrouted ones. */
  agentsSeeAllTickets: z.boolean().default(false),
  /** The workflow a ticket runs when neither its type nor its department binds one. */
  defaultWorkflowKey: Key.default("default"),
  /** The tenant's IANA time zone: date presets (today, this week) are computed in it. */
  timeZone: Line.max(64).default("UTC"),
  /** The calendar SLA clocks use when a policy names none. */
  defaultCalendarKey: Key.optional(),
  /**
   * Fields a new ticket must have: `type`, `priority`, `department`, `desiredDueDate`, or a
   * catalog kind as `catalog:<kind>` (seed 000 requires `catalog:service`).
   */
  requiredFields: z
    .array(z.union([z.enum(["type", "priority", "department", "desiredDueDate"]), z.string().regex(/^catalog:[a-z0-9][a-z0-9_-]*$/)]))
    .default([]),
  /** Attachment limits applied to every message; the defaults when absent. */
  attachmentPolicy: AttachmentPolicy.optional(),
})
/** Settings a tenant can change. */
export type TenantSettings = z.infer<typeof TenantSettings>

/** One support provider; every other entity belongs to one. */
export const Tenant = z.object({
  id: Id,
  key: Key,
  name: Line.min(1).max(200),
  settings: TenantSettings.prefault({}),
})
/** One support provider. */
export type Tenant = z.infer<typeof Tenant>
