import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import type { CalendarDate } from "@cln/domain"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import { validateProducerOwnsProductStep } from "../../producer-product/steps/validate-producer-owns-product"
import { CertificateEvents } from "../events"
import { validateMarkClaimStep } from "../steps/validate-mark-claim"

export type ProductMarkInput = { producer_id: string; product_id: string; geo_mark_id: string; today?: CalendarDate | null }

const claimLink = (input: ProductMarkInput) => [
  { [Modules.PRODUCT]: { product_id: input.product_id }, [GEO_INDICATION_MODULE]: { geo_mark_id: input.geo_mark_id } },
]

/** A producer marks one of its products with a mark it holds a right to (and, for a GI, makes inside the area). Claiming twice changes nothing. */
export const claimProductMarkWorkflow = createWorkflow("claim-product-mark", (input: ProductMarkInput) => {
  validateProducerOwnsProductStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, product_id: input.product_id })))
  const claim = validateMarkClaimStep(input)
  when({ claim }, ({ claim }) => !claim.already_claimed).then(() => {
    createRemoteLinkStep(transform({ input }, ({ input }) => claimLink(input)))
    emitEventStep({
      eventName: CertificateEvents.PRODUCT_MARK_CLAIMED,
      data: transform({ input }, ({ input }) => ({ product_id: input.product_id, geo_mark_id: input.geo_mark_id })),
    })
  })
  return new WorkflowResponse(claim)
})

/** A producer takes a mark off one of its products. Unclaiming a mark the product does not claim changes nothing. */
export const unclaimProductMarkWorkflow = createWorkflow("unclaim-product-mark", (input: Omit<ProductMarkInput, "today">) => {
  validateProducerOwnsProductStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, product_id: input.product_id })))
  dismissRemoteLinkStep(transform({ input }, ({ input }) => claimLink(input)))
  emitEventStep({
    eventName: CertificateEvents.PRODUCT_MARK_UNCLAIMED,
    data: transform({ input }, ({ input }) => ({ product_id: input.product_id, geo_mark_id: input.geo_mark_id })),
  })
  return new WorkflowResponse(undefined)
})
