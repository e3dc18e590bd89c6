import { model } from "@medusajs/framework/utils"
import { CraftVillage } from "./craft-village"

/** Where a change of a village's figures came from: an officer's edit or a spreadsheet import. */
export const VILLAGE_RECORD_CHANGE_SOURCES = ["edit", "import"] as const
export type VillageRecordChangeSource = (typeof VILLAGE_RECORD_CHANGE_SOURCES)[number]

/**
 * One changed figure of a craft village (households, workers, workers trained, compliant
 * households or status): the audit trail the yearly report's figures can be checked
 * against. Values are kept as written text, because a status and a count share a column;
 * `import_id` groups the rows of one spreadsheet import. Rows are only ever added.
 */
export const VillageRecordChange = model
  .define("village_record_change", {
    id: model.id({ prefix: "vrchg" }).primaryKey(),
    field: model.text(),
    from_value: model.text().nullable(),
    to_value: model.text().nullable(),
    // The officer (admin user id) who made the change.
    changed_by: model.text().nullable(),
    changed_at: model.dateTime(),
    source: model.enum([...VILLAGE_RECORD_CHANGE_SOURCES]),
    import_id: model.text().nullable(),
    // No inverse list on the village: its record and its audit trail are read separately.
    craft_village: model.belongsTo(() => CraftVillage),
  })
  .indexes([{ on: ["craft_village_id", "changed_at"] }, { on: ["import_id"] }])
