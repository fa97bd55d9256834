import type * as z from "zod"
import { WorkflowDefinition } from "../workflow/definition.ts"

/** A published workflow as the API shows it: the definition as data (it holds no bookkeeping). */
export const WorkflowView = WorkflowDefinition
/** A published workflow as the API shows it. */
export type WorkflowView = z.infer<typeof WorkflowView>

/** A workflow as the API shows it: a copy of its definition. */
export function toWorkflowView(definition: WorkflowDefinition): WorkflowView {
  return structuredClone(definition)
}
