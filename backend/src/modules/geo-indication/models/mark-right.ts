import { model } from "@medusajs/framework/utils"
import { GeoMark } from "./geo-mark"

/**
 * A producer's right to use a mark, granted by its managing body. `expires_at` is null
 * for rights without an end (most GI rights); the daily job marks rights past their end
 * `expired` and removes the claims that rested on them.
 */
export const MarkRight = model
  .define("mark_right", {
    id: model.id({ prefix: "mright" }).primaryKey(),
    granted_at: model.dateTime(),
    expires_at: model.dateTime().nullable(),
    status: model.enum(["current", "revoked", "expired"]).default("current"),
    revoked_reason: model.text().nullable(),
    // Expiry reminders (60/30/7 days) already sent for a right with an end date.
    reminders_sent: model.json().default([] as any),
    geo_mark: model.belongsTo(() => GeoMark, { mappedBy: "rights" }),
  })
  .indexes([{ on: ["status", "expires_at"] }])
