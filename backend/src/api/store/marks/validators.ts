import { z } from "@medusajs/framework/zod"

/**
 * Mark pages answer with a fixed set of public fields, so these queries take no `fields`:
 * producers' contact details and unpublished products can never be asked for.
 */
export const StoreListMarks = z
  .object({
    kind: z.enum(["geographic_indication", "collective_mark", "certification_mark"]).optional(),
  })
  .strict()
export type StoreListMarksType = z.infer<typeof StoreListMarks>

export const StoreGetMark = z.object({}).strict()

export const StoreListCertifiedProducts = z
  .object({
    min_stars: z.coerce
      .number({ message: "min_stars là 3, 4 hoặc 5 / min_stars must be 3, 4 or 5" })
      .int("min_stars là 3, 4 hoặc 5 / min_stars must be 3, 4 or 5")
      .min(3, "Chứng nhận OCOP bắt đầu từ 3 sao / OCOP certificates start at 3 stars; min_stars must be 3, 4 or 5")
      .max(5, "Tối đa 5 sao / At most 5 stars; min_stars must be 3, 4 or 5")
      .optional(),
    mark: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "mark là mã của nhãn, ví dụ cam-sanh-ham-yen / mark is a mark's handle, e.g. cam-sanh-ham-yen")
      .max(120)
      .optional(),
  })
  .strict()
  .refine((q) => q.min_stars !== undefined || q.mark !== undefined, {
    message: "Cho biết min_stars hoặc mark / Give min_stars, mark or both",
  })
export type StoreListCertifiedProductsType = z.infer<typeof StoreListCertifiedProducts>
