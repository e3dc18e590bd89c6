import { TRACE_STEPS, type TraceStepKey } from "@cln/domain"
import { z } from "@medusajs/framework/zod"

const STEP_KEYS = Object.keys(TRACE_STEPS) as [TraceStepKey, ...TraceStepKey[]]
const text = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).optional().nullable().transform((v) => v || null)
const date = z.coerce.date({ message: "Ngày không hợp lệ / Not a valid date" })

export const LABEL_SIZE_KEYS = ["30x40", "50x30"] as const
// Larger sheets are rendered by a background job with progress (POST /producer/trace/label-jobs).
export const MAX_DIRECT_LABELS = 1000

export const ProducerCreateZone = z
  .object({
    name: text(120),
    area_ha: z.number().nonnegative().max(100_000).optional().nullable(),
    certifications: z.array(text(40)).max(10).default([]),
    commune: optionalText(120),
    province: optionalText(120),
  })
  .strict()
export type ProducerCreateZoneType = z.infer<typeof ProducerCreateZone>

export const ProducerCreateLot = z
  .object({
    variant_id: text(100),
    // GS1 AI 10: up to 20 characters; we keep to letters, digits and . _ - so labels stay readable.
    lot_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, "Số lô tối đa 20 ký tự: chữ, số, . _ - / Lot number: up to 20 letters, digits, . _ -")
      .optional()
      .nullable(),
    quantity: z.number({ message: "Nhập số lượng / Enter a quantity" }).positive().max(1_000_000_000),
    uom: z.string().trim().min(1).max(10).default("pcs"),
    produced_at: date.optional().nullable(),
    expires_at: date.optional().nullable(),
    zone_id: optionalText(100),
  })
  .strict()
  .refine((lot) => !lot.produced_at || !lot.expires_at || lot.expires_at > lot.produced_at, {
    message: "Hạn dùng phải sau ngày sản xuất / The expiry date must be after the production date",
    path: ["expires_at"],
  })
export type ProducerCreateLotType = z.infer<typeof ProducerCreateLot>

const quantity = z.object({ label: text(80), quantity: z.number().positive().max(1_000_000_000), uom: text(10) }).strict()

export const ProducerRecordTraceEvent = z
  .object({
    step: z.enum(STEP_KEYS, { message: "Chọn một công đoạn / Choose a step" }),
    event_time: date
      .refine((d) => d.getTime() <= Date.now() + 5 * 60_000, "Thời điểm không thể ở tương lai / The time cannot be in the future")
      .optional(),
    place_name: optionalText(120),
    note: optionalText(1000),
    photo_url: z.string().url("photo_url phải là địa chỉ web của ảnh / photo_url must be the web address of a photo").max(500).optional().nullable(),
    inputs: z.array(quantity).max(10).default([]),
    outputs: z.array(quantity).max(10).default([]),
  })
  .strict()
export type ProducerRecordTraceEventType = z.infer<typeof ProducerRecordTraceEvent>

export const ProducerIssueSerials = z
  .object({ count: z.number().int().min(1, "Ít nhất 1 / At least 1").max(10_000, "Tối đa 10.000 mỗi lần / At most 10,000 at a time") })
  .strict()
export type ProducerIssueSerialsType = z.infer<typeof ProducerIssueSerials>

export const ProducerLabelsQuery = z
  .object({
    format: z.enum(["svg", "png", "pdf"]).default("svg"),
    size: z.enum(LABEL_SIZE_KEYS).default("30x40"),
    serials: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    // Checked against MAX_DIRECT_LABELS in the route, whose message points to label jobs.
    count: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict()
export type ProducerLabelsQueryType = z.infer<typeof ProducerLabelsQuery>

export const ProducerCreateLabelJob = z
  .object({
    lot_id: text(100),
    size: z.enum(LABEL_SIZE_KEYS).default("30x40"),
    include_serials: z.boolean().default(false),
    count: z.number().int().min(1).max(100_000).optional(),
  })
  .strict()
  .refine((job) => job.include_serials || job.count, { message: "Nhập số nhãn / Enter how many labels", path: ["count"] })
export type ProducerCreateLabelJobType = z.infer<typeof ProducerCreateLabelJob>

export const ProducerListLots = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(20), offset: z.coerce.number().int().min(0).default(0) })
  .strict()
export type ProducerListLotsType = z.infer<typeof ProducerListLots>

export const ProducerListSerials = z
  .object({ limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) })
  .strict()
export type ProducerListSerialsType = z.infer<typeof ProducerListSerials>
