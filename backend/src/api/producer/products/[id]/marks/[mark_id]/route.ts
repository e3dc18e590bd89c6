import type { MedusaResponse } from "@medusajs/framework/http"
import { unclaimProductMarkWorkflow } from "../../../../../../workflows/certificates/workflows/claim-product-mark"
import type { ProducerRequest } from "../../../../guard"
import { productMarks } from "../product-marks"

/** DELETE /producer/products/:id/marks/:mark_id: the product no longer claims the mark. */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const productId = req.params.id!
  await unclaimProductMarkWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: productId, geo_mark_id: req.params.mark_id! },
  })
  res.json({ product_id: productId, marks: await productMarks(req, productId) })
}
