import { z } from "@hono/zod-openapi"
import { MigrateTicketsInput, WorkflowDefinition, WorkflowView, defaultWorkflow } from "@ticketflow/core"
import { named, requestBody } from "./named.ts"

/** A workflow definition: core's `WorkflowView`. */
export const WorkflowSchema = named(WorkflowView, "Workflow", {
  description: "A lifecycle as data: statuses, transitions, triggers and timers.",
  example: defaultWorkflow,
})

/** The body of `POST /v1/workflows/{key}/versions`. */
export const PublishWorkflowBody = WorkflowDefinition.omit({ version: true })
  .extend({ version: z.number().int().positive().optional().openapi({ description: "Ignored: the next version is assigned." }) })
  .openapi("WorkflowDraft", { description: "A workflow to validate and publish as the next version of its key." })

/** The body of `POST /v1/workflows/validate`: any JSON, reported on rather than refused. */
export const ValidateWorkflowBody = z
  .record(z.string(), z.unknown())
  .openapi("WorkflowCandidate", { description: "A workflow definition to check; shape errors are reported as problems too." })

/** One reason a workflow is refused. */
export const WorkflowProblemSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    path: z.array(z.union([z.string(), z.number()])),
    status: z.string().optional(),
    event: z.string().optional(),
  })
  .openapi("WorkflowProblem", { description: "One reason a workflow is refused.", example: { code: "unreachable_status", message: "Status qa_review is unreachable", path: ["statuses", 3], status: "qa_review" } })

/** What the validator says. */
export const WorkflowValidationSchema = z
  .object({ ok: z.boolean(), problems: z.array(WorkflowProblemSchema), definition: WorkflowSchema.optional() })
  .openapi("WorkflowValidation", { description: "Whether the definition passes the validator, and why not." })

/** The body of `POST /v1/workflows/{key}/migrations`. */
export const MigrationBody = named(requestBody(MigrateTicketsInput.omit({ key: true })), "Migration", {
  description: "Moves tickets from one workflow version to another: `toVersion` is the latest when absent; `mapping` takes old status → new status (a status in both versions maps to itself); `dryRun` only tells which tickets would move where.",
  example: { fromVersion: 1, toVersion: 2, mapping: { qa_review: "in_progress" }, dryRun: true },
})

/** What a migration did or would do. */
export const MigrationResultSchema = z
  .object({
    moves: z.array(z.object({ ticketId: z.string(), number: z.number().int(), from: z.string(), to: z.string() })),
    applied: z.boolean(),
  })
  .openapi("MigrationResult", { description: "The tickets that move, from which status to which." })

/** The version query of `GET /v1/workflows/{key}`. */
export const WorkflowVersionQuery = z.object({
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, "a positive whole number")
    .transform(Number)
    .optional()
    .openapi({ type: "integer", description: "A version; the latest when absent." }),
})
