import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { storedVillageOf, type StoredVillageFigures, type VillageRecordUpdate } from "../utils/plan-village-records"

export type ValidateVillageRecordsInput = { stored: StoredVillageFigures[]; updates: VillageRecordUpdate[] }

/**
 * Every update names a village that exists, and the figures after it do not contradict
 * each other: an edit of workers alone is checked against the trained workers on file.
 */
export const validateVillageRecordsStep = createStep("validate-village-records", async ({ stored, updates }: ValidateVillageRecordsInput) => {
  const missing = updates.filter((u) => !storedVillageOf(stored, u)).map((u) => u.id ?? u.handle)
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy làng nghề / Craft village not found: ${missing.map((m) => `"${m}"`).join(", ")}`
    )
  }
  for (const u of updates) {
    const next = { ...storedVillageOf(stored, u)!, ...u.update }
    if (next.workers_trained! > next.workers! || next.households_env_compliant! > next.households!) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Số được đào tạo/đạt chuẩn không thể lớn hơn tổng số / Trained workers or compliant households cannot exceed the totals"
      )
    }
  }
})
