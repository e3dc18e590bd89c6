import { model } from "@medusajs/framework/utils"

/**
 * A marketplace seller: a craft household, a cooperative or a small enterprise.
 * Only approved producers sell; suspended producers' products leave the storefront.
 */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "prod" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    legal_kind: model.enum(["household", "cooperative", "enterprise"]),
    tax_code: model.text().nullable(),
    phone: model.text(),
    email: model.text(),
    address: model.text(),
    story: model.text().nullable(),
    story_en: model.text().nullable(),
    logo_url: model.text().nullable(),
    status: model.enum(["pending", "approved", "suspended"]).default("pending"),
  })
  .indexes([{ on: ["status"] }])
