import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"
import { Scan } from "./scan"

/**
 * A public code printed in a QR label. `product` codes belong to a variant (through the
 * variant link), `lot` and `unit` codes to a lot. A unit code is also the serial (GS1 AI 21)
 * in a Digital Link. The scan aggregate is kept here so that a resolution reads one row.
 */
export const TraceCode = model
  .define("trace_code", {
    id: model.id({ prefix: "tcode" }).primaryKey(),
    code: model.text().unique(),
    kind: model.enum(["product", "lot", "unit"]),
    scan_count: model.number().default(0),
    first_scanned_at: model.dateTime().nullable(),
    first_scan_place: model.json().nullable(),
    last_scanned_at: model.dateTime().nullable(),
    lot: model.belongsTo(() => Lot, { mappedBy: "codes" }).nullable(),
    scans: model.hasMany(() => Scan, { mappedBy: "trace_code" }),
  })
  .cascades({ delete: ["scans"] })
