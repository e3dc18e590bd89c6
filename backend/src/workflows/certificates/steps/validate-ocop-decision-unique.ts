import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * One decision rates a product once: submitting the same decision of the same issuer for
 * a product again (unless the earlier submission was rejected) is a duplicate.
 */
export const validateOcopDecisionUniqueStep = createStep(
  "validate-ocop-decision-unique",
  async (input: { product_id: string; issuing_body: string; decision_number: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["ocop_certificates.id", "ocop_certificates.status", "ocop_certificates.issuing_body", "ocop_certificates.decision_number"],
      filters: { id: input.product_id },
    })
    const same = ((data[0] as any)?.ocop_certificates ?? []).find(
      (c: any) =>
        c &&
        c.status !== "rejected" &&
        c.issuing_body.trim().toLowerCase() === input.issuing_body.trim().toLowerCase() &&
        c.decision_number.trim().toLowerCase() === input.decision_number.trim().toLowerCase()
    )
    if (same) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Quyết định số "${input.decision_number}" của ${input.issuing_body} đã được gửi cho sản phẩm này / Decision "${input.decision_number}" of ${input.issuing_body} was already submitted for this product.`
      )
    }
    return new StepResponse(undefined)
  }
)
