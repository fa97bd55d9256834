import openapiTS, { astToString } from "openapi-typescript"
import { createEngine, createMemoryAttachmentStore, createMemoryAuthStore, createMemoryStore } from "@ticketflow/core"
import { createTicketflowApi } from "../app.ts"

/** Where the generated client types live, beside this file. */
export const schemaFile = new URL("./schema.ts", import.meta.url)

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

/** TypeScript types of the API for `openapi-fetch`, generated with `openapi-typescript`. */
export async function clientTypes(): Promise<string> {
  // A field with a default is optional where the document says so (request bodies): not made required.
  const ast = await openapiTS(JSON.stringify(await openApiDocument()), { defaultNonNullable: false })
  const header = "// Generated from the API's OpenAPI document by `npm run generate:client -w @ticketflow/hono`; do not edit.\n"
  return `${header}/* eslint-disable */\n${astToString(ast)}`
}
