import type { AccessControlProvider, CanParams, CanReturnType } from "@refinedev/core"
import type { TicketDetailView, TicketEditField } from "@ticketflow/hono/client"
import { configResourcePaths } from "./resources.ts"
import type { ConsoleRole } from "./session.ts"

const adminResources: ReadonlySet<string> = new Set([...configResourcePaths, "users", "workflows", "configuration"])

/** Which menu entries each role has; the pages behind them share the tickets resource. */
const menus: Readonly<Record<string, ReadonlyArray<ConsoleRole>>> = {
  "my-requests": ["customer", "customer_admin"],
  "organization-requests": ["customer_admin"],
  queue: ["agent", "admin"],
  "my-tickets": ["agent", "admin"],
}

const allow: CanReturnType = { can: true }
const deny = (reason: string): CanReturnType => ({ can: false, reason })

/**
 * Whether the actor may change a field of a ticket now, as the API answered for them
 * (`editableFields` of `GET /v1/tickets/{id}`, computed by the engine's edit rules): the
 * console never re-derives those rules.
 */
export function mayEditField(ticket: Pick<TicketDetailView, "editableFields">, field: TicketEditField): boolean {
  return ticket.editableFields.includes(field)
}

/**
 * Decides what a role may do in the console. The API decides for real; this only hides what
 * would be refused:
 * - menus: customers see "My requests" (and support admins "Organisation requests"), the
 *   team the queues, admins the configuration;
 * - `transitions` / `fire`: only events in `params.allowed` (the API's allowed events);
 * - `messages` / `internal`: internal notes for the team only;
 * - `tickets` / `edit` with `params.ticket` (a `TicketDetailView`): what the API's
 *   `editableFields` allows, for `params.field` or for any field; `assign` and triage for
 *   the team.
 */
export function can(role: ConsoleRole | null, { resource, action, params }: CanParams): CanReturnType {
  if (role === null) return deny("Sign in first")
  const team = role === "agent" || role === "admin"
  if (resource !== undefined && resource in menus) {
    return (menus[resource] ?? []).includes(role) ? allow : deny("Not for this role")
  }
  if (resource !== undefined && adminResources.has(resource)) {
    // Agents read configuration through the API (forms, filters), but its pages are the admins'.
    return role === "admin" ? allow : deny("Configuration is for admins")
  }
  switch (resource) {
    case "tickets": {
      if (action === "delete") return deny("Tickets are closed, never deleted")
      if (action === "assign" || action === "triage") return team ? allow : deny("For the support team")
      if (action === "edit") {
        const ticket = params?.ticket as Pick<TicketDetailView, "editableFields"> | undefined
        if (ticket === undefined) return allow
        const field = params?.field as TicketEditField | undefined
        const may = field === undefined ? ticket.editableFields.length > 0 : mayEditField(ticket, field)
        return may ? allow : deny("Not editable now: add a reply instead")
      }
      return allow
    }
    case "transitions": {
      if (action !== "fire") return allow
      const allowed = (params?.allowed ?? []) as ReadonlyArray<string | { event: string }>
      const events = allowed.map((a) => (typeof a === "string" ? a : a.event))
      return typeof params?.event === "string" && events.includes(params.event) ? allow : deny("The workflow does not allow this now")
    }
    case "messages":
      if (action === "internal") return team ? allow : deny("Internal notes are for the support team")
      return allow
    case "attachments":
      return allow
    default:
      return team ? allow : deny("Not for this role")
  }
}

/** Refine's access-control provider: the role comes from the signed-in actor. */
export function createAccessControlProvider(currentRole: () => Promise<ConsoleRole | null>): AccessControlProvider {
  return {
    can: async (params) => can(await currentRole(), params),
    options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
  }
}
