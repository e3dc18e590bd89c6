import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { keepStoreResponses } from "../response-cache"

/**
 * Store product routes may return each product's producer and craft village (module
 * links), which Medusa's allow-list of store fields leaves out. Only public fields are
 * allowed: a household producer's phone, email, tax code and address are personal data,
 * so `*producer` stays refused and clients name the fields they need.
 */
export const PUBLIC_PRODUCER_FIELDS = ["id", "handle", "name", "legal_kind", "logo_url"]
export const PUBLIC_VILLAGE_FIELDS = ["id", "handle", "name", "name_en", "commune", "province", "crafts", "image_url"]
/**
 * A product's OCOP badge holds only public facts of its current certificate, so all of it
 * may be asked for (`+ocop_badge.*`). A mark claimed by the product is shown by these
 * fields; its area, map and properties are for the mark's own page (/store/marks/:handle).
 */
export const PUBLIC_GEO_MARK_FIELDS = ["id", "handle", "kind", "name", "name_en", "certificate_number"]
const STORE_PRODUCT_LINK_FIELDS = [
  ...PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`),
  ...PUBLIC_VILLAGE_FIELDS.map((f) => `producer.craft_village.${f}`),
  "ocop_badge",
  ...PUBLIC_GEO_MARK_FIELDS.map((f) => `geo_marks.${f}`),
]

/** `geo_marks.*` (or `*geo_marks`) stands for the public mark fields, written out. */
function expandGeoMarkStar(fields: string): string {
  return fields
    .split(",")
    .flatMap((field) => (/^[+ ]?\s*(?:\*geo_marks|geo_marks\.\*)\s*$/.test(field) ? PUBLIC_GEO_MARK_FIELDS.map((f) => `+geo_marks.${f}`) : [field]))
    .join(",")
}

function allowProducerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed ??= []
  req.allowed.push(...STORE_PRODUCT_LINK_FIELDS)
  if (typeof req.query.fields === "string" && req.query.fields.includes("geo_marks")) {
    req.query.fields = expandGeoMarkStar(req.query.fields)
  }
  next()
}

export const storeProductRoutes: MiddlewareRoute[] = [
  // A wildcard matcher sorts before Medusa's own static "/store/products" route
  // middlewares, so the fields are allowed before the query is validated.
  // Catalogue answers kept a few seconds for visitors without a session (../response-cache);
  // here, so that a kept answer skips Medusa's own middlewares too (its sales channel filter
  // reads the id of every product in the channel).
  { matcher: "/store/products*", methods: ["GET"], middlewares: [allowProducerFields, keepStoreResponses()] },
]
