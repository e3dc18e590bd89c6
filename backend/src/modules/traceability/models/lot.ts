import { model } from "@medusajs/framework/utils"
import { LabelJob } from "./label-job"
import { RawMaterialZone } from "./raw-material-zone"
import { TraceCode } from "./trace-code"
import { TraceEvent } from "./trace-event"

/**
 * A batch of one product variant made together (one harvest, one dye bath, one firing).
 * `lot_number` is the producer's own number (GS1 AI 10 in a Digital Link); `code` is the
 * lot's random public trace code. `head_hash` and `event_count` pin the end of the event
 * chain so that deleting the last event is detected too.
 */
export const Lot = model
  .define("lot", {
    id: model.id({ prefix: "lot" }).primaryKey(),
    lot_number: model.text(),
    code: model.text().unique(),
    quantity: model.float(),
    uom: model.text().default("pcs"),
    produced_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    head_hash: model.text().nullable(),
    event_count: model.number().default(0),
    serial_count: model.number().default(0),
    zone: model.belongsTo(() => RawMaterialZone, { mappedBy: "lots" }).nullable(),
    events: model.hasMany(() => TraceEvent, { mappedBy: "lot" }),
    codes: model.hasMany(() => TraceCode, { mappedBy: "lot" }),
    label_jobs: model.hasMany(() => LabelJob, { mappedBy: "lot" }),
  })
  .cascades({ delete: ["events", "codes", "label_jobs"] })
