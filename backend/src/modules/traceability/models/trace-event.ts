import { model } from "@medusajs/framework/utils"
import { Lot } from "./lot"

/**
 * One supply-chain event of a lot, shaped like an EPCIS 2.0 event. Append-only: the
 * service never updates or deletes one, and `hash` covers the event's content and the
 * previous event's hash, so an edit made behind the application's back shows up.
 */
export const TraceEvent = model
  .define("trace_event", {
    id: model.id({ prefix: "tev" }).primaryKey(),
    sequence: model.number(),
    step: model.text(),
    event_type: model.text(),
    action: model.text().nullable(),
    biz_step: model.text(),
    disposition: model.text().nullable(),
    event_time: model.dateTime(),
    event_time_zone_offset: model.text().default("+07:00"),
    read_point: model.text().nullable(),
    biz_location: model.text().nullable(),
    place_name: model.text().nullable(),
    inputs: model.json().nullable(),
    outputs: model.json().nullable(),
    data: model.json().nullable(),
    prev_hash: model.text().nullable(),
    hash: model.text(),
    lot: model.belongsTo(() => Lot, { mappedBy: "events" }),
  })
  .indexes([{ on: ["lot_id", "sequence"], unique: true }])
