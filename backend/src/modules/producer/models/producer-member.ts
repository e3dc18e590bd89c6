import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who signs in to the producer panel for a producer (auth actor type
 * `producer`, email and password). The auth identity's app_metadata holds this id.
 */
export const ProducerMember = model.define("producer_member", {
  id: model.id({ prefix: "pmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  phone: model.text().nullable(),
  role: model.enum(["owner", "staff"]).default("owner"),
  producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
})
