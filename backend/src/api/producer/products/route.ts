import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerProductWorkflow } from "../../../workflows/producer-product/workflows/create-producer-product"
import { listOwnedProductIds } from "../../../workflows/producer-product/utils/owned-products"
import type { ProducerRequest } from "../guard"
import { presentProducerProducts, retrieveProducerProduct } from "./helpers"
import type { ProducerCreateProductType, ProducerListProductsType } from "./validators"

/** GET /producer/products: the signed-in producer's products, newest first. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, q, status } = req.validatedQuery as ProducerListProductsType
  const ids = await listOwnedProductIds(query, req.producer.id)
  if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { id: ids, ...(q ? { q } : {}), ...(status ? { status } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } },
  })
  res.json({
    products: await presentProducerProducts(req.scope, data as any[]),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}

/** POST /producer/products: list a new product (a draft unless `status: "published"`). */
export const POST = async (req: ProducerRequest<ProducerCreateProductType>, res: MedusaResponse) => {
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, product: req.validatedBody },
  })
  const product = await retrieveProducerProduct(req.scope, req.producer.id, result.id, req.queryConfig?.fields)
  res.status(201).json({ product })
}
