import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { collectProgramDigestStep, type ProgramDigestInput } from "../steps/collect-program-digest"

export const PROGRAM_DIGEST_TEMPLATE = "program-digest"

/**
 * The program digest in the admin's notification feed (the bell), where every trade
 * officer sees it. Each run is one notification, so the feed is also the record of runs.
 */
export const sendProgramDigestWorkflow = createWorkflow("send-program-digest", (input: ProgramDigestInput) => {
  const digest = collectProgramDigestStep(input)
  sendNotificationsStep(
    transform({ digest }, ({ digest }) => [
      {
        to: "",
        channel: "feed",
        template: PROGRAM_DIGEST_TEMPLATE,
        resource_type: "program",
        data: { ...digest },
      },
    ])
  )
  return new WorkflowResponse(digest)
})
