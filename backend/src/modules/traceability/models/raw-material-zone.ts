import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

/**
 * Where a lot's raw material comes from: a tea hill, a bamboo forest, a mulberry field.
 * Certifications (VietGAP, organic, …) are what make a zone worth showing a consumer.
 */
export const RawMaterialZone = model.define("raw_material_zone", {
  id: model.id({ prefix: "rmz" }).primaryKey(),
  name: model.text(),
  area_ha: model.float().nullable(),
  certifications: model.array().default([]),
  commune: model.text().nullable(),
  province: model.text().nullable(),
  lots: model.hasMany(() => Lot, { mappedBy: "zone" }),
})
