import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordScansStep, type ScanInput } from "../steps/record-scans"

/** Writes a batch of label scans collected by the scan recorder. */
export const recordScansWorkflow = createWorkflow("record-scans", (scans: ScanInput[]) => {
  return new WorkflowResponse(recordScansStep(scans))
})
