import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { calendarDateToStored } from "@cln/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import { validateProducerOwnsProductStep } from "../../producer-product/steps/validate-producer-owns-product"
import { CertificateEvents } from "../events"
import { createOcopCertificatesStep } from "../steps/create-ocop-certificates"
import { validateEvidenceUrlStep } from "../steps/validate-evidence-url"
import { validateOcopDecisionUniqueStep } from "../steps/validate-ocop-decision-unique"
import { validateOcopSubmissionStep, type OcopSubmission } from "../steps/validate-ocop-submission"

export type SubmitOcopCertificateInput = OcopSubmission & { producer_id: string }

/**
 * A producer submits the OCOP decision for one of its products, with a photo or scan of
 * it as evidence. Stars and validity are derived here; an officer verifies it before any
 * badge shows.
 */
export const submitOcopCertificateWorkflow = createWorkflow("submit-ocop-certificate", (input: SubmitOcopCertificateInput) => {
  validateProducerOwnsProductStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, product_id: input.product_id })))
  const derived = validateOcopSubmissionStep(input)
  validateOcopDecisionUniqueStep(
    transform({ input, derived }, ({ input, derived }) => ({
      product_id: input.product_id,
      issuing_body: derived.issuing_body,
      decision_number: input.decision_number,
    }))
  )
  validateEvidenceUrlStep(transform({ input }, ({ input }) => ({ evidence_url: input.evidence_url })))
  const created = createOcopCertificatesStep(
    transform({ input, derived }, ({ input, derived }) => [
      {
        product_group: input.product_group,
        score: input.score,
        stars: derived.stars,
        certificate_number: input.certificate_number?.trim() || null,
        decision_number: input.decision_number.trim(),
        decision_date: calendarDateToStored(input.decision_date),
        issuing_level: input.issuing_level,
        issuing_body: derived.issuing_body,
        valid_until: calendarDateToStored(derived.valid_until),
        evidence_url: input.evidence_url,
        status: "submitted" as const,
        submitted_at: new Date(),
      },
    ])
  )
  createRemoteLinkStep(
    transform({ input, created }, ({ input, created }) => [
      { [Modules.PRODUCT]: { product_id: input.product_id }, [OCOP_MODULE]: { ocop_certificate_id: created[0]!.id } },
    ])
  )
  emitEventStep({
    eventName: CertificateEvents.OCOP_SUBMITTED,
    data: transform({ created, input }, ({ created, input }) => ({ id: created[0]!.id, product_id: input.product_id })),
  })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]!))
})
