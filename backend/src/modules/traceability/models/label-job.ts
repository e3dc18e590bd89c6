import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

/** A label sheet too big to render during a request; the panel polls its progress. */
export const LabelJob = model.define("label_job", {
  id: model.id({ prefix: "lbljob" }).primaryKey(),
  size: model.text(),
  include_serials: model.boolean().default(false),
  total: model.number(),
  done: model.number().default(0),
  status: model.enum(["queued", "running", "done", "failed"]).default("queued"),
  error: model.text().nullable(),
  file_key: model.text().nullable(),
  file_url: model.text().nullable(),
  requested_by: model.text().nullable(),
  lot: model.belongsTo(() => Lot, { mappedBy: "label_jobs" }),
})
