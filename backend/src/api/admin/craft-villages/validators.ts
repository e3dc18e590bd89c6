import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const STATUS = ["effective", "struggling", "at_risk", "dormant"] as const

export const AdminListCraftVillages = createFindParams({ limit: 50, offset: 0 })
  .extend({
    q: z.string().trim().max(100).optional(),
    status: z.enum(STATUS).optional(),
    commune: z.string().trim().max(100).optional(),
  })
  .strict()

/** The audit trail of one village, optionally of one figure. */
export const AdminListVillageRecordChanges = createFindParams({ limit: 50, offset: 0 })
  .extend({
    field: z.enum(["households", "workers", "workers_trained", "households_env_compliant", "status"]).optional(),
    source: z.enum(["edit", "import"]).optional(),
  })
  .strict()

const count = z.number().int("Phải là số nguyên / Must be a whole number").min(0, "Không được âm / Cannot be negative").max(1_000_000)

/** What officers update each year: the figures and the status. */
export const AdminUpdateCraftVillage = z
  .object({
    households: count.optional(),
    workers: count.optional(),
    workers_trained: count.optional(),
    households_env_compliant: count.optional(),
    status: z.enum(STATUS).optional(),
    story: z.string().trim().max(10_000).nullish(),
    story_en: z.string().trim().max(10_000).nullish(),
    tourism: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.workers_trained === undefined || v.workers === undefined || v.workers_trained <= v.workers, {
    message: "Số lao động được đào tạo không thể lớn hơn số lao động / Trained workers cannot exceed workers",
    path: ["workers_trained"],
  })
  .refine((v) => v.households_env_compliant === undefined || v.households === undefined || v.households_env_compliant <= v.households, {
    message: "Số hộ đạt chuẩn môi trường không thể lớn hơn số hộ / Compliant households cannot exceed households",
    path: ["households_env_compliant"],
  })

export type AdminUpdateCraftVillageType = z.infer<typeof AdminUpdateCraftVillage>
