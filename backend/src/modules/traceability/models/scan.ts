import { model } from "@medusajs/framework/utils"
import { TraceCode } from "./trace-code"

/** One resolution of a label. No IP address is kept: only a salted daily fingerprint. */
export const Scan = model
  .define("scan", {
    id: model.id({ prefix: "scan" }).primaryKey(),
    scanned_at: model.dateTime(),
    country: model.text().nullable(),
    region: model.text().nullable(),
    city: model.text().nullable(),
    place: model.json().nullable(),
    fingerprint: model.text().nullable(),
    verdict: model.text(),
    trace_code: model.belongsTo(() => TraceCode, { mappedBy: "scans" }),
  })
  // scanned_at alone: the program dashboard counts a year's scans per month (docs/benchmarks.md, issue #7).
  .indexes([{ on: ["trace_code_id", "scanned_at"] }, { on: ["scanned_at"] }])
