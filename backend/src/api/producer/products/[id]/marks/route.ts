import type { MedusaResponse } from "@medusajs/framework/http"
import { claimProductMarkWorkflow } from "../../../../../workflows/certificates/workflows/claim-product-mark"
import type { ProducerClaimMarkType } from "../../../certificates/validators"
import type { ProducerRequest } from "../../../guard"
import { productMarks } from "./product-marks"

/** POST /producer/products/:id/marks { mark_id }: the product claims a mark the producer holds a right to. */
export const POST = async (req: ProducerRequest<ProducerClaimMarkType>, res: MedusaResponse) => {
  const productId = req.params.id!
  await claimProductMarkWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: productId, geo_mark_id: req.validatedBody.mark_id },
  })
  res.json({ product_id: productId, marks: await productMarks(req, productId) })
}
