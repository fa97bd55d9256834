import { createRoute, z } from "@hono/zod-openapi"
import { toWorkflowView } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponses } from "../problem.ts"
import { KeyParam } from "../schemas/common.ts"
import { MigrationBody, MigrationResultSchema, PublishWorkflowBody, ValidateWorkflowBody, WorkflowSchema, WorkflowValidationSchema, WorkflowVersionQuery } from "../schemas/workflow.ts"
import { jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

const tags = ["Workflows"]

const listWorkflows = createRoute({
  method: "get", path: "/v1/workflows", operationId: "listWorkflows", tags,
  summary: "List workflows",
  description: "The latest version of every workflow. The requester side reads each as `GET /v1/workflows/{key}` shows it: statuses and the transitions it may fire, no triggers or timers.",
  responses: { 200: jsonResponse(z.array(WorkflowSchema), "The workflows."), ...problemResponses(401) },
})
const validate = createRoute({
  method: "post", path: "/v1/workflows/validate", operationId: "validateWorkflow", tags,
  summary: "Validate a workflow", description: "Runs the validator without publishing: every problem with its path (the team only).",
  request: { body: jsonBody(ValidateWorkflowBody, "The candidate definition.") },
  responses: { 200: jsonResponse(WorkflowValidationSchema, "The verdict."), ...problemResponses(400, 401, 403, 413) },
})
const getWorkflow = createRoute({
  method: "get", path: "/v1/workflows/{key}", operationId: "getWorkflow", tags,
  summary: "Get a workflow", description: "A version of a workflow, the latest by default. The requester side reads its statuses and the transitions it may fire, without triggers or timers.",
  request: { params: KeyParam, query: WorkflowVersionQuery },
  responses: { 200: jsonResponse(WorkflowSchema, "The workflow."), ...problemResponses(400, 401, 404) },
})
const publish = createRoute({
  method: "post", path: "/v1/workflows/{key}/versions", operationId: "publishWorkflow", tags,
  summary: "Publish a workflow version", description: "Validates and stores the definition as the next version of the key (admins only). Tickets keep their version until migrated.",
  request: { params: KeyParam, body: jsonBody(PublishWorkflowBody, "The definition.") },
  responses: { 201: jsonResponse(WorkflowSchema, "The published version."), ...problemResponses(400, 401, 403, 409, 413, 422) },
})
const migrate = createRoute({
  method: "post", path: "/v1/workflows/{key}/migrations", operationId: "migrateTickets", tags,
  summary: "Migrate tickets between versions", description: "Moves the tickets of one version to another with a status mapping; `dryRun` previews which tickets move where (admins only).",
  request: { params: KeyParam, body: jsonBody(MigrationBody, "The migration.") },
  responses: { 200: jsonResponse(MigrationResultSchema, "What moved, or would move."), ...problemResponses(400, 401, 403, 404, 409, 413, 422) },
})

/** `/v1/workflows`: read, validate, publish, migrate. */
export function workflowRoutes(app: ApiApp, deps: ApiDeps): void {
  const { engine } = deps

  app.openapi(listWorkflows, async (c) => c.json((await engine.listWorkflows(requireActor(c))).map(toWorkflowView), 200))

  app.openapi(validate, async (c) => {
    const verdict = await engine.checkWorkflow(requireActor(c), c.req.valid("json"))
    return c.json(verdict.ok ? { ok: true, problems: [], definition: toWorkflowView(verdict.definition) } : { ok: false, problems: verdict.problems.map((p) => ({ ...p, path: [...p.path] })) }, 200)
  })

  app.openapi(getWorkflow, async (c) => {
    const actor = requireActor(c)
    return c.json(toWorkflowView(await engine.getWorkflow(actor, c.req.valid("param").key, c.req.valid("query").version)), 200)
  })

  app.openapi(publish, async (c) => {
    const actor = requireActor(c)
    const definition = await engine.publishWorkflow(actor, { ...c.req.valid("json"), key: c.req.valid("param").key })
    return c.json(toWorkflowView(definition), 201)
  })

  app.openapi(migrate, async (c) => {
    const actor = requireActor(c)
    const result = await engine.migrateTickets(actor, { ...c.req.valid("json"), key: c.req.valid("param").key })
    return c.json({ moves: [...result.moves], applied: result.applied }, 200)
  })
}
