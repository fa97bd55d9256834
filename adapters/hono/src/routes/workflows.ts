import { createRoute, z } from "@hono/zod-openapi"
import { declarations, toWorkflowView } from "@ticketflow/core"
import { requireActor } from "../auth/authenticate.ts"
import type { ApiDeps } from "../options.ts"
import { problemResponsesOf } from "../problem.ts"
import { KeyParam } from "../schemas/common.ts"
import { MigrationBody, MigrationResultSchema, PublishWorkflowBody, ValidateWorkflowBody, WorkflowSchema, WorkflowValidationSchema, WorkflowVersionQuery } from "../schemas/workflow.ts"
import { jsonBody, jsonResponse, type ApiApp } from "./shared.ts"

const tags = ["Workflows"]

const listWorkflows = createRoute({
  method: "get", path: "/v1/workflows", operationId: "listWorkflows", tags,
  summary: declarations.listWorkflows.summary,
  description: "The requester side reads each as `GET /v1/workflows/{key}` shows it: statuses and the transitions it may fire, no triggers or timers.",
  responses: { 200: jsonResponse(z.array(WorkflowSchema), "The workflows."), ...problemResponsesOf(declarations.listWorkflows) },
})
const validate = createRoute({
  method: "post", path: "/v1/workflows/validate", operationId: "validateWorkflow", tags,
  summary: declarations.checkWorkflow.summary, description: "A definition with problems is a 200 whose verdict lists them; only a body that is no definition at all is 422.",
  request: { body: jsonBody(ValidateWorkflowBody, "The candidate definition.") },
  responses: { 200: jsonResponse(WorkflowValidationSchema, "The verdict."), ...problemResponsesOf(declarations.checkWorkflow, { body: true }) },
})
const getWorkflow = createRoute({
  method: "get", path: "/v1/workflows/{key}", operationId: "getWorkflow", tags,
  summary: declarations.getWorkflow.summary, description: "The latest version by default. The requester side reads its statuses and the transitions it may fire, without triggers or timers.",
  request: { params: KeyParam, query: WorkflowVersionQuery },
  responses: { 200: jsonResponse(WorkflowSchema, "The workflow."), ...problemResponsesOf(declarations.getWorkflow, { input: true }) },
})
const publish = createRoute({
  method: "post", path: "/v1/workflows/{key}/versions", operationId: "publishWorkflow", tags,
  summary: declarations.publishWorkflow.summary, description: "Tickets keep their version until migrated. A version published at the same time is 409.",
  request: { params: KeyParam, body: jsonBody(PublishWorkflowBody, "The definition.") },
  responses: { 201: jsonResponse(WorkflowSchema, "The published version."), ...problemResponsesOf(declarations.publishWorkflow, { body: true, input: true }) },
})
const migrate = createRoute({
  method: "post", path: "/v1/workflows/{key}/migrations", operationId: "migrateTickets", tags,
  summary: declarations.migrateTickets.summary, description: "`dryRun` previews which tickets move where.",
  request: { params: KeyParam, body: jsonBody(MigrationBody, "The migration.") },
  responses: { 200: jsonResponse(MigrationResultSchema, "What moved, or would move."), ...problemResponsesOf(declarations.migrateTickets, { body: true, input: true }) },
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
