import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const TITLES = ["tho_gioi", "nghe_nhan", "nghe_nhan_uu_tu", "nghe_nhan_nhan_dan"] as const

export const AdminListArtisans = createFindParams({ limit: 50, offset: 0 })
  .extend({ q: z.string().trim().max(100).optional(), title: z.enum(TITLES).optional() })
  .strict()

export const AdminUpdateArtisan = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    title: z.enum(TITLES).optional(),
    title_year: z
      .number()
      .int()
      .min(1950, "Năm phong tặng không hợp lệ / Implausible year")
      .max(new Date().getFullYear(), "Năm phong tặng không thể ở tương lai / The year cannot be in the future")
      .nullish(),
    ethnic_group: z.string().trim().min(2).max(60).optional(),
    bio: z.string().trim().max(10_000).optional(),
    bio_en: z.string().trim().max(10_000).nullish(),
  })
  .strict()

export type AdminUpdateArtisanType = z.infer<typeof AdminUpdateArtisan>
