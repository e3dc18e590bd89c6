import { model } from "@medusajs/framework/utils"
import { Artisan } from "./artisan"

/**
 * The crafts villages practise; product categories use the same words, hyphenated.
 * `crafts` is a plain text array, so adding a craft here needs no migration.
 */
export const CRAFT_KEYS = ["tea", "brocade", "hemp_linen", "bamboo_rattan", "food", "honey", "fruit", "liquor"] as const
export type CraftKey = (typeof CRAFT_KEYS)[number]

/**
 * A recognised craft village (làng nghề) as the province's craft-village database keeps it.
 * Addresses use the two-tier units in force since 1 July 2025 (commune, province);
 * `former_address` keeps the pre-2025 commune and district so old decisions still match.
 */
export const CraftVillage = model
  .define("craft_village", {
    id: model.id({ prefix: "cvil" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    name_en: model.text().nullable(),
    commune: model.text().searchable(),
    province: model.text(),
    former_address: model.text().nullable(),
    crafts: model.array(),
    recognition_kind: model.enum(["lang_nghe", "lang_nghe_truyen_thong", "nghe_truyen_thong"]),
    decision_no: model.text().nullable(),
    decision_date: model.dateTime().nullable(),
    households: model.number().default(0),
    workers: model.number().default(0),
    workers_trained: model.number().default(0),
    households_env_compliant: model.number().default(0),
    status: model.enum(["effective", "struggling", "at_risk", "dormant"]).default("effective"),
    story: model.text().nullable(),
    story_en: model.text().nullable(),
    lat: model.float().nullable(),
    lng: model.float().nullable(),
    tourism: model.boolean().default(false),
    image_url: model.text().nullable(),
    artisans: model.hasMany(() => Artisan, { mappedBy: "craft_village" }),
  })
  .indexes([{ on: ["province", "commune"] }])
