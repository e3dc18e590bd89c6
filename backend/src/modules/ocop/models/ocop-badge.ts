import { model } from "@medusajs/framework/utils"

/**
 * The public facts of a product's current OCOP rating, one per product, copied from the
 * verified, unexpired certificate. Only the certificate workflows write it (verify
 * replaces it, expire and revoke delete it), so a storefront or trace page reading it
 * never shows a rating that has lapsed or been withdrawn.
 */
export const OcopBadge = model.define("ocop_badge", {
  id: model.id({ prefix: "ocopb" }).primaryKey(),
  certificate_id: model.text().unique(),
  stars: model.number(),
  score: model.float(),
  product_group: model.text(),
  certificate_number: model.text().nullable(),
  decision_number: model.text(),
  decision_date: model.dateTime(),
  issuing_level: model.text(),
  issuing_body: model.text(),
  valid_until: model.dateTime(),
}).indexes([{ on: ["stars"] }])
