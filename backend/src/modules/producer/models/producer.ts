import { model } from "@medusajs/framework/utils"
import { ProducerMember } from "./producer-member"

/**
 * A marketplace seller: a craft household, a cooperative or a small enterprise.
 * Applications start `pending`; a trade officer approves or rejects them with a reason.
 * Only approved producers sell; suspended producers' products leave the storefront.
 */
export const Producer = model
  .define("producer", {
    // Not "prod": that is the prefix of Medusa product ids.
    id: model.id({ prefix: "pdcr" }).primaryKey(),
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
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    // Why an officer rejected or suspended the producer; shown to the producer.
    status_reason: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    // Platform commission on this producer's sales, in percent (0 by default).
    commission_percent: model.float().default(0),
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
  })
  .cascades({ delete: ["members"] })
  .indexes([{ on: ["status"] }])
