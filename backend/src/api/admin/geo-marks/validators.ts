import { isCalendarDate, MARK_KINDS } from "@cln/domain"
import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => v || null)
const calendarDate = (label: string) =>
  z.string({ message: `${label}: YYYY-MM-DD` }).refine(isCalendarDate, `${label} phải là ngày có thật dạng YYYY-MM-DD / ${label} must be a real date written YYYY-MM-DD`)

const areaEntry = z
  .object({
    commune: text(120),
    province: text(120),
    former_names: z.array(text(120)).max(30).default([]),
  })
  .strict()

export const AdminCreateGeoMark = z
  .object({
    handle: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Mã chỉ gồm chữ thường không dấu, số và gạch nối / The handle uses lowercase letters, digits and hyphens").max(120),
    kind: z.enum(MARK_KINDS, { message: `Loại nhãn: ${MARK_KINDS.join(", ")} / kind is one of ${MARK_KINDS.join(", ")}` }),
    name: text(200),
    name_en: optionalText(200),
    certificate_number: optionalText(60),
    decision_number: optionalText(60),
    decision_date: calendarDate("decision_date").nullish(),
    product_name: text(200),
    managing_body: text(300),
    description: optionalText(10_000),
    description_en: optionalText(10_000),
    properties: z.array(z.object({ name: text(200), name_en: optionalText(200), value: text(1000) }).strict()).max(50).default([]),
    area: z.array(areaEntry).max(500).default([]),
    // A GeoJSON Feature or FeatureCollection, stored as given.
    area_geojson: z
      .object({ type: z.enum(["Feature", "FeatureCollection", "Polygon", "MultiPolygon"]) })
      .passthrough()
      .nullish(),
    image_url: z.string().url().max(1000).nullish(),
  })
  .strict()
  .refine((m) => m.kind !== "geographic_indication" || m.area.length > 0, {
    message: "Chỉ dẫn địa lý cần danh sách xã trong vùng / A geographical indication needs the communes of its area",
    path: ["area"],
  })
export type AdminCreateGeoMarkType = z.infer<typeof AdminCreateGeoMark>

export const AdminListGeoMarks = z
  .object({
    kind: z.enum(MARK_KINDS).optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict()
export type AdminListGeoMarksType = z.infer<typeof AdminListGeoMarks>

export const AdminGrantMarkRight = z
  .object({
    producer_id: text(100),
    granted_at: calendarDate("granted_at"),
    expires_at: calendarDate("expires_at").nullish(),
  })
  .strict()
export type AdminGrantMarkRightType = z.infer<typeof AdminGrantMarkRight>

export const AdminRevokeMarkRight = z
  .object({
    reason: z
      .string({ message: "Nêu lý do; người bán sẽ đọc / Give a reason; the producer will read it" })
      .trim()
      .min(3, "Nêu lý do; người bán sẽ đọc / Give a reason; the producer will read it")
      .max(1000),
  })
  .strict()
export type AdminRevokeMarkRightType = z.infer<typeof AdminRevokeMarkRight>
