import { workflowPathSuite } from "../testing/workflow-paths.ts"
import { defaultWorkflow } from "./default-workflow.ts"

workflowPathSuite([defaultWorkflow])
