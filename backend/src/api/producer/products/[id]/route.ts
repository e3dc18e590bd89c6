import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProducerProductWorkflow } from "../../../../workflows/producer-product/workflows/delete-producer-product"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-product/workflows/update-producer-product"
import type { ProducerRequest } from "../../guard"
import { retrieveProducerProduct } from "../helpers"
import type { ProducerUpdateProductType } from "../validators"

/** GET /producer/products/:id: one of the producer's own products. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const product = await retrieveProducerProduct(req.scope, req.producer.id, req.params.id!, req.queryConfig.fields)
  res.json({ product })
}

/** POST /producer/products/:id: edit texts, craft, photos, and variants' prices, stock, SKU and GTIN. */
export const POST = async (req: ProducerRequest<ProducerUpdateProductType>, res: MedusaResponse) => {
  await updateProducerProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id!, update: req.validatedBody },
  })
  const product = await retrieveProducerProduct(req.scope, req.producer.id, req.params.id!, req.queryConfig?.fields)
  res.json({ product })
}

/** DELETE /producer/products/:id */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  await deleteProducerProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product_id: req.params.id! },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
