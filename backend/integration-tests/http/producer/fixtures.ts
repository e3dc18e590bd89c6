import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createCraftVillagesWorkflow } from "../../../src/workflows/craft-village/workflows/create-craft-villages"
import { bearer, login, registerIdentity } from "../../helpers/auth"

/**
 * The parts of the seed that producer products depend on: the storefront channel (the
 * store's default) with its publishable key, stock location and regions, a default
 * shipping profile, two craft categories and a village.
 */
export async function setUpMarketplace(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Chợ Làng Nghề" }] },
  })
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [channel!.id] } })
  const { data: [store] } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store!.id },
      update: {
        supported_currencies: [
          { currency_code: "vnd", is_default: true },
          { currency_code: "usd" },
        ],
        supported_locales: [{ locale_code: "vi-VN" }, { locale_code: "en-US" }],
        default_sales_channel_id: channel!.id,
      },
    },
  })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Việt Nam", currency_code: "vnd", countries: ["vn"] },
        { name: "International", currency_code: "usd", countries: ["us"] },
      ],
    },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Kho Tuyên Quang", address: { address_1: "Đường 17/8", country_code: "VN" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location!.id, add: [channel!.id] } })
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  if (!profiles.length) {
    await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default Shipping Profile", type: "default" }] } })
  }
  await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "Chè", handle: "tea", is_active: true },
        { name: "Nuôi ong lấy mật", handle: "honey", is_active: true },
      ],
    },
  })
  await createCraftVillagesWorkflow(container).run({
    input: {
      villages: [
        {
          handle: "lang-che-hong-thai",
          name: "Làng chè Shan tuyết Hồng Thái",
          commune: "xã Hồng Thái",
          province: "Tuyên Quang",
          crafts: ["tea"],
          recognition_kind: "lang_nghe_truyen_thong",
        },
      ],
    },
  })
  return {
    publishableKey: key!.token,
    salesChannelId: channel!.id,
    locationId: location!.id,
    vndRegionId: regions.find((r) => r.currency_code === "vnd")!.id,
    usdRegionId: regions.find((r) => r.currency_code === "usd")!.id,
  }
}

/** A producer that applied, was approved by an officer and signed in. */
export async function approvedProducer(api: any, officer: { headers: Record<string, string> }, handle: string, email: string) {
  const registration = await registerIdentity(api, "producer", email)
  const { data } = await api.post(
    "/producer-applications",
    {
      handle,
      name: `Hộ sản xuất ${handle}`,
      legal_kind: "household",
      phone: "0912345678",
      email,
      address: "xã Hồng Thái, tỉnh Tuyên Quang",
      craft_village_handle: "lang-che-hong-thai",
      member_name: "Hoàng Thị Lan",
    },
    bearer(registration)
  )
  await api.post(`/admin/producers/${data.producer.id}/review`, { action: "approve" }, officer)
  const token = await login(api, "producer", email)
  return { id: data.producer.id as string, name: data.producer.name as string, auth: bearer(token) }
}

/** A valid product body; `over` replaces top-level fields. */
export const productBody = (over: Record<string, unknown> = {}) => ({
  title_vi: "Chè Shan tuyết Hồng Thái",
  title_en: "Hồng Thái Shan tuyết tea",
  subtitle_vi: "Trà xanh móc câu",
  description_vi: "Búp chè Shan tuyết cổ thụ hái tay, sao suốt.",
  description_en: "Hand-picked buds from old Shan tuyết trees, pan-fired.",
  craft: "tea",
  images: ["http://localhost:9000/static/che.png"],
  option_title_vi: "Khối lượng",
  option_title_en: "Weight",
  variants: [
    { title_vi: "Hộp 100 g", title_en: "100 g box", sku: "CHE-100", price_vnd: 120000, price_usd: 5.5, stock: 20, gtin: "5901234123457" },
    { title_vi: "Hộp 200 g", title_en: "200 g box", sku: "CHE-200", price_vnd: 220000, stock: 5 },
  ],
  ...over,
})

/** Smallest valid images: their first bytes are what the upload route checks. */
export const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64"
)
export const JPEG_HEADER = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

/** A multipart body with each file in the "files" field. */
export function imageForm(files: { name: string; type: string; bytes: Buffer }[], field = "files") {
  const form = new FormData()
  for (const f of files) form.append(field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  return form
}
