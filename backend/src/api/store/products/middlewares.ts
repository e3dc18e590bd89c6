import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Store product routes may return each product's producer and craft village (module
 * links), which Medusa's allow-list of store fields leaves out. Only public fields are
 * allowed: a household producer's phone, email, tax code and address are personal data,
 * so `*producer` stays refused and clients name the fields they need.
 */
export const PUBLIC_PRODUCER_FIELDS = ["id", "handle", "name", "legal_kind", "logo_url"]
export const PUBLIC_VILLAGE_FIELDS = ["id", "handle", "name", "name_en", "commune", "province", "crafts", "image_url"]
const STORE_PRODUCT_LINK_FIELDS = [
  ...PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`),
  ...PUBLIC_VILLAGE_FIELDS.map((f) => `producer.craft_village.${f}`),
]

function allowProducerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed ??= []
  req.allowed.push(...STORE_PRODUCT_LINK_FIELDS)
  next()
}

export const storeProductRoutes: MiddlewareRoute[] = [
  // A wildcard matcher sorts before Medusa's own static "/store/products" route
  // middlewares, so the fields are allowed before the query is validated.
  { matcher: "/store/products*", methods: ["GET"], middlewares: [allowProducerFields] },
]
