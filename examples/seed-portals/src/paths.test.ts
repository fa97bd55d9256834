import { workflowPathSuite } from "@ticketflow/core/testing"
import {
  icarosoftEsWorkflow,
  partnerCenterItWorkflow,
  siteSupportRuWorkflow,
  smeViWorkflow,
  supportClientFrWorkflow,
} from "./index.ts"

// Every status of each seed portal's workflow is reached by XState's shortest paths, and each path replays through the engine.
workflowPathSuite([smeViWorkflow, icarosoftEsWorkflow, partnerCenterItWorkflow, supportClientFrWorkflow, siteSupportRuWorkflow])
