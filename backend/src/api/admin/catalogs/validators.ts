import { DISPLAY_POINT_KIND_KEYS, MAX_CATALOG_PRODUCTS } from "@cln/domain"
import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)
// An empty text clears the field; a missing one leaves it as it is (so an update changes only what it names).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === "" ? null : v))
const handle = z
  .string()
  .trim()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Đường dẫn chỉ gồm chữ thường không dấu, số và gạch nối / The handle uses lowercase letters, digits and hyphens")
// An instant with its offset (the admin sends the officer's local midnight as +07:00).
const instant = (label: string) =>
  z
    .string()
    .datetime({ offset: true, message: `${label}: ngày giờ ISO 8601, ví dụ 2026-12-01T00:00:00+07:00 / ${label} must be an ISO 8601 date-time` })
    .transform((v) => new Date(v))
const productIds = z
  .array(z.string().trim().regex(/^prod_[A-Za-z0-9]+$/, "Mã sản phẩm không hợp lệ / Not a product id"))
  .max(MAX_CATALOG_PRODUCTS, `Tối đa ${MAX_CATALOG_PRODUCTS} sản phẩm / At most ${MAX_CATALOG_PRODUCTS} products`)

const catalogFields = {
  handle,
  title: text(200),
  title_en: optionalText(200),
  story: optionalText(20_000),
  story_en: optionalText(20_000),
  hero_image_url: z.string().url().max(1000).nullish(),
  starts_at: instant("starts_at").nullish(),
  ends_at: instant("ends_at").nullish(),
  product_ids: productIds,
}

const endsAfterStart = (c: { starts_at?: Date | null; ends_at?: Date | null }) =>
  !c.starts_at || !c.ends_at || c.ends_at.getTime() > c.starts_at.getTime()
const scheduleMessage = { message: "Ngày kết thúc phải sau ngày bắt đầu / The end date must be after the start date", path: ["ends_at"] }

export const AdminCreateCatalog = z.object(catalogFields).strict().refine(endsAfterStart, scheduleMessage)
export type AdminCreateCatalogType = z.infer<typeof AdminCreateCatalog>

export const AdminUpdateCatalog = z
  .object(catalogFields)
  .partial()
  .strict()
  .refine((c) => Object.keys(c).length > 0, "Không có gì để cập nhật / Nothing to update")
  .refine(endsAfterStart, scheduleMessage)
export type AdminUpdateCatalogType = z.infer<typeof AdminUpdateCatalog>

export const AdminPublishCatalog = z.object({ published: z.boolean() }).strict()
export type AdminPublishCatalogType = z.infer<typeof AdminPublishCatalog>

export const AdminListCatalogs = z
  .object({ status: z.enum(["draft", "published"]).optional(), q: z.string().trim().max(100).optional() })
  .strict()
export type AdminListCatalogsType = z.infer<typeof AdminListCatalogs>

const displayPointFields = {
  handle,
  name: text(200),
  name_en: optionalText(200),
  kind: z.enum(DISPLAY_POINT_KIND_KEYS, { message: `Loại điểm: ${DISPLAY_POINT_KIND_KEYS.join(", ")} / kind is one of ${DISPLAY_POINT_KIND_KEYS.join(", ")}` }),
  address: text(300),
  commune: text(120),
  province: text(120),
  lat: z.number().min(-90).max(90).nullish(),
  lng: z.number().min(-180).max(180).nullish(),
  active: z.boolean().optional(),
  catalog_id: z.string().trim().max(60).nullish(),
}

export const AdminCreateDisplayPoint = z.object(displayPointFields).strict()
export type AdminCreateDisplayPointType = z.infer<typeof AdminCreateDisplayPoint>

export const AdminUpdateDisplayPoint = z
  .object(displayPointFields)
  .partial()
  .strict()
  .refine((c) => Object.keys(c).length > 0, "Không có gì để cập nhật / Nothing to update")
export type AdminUpdateDisplayPointType = z.infer<typeof AdminUpdateDisplayPoint>

const calendarDay = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: ngày dạng YYYY-MM-DD / ${label} must be a date written YYYY-MM-DD`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00+07:00`)), `${label} không phải ngày có thật / ${label} is not a real date`)
    // A fair's days are days in Vietnam.
    .transform((v) => new Date(`${v}T00:00:00+07:00`))
const producerIds = z.array(z.string().trim().regex(/^[A-Za-z0-9_]+$/, "Mã người bán không hợp lệ / Not a producer id")).max(500)

const fairFields = {
  handle,
  name: text(200),
  name_en: optionalText(200),
  starts_on: calendarDay("starts_on"),
  ends_on: calendarDay("ends_on"),
  place: text(300),
  province: text(120),
  description: optionalText(20_000),
  description_en: optionalText(20_000),
  producer_ids: producerIds,
}
const fairDays = (f: { starts_on?: Date; ends_on?: Date }) => !f.starts_on || !f.ends_on || f.ends_on.getTime() >= f.starts_on.getTime()
const fairDaysMessage = { message: "Ngày kết thúc phải từ ngày bắt đầu trở đi / The fair must end on or after the day it starts", path: ["ends_on"] }

export const AdminCreateTradeFair = z.object({ ...fairFields, producer_ids: producerIds.default([]) }).strict().refine(fairDays, fairDaysMessage)
export type AdminCreateTradeFairType = z.infer<typeof AdminCreateTradeFair>

export const AdminUpdateTradeFair = z
  .object(fairFields)
  .partial()
  .strict()
  .refine((c) => Object.keys(c).length > 0, "Không có gì để cập nhật / Nothing to update")
  .refine(fairDays, fairDaysMessage)
export type AdminUpdateTradeFairType = z.infer<typeof AdminUpdateTradeFair>
