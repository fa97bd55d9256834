// docs/api.md's typed client: a host program that reads API answers through the types of
// @ticketflow/hono/client (type-checked by the host's strict tsc; no client library needed).
import type { AllowedEventView, Problem, TicketDetailView } from "@ticketflow/hono/client"

/** One ticket and what the signed-in user may do with it now, as the API answers. */
export async function ticketActions(base: string, token: string, id: string): Promise<{ editable: string[]; events: string[] }> {
  const headers = { authorization: `Bearer ${token}` }
  const response = await fetch(`${base}/v1/tickets/${id}`, { headers })
  if (!response.ok) throw new Error(((await response.json()) as Problem).detail)
  const ticket = (await response.json()) as TicketDetailView
  const allowed = (await (await fetch(`${base}/v1/tickets/${id}/transitions`, { headers })).json()) as AllowedEventView[]
  return { editable: ticket.editableFields, events: allowed.map((a) => a.event) }
}
