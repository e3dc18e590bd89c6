import { model } from "@medusajs/framework/utils"

/**
 * A fair or trade event the province organises or joins. Participating producers are
 * linked through a module link to the Producer module.
 */
export const TradeFair = model.define("trade_fair", {
  id: model.id({ prefix: "fair" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  name_en: model.text().nullable(),
  starts_on: model.dateTime(),
  ends_on: model.dateTime(),
  place: model.text(),
  province: model.text(),
  description: model.text().nullable(),
  description_en: model.text().nullable(),
})
