import { model } from "@medusajs/framework/utils"
import { DisplayPoint } from "./display-point"

/** One scan of a display point's poster, for the officers' scans-over-time chart. */
export const DisplayPointScan = model
  .define("display_point_scan", {
    id: model.id({ prefix: "dpscan" }).primaryKey(),
    scanned_at: model.dateTime(),
    locale: model.text().nullable(),
    display_point: model.belongsTo(() => DisplayPoint, { mappedBy: "scans" }),
  })
  .indexes([{ on: ["display_point_id", "scanned_at"] }])
