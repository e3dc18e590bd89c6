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

/** The live parts; with a locale, also the stamp of that language's page (see traceLive). */
export const TraceLiveQuery = z.object({ locale: z.enum(["vi", "en"]).optional() }).strict()
export type TraceLiveQueryType = z.infer<typeof TraceLiveQuery>

export const TraceCodeParam = traceCode

/**
 * The trace edge's batched live reads (see GET /trace/live): `reads=CODE:vi,CODE:en,CODE`,
 * a code with the language of its page (none: no page stamp), at most 100.
 */
export const TraceLiveBatchQuery = z
  .object({
    reads: z
      .string()
      .max(3000)
      .transform((value) =>
        value.split(",").map((read) => {
          const at = read.indexOf(":")
          return at === -1 ? { code: read } : { code: read.slice(0, at), locale: read.slice(at + 1) }
        })
      )
      .pipe(
        z
          .array(z.object({ code: traceCode, locale: z.enum(["vi", "en"]).optional() }))
          .min(1)
          .max(100, "Tối đa 100 mã mỗi lần / at most 100 codes a request")
      ),
  })
  .strict()
export type TraceLiveBatchQueryType = z.infer<typeof TraceLiveBatchQuery>

/** Headers of one scanning client, as the edge forwards them (address, browser, coarse place). */
const scanHeaders = z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.string().max(512)).refine((h) => Object.keys(h).length <= 20, {
  message: "Tối đa 20 header / at most 20 headers",
})

/** A batch of scans from the storefront's trace edge (it flushes every 100 ms or 250 scans). */
export const RecordScanBatchBody = z
  .object({
    scans: z
      .array(
        z
          .object({
            identifier: z.union([
              z.object({ gtin: z.string().regex(/^\d{14}$/), lot: labelValue.optional(), serial: labelValue.optional() }).strict(),
              z.object({ code: traceCode }).strict(),
            ]),
            at: z.string().datetime({ offset: true }),
            headers: scanHeaders.default({}),
            // The edge's id for the scan: a batch it sends again (after a timeout) is written once.
            id: z.string().regex(/^scan_[0-9A-Za-z]{16,64}$/).optional(),
          })
          .strict()
      )
      .min(1)
      .max(500),
  })
  .strict()
export type RecordScanBatchBodyType = z.infer<typeof RecordScanBatchBody>
