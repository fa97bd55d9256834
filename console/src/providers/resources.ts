/** The configuration resources of the API: path under `/v1`, keyed by `key`. */
export const configResourcePaths = [
  "departments",
  "ticket-types",
  "priorities",
  "catalog-items",
  "calendars",
  "sla-policies",
  "organizations",
] as const
/** A configuration resource's name, which is also its path under `/v1`. */
export type ConfigResourceName = (typeof configResourcePaths)[number]

/** Whether a resource is a configuration list served whole and filtered in the browser. */
export function isConfigResource(resource: string): resource is ConfigResourceName {
  return (configResourcePaths as ReadonlyArray<string>).includes(resource)
}

/** Resources that live under one ticket: they need `meta.ticketId`. */
export const ticketChildResources = ["messages", "events", "transitions"] as const
/** A resource under one ticket. */
export type TicketChildResource = (typeof ticketChildResources)[number]
