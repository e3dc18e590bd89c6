import { isTraceCode } from "@cln/domain"
import { z } from "@medusajs/framework/zod"

const labelValue = z.string().min(1).max(20)
const traceCode = z.string().refine(isTraceCode, "Mã truy xuất không hợp lệ / Not a trace code")

/*
 * Public trace reads live under /trace, not /store: they describe labels anyone may scan,
 * need no sales channel, and skip the Store API's per-request publishable-key lookup that
 * capped them near 100 requests/s (docs/benchmarks.md, issue #4).
 */

/** A resolver lookup: a GTIN-14 with optional lot and serial, or a short trace code. */
export const ResolveTraceQuery = z
  .object({
    gtin: z.string().regex(/^\d{14}$/, "gtin phải gồm 14 chữ số / gtin must be 14 digits").optional(),
    lot: labelValue.optional(),
    serial: labelValue.optional(),
    code: traceCode.optional(),
    record: z.enum(["0", "1"]).optional(),
  })
  .strict()
  .refine((q) => !!q.gtin !== !!q.code, { message: "Cần đúng một trong gtin hoặc code / Give exactly one of gtin or code" })
  .refine((q) => !q.code || (!q.lot && !q.serial), { message: "lot và serial chỉ đi cùng gtin / lot and serial go with gtin only" })

export type ResolveTraceQueryType = z.infer<typeof ResolveTraceQuery>

export const TraceViewQuery = z.object({ locale: z.enum(["vi", "en"]).default("vi") }).strict()
export type TraceViewQueryType = z.infer<typeof TraceViewQuery>

export const TraceCodeParam = traceCode
