import { MARK_KINDS } from "@cln/domain"
import { model } from "@medusajs/framework/utils"
import { MarkRight } from "./mark-right"

/**
 * A geographic indication or a collective/certification mark as registered by the
 * national IP Office. `area` lists the communes in today's units, each with the pre-2025
 * names it absorbed ({ commune, province, former_names }), because registrations were
 * written in the old names; `properties` are the product's distinctive measured traits
 * ({ name, name_en, value }). GIs have no end date; the managing body grants and revokes
 * producers' rights of use.
 */
export const GeoMark = model
  .define("geo_mark", {
    id: model.id({ prefix: "gmark" }).primaryKey(),
    handle: model.text().unique(),
    kind: model.enum([...MARK_KINDS]),
    name: model.text().searchable(),
    name_en: model.text().nullable(),
    // Null when the registration number is not confirmed yet.
    certificate_number: model.text().nullable(),
    decision_number: model.text().nullable(),
    decision_date: model.dateTime().nullable(),
    product_name: model.text(),
    managing_body: model.text(),
    description: model.text().nullable(),
    description_en: model.text().nullable(),
    properties: model.json().default([] as any),
    area: model.json().default([] as any),
    area_geojson: model.json().nullable(),
    image_url: model.text().nullable(),
    rights: model.hasMany(() => MarkRight, { mappedBy: "geo_mark" }),
  })
  .cascades({ delete: ["rights"] })
