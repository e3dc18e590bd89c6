import type { MedusaResponse } from "@medusajs/framework/http"
import { setProducerProductStatusWorkflow } from "../../../../../workflows/producer-product/workflows/set-producer-product-status"
import type { ProducerRequest } from "../../../guard"
import { retrieveProducerProduct } from "../../helpers"
import type { ProducerSetProductStatusType } from "../../validators"

/** POST /producer/products/:id/status: publish on the storefront, or back to draft. */
export const POST = async (req: ProducerRequest<ProducerSetProductStatusType>, res: MedusaResponse) => {
  await setProducerProductStatusWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id!, status: req.validatedBody.status },
  })
  const product = await retrieveProducerProduct(req.scope, req.producer.id, req.params.id!, req.queryConfig?.fields)
  res.json({ product })
}
