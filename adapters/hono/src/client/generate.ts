import openapiTS, { astToString } from "openapi-typescript"
import { createEngine, createMemoryAttachmentStore, createMemoryAuthStore, createMemoryStore } from "@ticketflow/core"
import { createTicketflowApi } from "../app.ts"

/** Where the generated client types live: `generated/openapi.ts`, exported as `@ticketflow/hono/client`. */
export const schemaFile = new URL("../../generated/openapi.ts", import.meta.url)

/** The API's OpenAPI document, as `/openapi.json` serves it (it depends on no data). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const api = createTicketflowApi({
    engine: createEngine({ store: createMemoryStore() }),
    tenantId: "any",
    auth: { store: createMemoryAuthStore() },
    attachments: createMemoryAttachmentStore(),
  })
  return (await (await api.request("/openapi.json")).json()) as Record<string, unknown>
}

/**
 * The named types the client entry adds to `paths` and `components`: alias, component, what it
 * is. Core's views keep their names (`TicketView` is the `Ticket` component).
 */
export const clientAliases: ReadonlyArray<readonly [alias: string, component: string, doc: string]> = [
  ["TicketView", "Ticket", "A ticket as the API lists it (core's `TicketView`)."],
  ["TicketDetailView", "TicketDetail", "One ticket with the `PATCH` fields the actor may change now (core's `TicketDetailView`)."],
  ["TicketPageView", "TicketPage", "One page of tickets."],
  ["TicketCountsView", "TicketCounts", "Ticket counts by status and category."],
  ["MessageView", "Message", "A message with its sanitised HTML and its files (core's `MessageView`)."],
  ["PostedMessageView", "PostedMessage", "A posted message and the ticket after it."],
  ["AttachmentView", "Attachment", "An uploaded file's metadata (core's `AttachmentView`)."],
  ["EventView", "TicketEvent", "One entry of a ticket's history (core's `EventView`); also the data of a live `ticket-event`."],
  ["AllowedEventView", "AllowedEvent", "An event the actor may fire now (core's `AllowedEventView`)."],
  ["UserView", "User", "A user (core's `UserView`)."],
  ["MeView", "Me", "The acting user, their departments and their tenant (core's `MeView`)."],
  ["LoginResultView", "LoginResult", "A session from `POST /v1/auth/login`."],
  ["WorkflowView", "Workflow", "A workflow definition (core's `WorkflowView`)."],
  ["WorkflowValidationView", "WorkflowValidation", "What the workflow validator says."],
  ["MigrationResultView", "MigrationResult", "What a workflow migration did or would do."],
  ["WorkflowProblemView", "WorkflowProblem", "One reason the validator refuses a workflow."],
  ["DepartmentView", "Department", "A department."],
  ["TicketTypeView", "TicketType", "A ticket type."],
  ["PriorityView", "Priority", "A priority."],
  ["CatalogItemView", "CatalogItem", "A catalog item."],
  ["CalendarView", "Calendar", "A calendar."],
  ["SlaPolicyView", "SlaPolicy", "An SLA policy."],
  ["OrganisationView", "Organization", "An organisation (core's `OrganisationView`)."],
  ["Problem", "Problem", "An RFC 9457 problem: every error response."],
  ["CreateTicketBody", "CreateTicket", "The body of `POST /v1/tickets`."],
  ["UpdateTicketBody", "UpdateTicket", "The body of `PATCH /v1/tickets/{id}`."],
  ["PostMessageBody", "PostMessage", "The body of `POST /v1/tickets/{id}/messages`."],
  ["FireEventBody", "FireEvent", "The body of `POST /v1/tickets/{id}/transitions`."],
  ["UserInputBody", "UserInput", "The body of `POST /v1/users`."],
]

/** The entry's own doc comment and its named aliases, checked against the document's components. */
function aliasBlock(document: Record<string, unknown>): string {
  const schemas = ((document.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {}) as Record<string, unknown>
  const missing = clientAliases.filter(([, component]) => !(component in schemas)).map(([, component]) => component)
  if (missing.length > 0) throw new Error(`The OpenAPI document has no component ${missing.join(", ")}: update clientAliases`)
  const aliases = clientAliases.map(([alias, component, doc]) => `/** ${doc} */\nexport type ${alias} = components["schemas"]["${component}"]\n`)
  return [
    "\n// Named aliases of the components, for code that holds API responses (the console, host apps).",
    ...aliases,
    '/** A field of `PATCH /v1/tickets/{id}`, as `TicketDetailView.editableFields` names it. */\nexport type TicketEditField = TicketDetailView["editableFields"][number]\n',
    '/** A ticket\'s SLA: targets, due instants, breaches, business time left while paused. */\nexport type TicketSlaView = TicketView["sla"]\n',
    '/** The settings of the actor\'s tenant. */\nexport type TenantSettingsView = MeView["tenant"]["settings"]\n',
    '/** The limits on the files of one message. */\nexport type AttachmentPolicyView = NonNullable<TenantSettingsView["attachmentPolicy"]>\n',
  ].join("\n")
}

/**
 * The client entry: TypeScript types of the API for `openapi-fetch`, generated with
 * `openapi-typescript`, and named aliases of its components.
 */
export async function clientTypes(): Promise<string> {
  const document = await openApiDocument()
  const ast = await openapiTS(JSON.stringify(document))
  const header = [
    "// Generated from the API's OpenAPI document (`/openapi.json`) by `npm run generate:client -w @ticketflow/hono`; do not edit.",
    "/* eslint-disable */",
    "/**",
    " * @module",
    " * `@ticketflow/hono/client`: the types of ticketflow's REST API, types only (no runtime code):",
    " * `paths` and `components` for `openapi-fetch` (`createClient<paths>({ baseUrl })`; bring your",
    " * own: this package does not depend on a client library), and named aliases of the views the",
    " * API answers with (`TicketView`, `MessageView`, `AllowedEventView`, `Problem`…).",
    " */",
    "",
  ].join("\n")
  return `${header}${astToString(ast)}${aliasBlock(document)}`
}
