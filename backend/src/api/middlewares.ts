import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

/**
 * Store product routes may return each product's producer and craft village (module
 * links), which Medusa's allow-list of store fields does not include by default.
 */
const STORE_PRODUCT_LINK_FIELDS = ["producer", "producer.craft_village"]

function allowProducerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed ??= []
  req.allowed.push(...STORE_PRODUCT_LINK_FIELDS)
  next()
}

export default defineMiddlewares({
  routes: [
    // A wildcard matcher sorts before Medusa's own static "/store/products" route
    // middlewares, so the fields are allowed before the query is validated.
    { matcher: "/store/products*", method: ["GET"], middlewares: [allowProducerFields] },
  ],
})
