import { toCalendarDate } from "@cln/domain"
import { z } from "@medusajs/framework/zod"

/** The plan runs 2021–2030; figures outside it mean nothing to the program. */
export const PROGRAM_FIRST_YEAR = 2021
export const PROGRAM_LAST_YEAR = 2030

/** This year on Vietnam's calendar, kept inside the plan's years. */
export const currentProgramYear = () =>
  Math.min(PROGRAM_LAST_YEAR, Math.max(PROGRAM_FIRST_YEAR, Number(toCalendarDate(new Date()).slice(0, 4))))

const YEAR_MESSAGE = `Năm phải là số nguyên từ ${PROGRAM_FIRST_YEAR} đến ${PROGRAM_LAST_YEAR} (thời kỳ của Kế hoạch) / year must be a whole number from ${PROGRAM_FIRST_YEAR} to ${PROGRAM_LAST_YEAR} (the plan's period)`

// Checked with refine: Medusa replaces the messages of zod's min/max and enum checks with
// its own English ones, and officers need to be told the plan's years and the choices.
const year = z
  .string()
  .refine((v) => /^\d{4}$/.test(v) && Number(v) >= PROGRAM_FIRST_YEAR && Number(v) <= PROGRAM_LAST_YEAR, YEAR_MESSAGE)
  .transform(Number)
  .optional()

const oneOf = <T extends string>(values: readonly T[], field: string) =>
  z
    .string()
    .refine((v) => (values as readonly string[]).includes(v), {
      message: `${field} phải là ${values.map((v) => `"${v}"`).join(" hoặc ")} / ${field} must be ${values.map((v) => `"${v}"`).join(" or ")}`,
    })
    .transform((v) => v as T)

export const AdminProgramDashboardQuery = z.object({ year }).strict()
export type AdminProgramDashboardQueryType = z.infer<typeof AdminProgramDashboardQuery>

export const AdminProgramReportQuery = z
  .object({
    year,
    format: oneOf(["xlsx", "pdf"] as const, "format"),
    locale: oneOf(["vi", "en"] as const, "locale").default("vi"),
  })
  .strict()
export type AdminProgramReportQueryType = z.infer<typeof AdminProgramReportQuery>

export const AdminVillageImportQuery = z
  .object({ dry_run: oneOf(["true", "false"] as const, "dry_run").optional() })
  .strict()
export type AdminVillageImportQueryType = z.infer<typeof AdminVillageImportQuery>

export const AdminVillageImportTemplateQuery = z
  .object({ format: oneOf(["xlsx", "csv"] as const, "format").default("xlsx") })
  .strict()
export type AdminVillageImportTemplateQueryType = z.infer<typeof AdminVillageImportTemplateQuery>
