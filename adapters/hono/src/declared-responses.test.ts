import { AttachmentRejected, declarations, Unauthenticated, VersionConflict, type OperationName } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { statusesOfError, toProblem } from "./problem.ts"
import { buildWorld } from "./testing/world.ts"

interface Operation {
  operationId?: string
  summary?: string
  parameters?: Array<{ in: string; name: string }>
  requestBody?: unknown
  security?: unknown[]
  responses: Record<string, unknown>
}

/** Routes whose operationId is not the name of the engine operation they run. */
const operationOf: Readonly<Record<string, OperationName>> = {
  listTicketEvents: "listEvents",
  listTransitions: "allowedEvents",
  fireTransition: "fireEvent",
  uploadAttachment: "recordUpload",
  downloadAttachment: "getAttachment",
  attachmentThumbnail: "getAttachment",
  validateWorkflow: "checkWorkflow",
  ...Object.fromEntries(
    ["Department", "TicketType", "Priority", "CatalogItem", "Calendar", "SlaPolicy", "Organization"].flatMap((name) => {
      const plural = `${name}s`.replace(/ys$/, "ies")
      return [
        [`list${plural}`, "listConfig"],
        [`create${name}`, "createConfig"],
        [`get${name}`, "getConfig"],
        [`replace${name}`, "putConfig"],
        [`update${name}`, "patchConfig"],
        [`delete${name}`, "deleteConfig"],
      ]
    }),
  ),
}

/** Routes of the document that run no one engine operation (the built-in login's own, the stream, /health). */
const notOperations = ["login", "logout", "setUserPassword", "streamEvents", "health"]

describe("each route's problem responses come from its operation's declaration", () => {
  it("documents every status each declared error can be answered with, StoreFailure's 503 and what the HTTP layer adds", async () => {
    const world = await buildWorld()
    const document = (await (await world.app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, Operation>> }
    const unmatched: string[] = []
    let checked = 0
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const id = operation.operationId ?? ""
        const name = operationOf[id] ?? (id in declarations ? (id as OperationName) : undefined)
        const documented = Object.keys(operation.responses).map(Number)
        const where = `${method.toUpperCase()} ${path} (${id})`
        const parameters = operation.parameters ?? []
        // What the HTTP layer answers by itself, for every route of /v1 alike.
        if (path.startsWith("/v1/")) {
          const expected = [
            503,
            ...(operation.security === undefined ? [401] : []),
            ...(operation.requestBody === undefined ? [] : [400, 413, 415, 422]),
            ...(parameters.some((p) => p.in === "path" || p.in === "query") ? [422] : []),
            ...(parameters.some((p) => p.in === "header") ? [400] : []),
          ]
          for (const status of expected) expect(documented, `${where} documents ${status}`).toContain(status)
        }
        if (name === undefined) {
          if (!notOperations.includes(id)) unmatched.push(where)
          continue
        }
        const declaration = declarations[name]
        const ifMatch = parameters.some((p) => p.in === "header" && p.name === "If-Match")
        for (const tag of [...declaration.errors, "StoreFailure" as const]) {
          for (const status of statusesOfError(tag)) {
            if (status === 412 && !ifMatch) continue
            expect(documented, `${where}: ${name} declares ${tag}, answered ${status}`).toContain(status)
          }
        }
        checked += 1
      }
    }
    expect(unmatched, "routes with neither a declaration nor a place in the mapping").toEqual([])
    expect(checked).toBeGreaterThan(50)
  })

  it("answers each engine error with a status the table lists for its tag", () => {
    expect(statusesOfError("VersionConflict")).toEqual([409, 412])
    expect(statusesOfError("AttachmentRejected")).toEqual([413, 415, 422])
    expect(statusesOfError("StoreFailure")).toEqual([503])
    const moved = new VersionConflict({ message: "moved", ticketId: "t", expected: 1, actual: 2 })
    expect(toProblem(moved).problem.status).toBe(409)
    expect(toProblem(moved, { preconditioned: true }).problem.status).toBe(412)
    for (const reason of ["too_large", "type_not_allowed", "too_many", "not_linkable"] as const) {
      const status = toProblem(new AttachmentRejected({ message: reason, reason })).problem.status
      expect(statusesOfError("AttachmentRejected")).toContain(status)
    }
    expect(toProblem(new Unauthenticated({ message: "who?" })).headers).toEqual({ "WWW-Authenticate": 'Bearer realm="ticketflow"' })
    expect(toProblem(new Unauthenticated({ message: "who?" }), { preconditioned: false, challenge: null }).headers).toEqual({})
  })
})
