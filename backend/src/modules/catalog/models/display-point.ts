import { DISPLAY_POINT_KIND_KEYS } from "@cln/domain"
import { model } from "@medusajs/framework/utils"
import { DisplayPointScan } from "./display-point-scan"
import { FeaturedCatalog } from "./featured-catalog"

/**
 * A place that shows craft products to passers-by: a market stall, shop, mall, highway
 * rest stop or tourist site. Its A4 poster's QR code opens the catalog it shows, with
 * the point's name, and each scan is counted.
 */
export const DisplayPoint = model
  .define("display_point", {
    id: model.id({ prefix: "dpt" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    name_en: model.text().nullable(),
    kind: model.enum([...DISPLAY_POINT_KIND_KEYS]),
    address: model.text(),
    commune: model.text(),
    province: model.text(),
    lat: model.float().nullable(),
    lng: model.float().nullable(),
    active: model.boolean().default(true),
    catalog: model.belongsTo(() => FeaturedCatalog, { mappedBy: "display_points" }).nullable(),
    scans: model.hasMany(() => DisplayPointScan, { mappedBy: "display_point" }),
  })
  .cascades({ delete: ["scans"] })
