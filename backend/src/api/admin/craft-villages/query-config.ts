import { adminVillageRecordChangeFields } from "./present"

export const adminCraftVillageFields = [
  "id",
  "handle",
  "name",
  "name_en",
  "commune",
  "province",
  "former_address",
  "crafts",
  "recognition_kind",
  "decision_no",
  "decision_date",
  "households",
  "workers",
  "workers_trained",
  "households_env_compliant",
  "status",
  "story",
  "story_en",
  "tourism",
  "lat",
  "lng",
  "updated_at",
]

export const adminCraftVillageQueryConfig = {
  list: { defaults: adminCraftVillageFields, isList: true, defaultLimit: 50 },
  changes: { defaults: adminVillageRecordChangeFields, isList: true, defaultLimit: 50 },
}
