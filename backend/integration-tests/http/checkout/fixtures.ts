import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createProducersWorkflow } from "../../../src/workflows/producer/workflows/create-producers"

/**
 * A small market for checkout tests: a VND region (Việt Nam) and a USD one (the US),
 * both paying cash on delivery, one warehouse shipping by zone as the seed does
 * (Tuyên Quang 20 000 ₫, rest of Vietnam 35 000 ₫, abroad US$25), two approved producers
 * and three products with stock (tea 10, scarf 10 from HTX Sơn Trà; basket 5 from Hộ
 * Vàng Mây). Carts are delivered in Tuyên Quang unless a test says otherwise.
 */
export const SHIPPING_FEES = { "tuyen-quang": 20000, vietnam: 35000, international: 25 }
/** What a cart delivered in Tuyên Quang (ADDRESS) pays per producer order. */
export const SHIPPING_FEE = SHIPPING_FEES["tuyen-quang"]
export const PRICES = { tea: 120000, scarf: 80000, basket: 250000 }
export const TITLES = { tea: "Chè Shan tuyết Hồng Thái", scarf: "Khăn thổ cẩm", basket: "Giỏ mây tre" }
// Addresses as the storefront sends them (see src/api/store/utils/vietnam-address.ts).
export const ADDRESS = {
  first_name: "Nguyễn Thị Lan",
  address_1: "12 Đường Tân Trào",
  city: "Phường Minh Xuân",
  province: "Tỉnh Tuyên Quang",
  country_code: "vn",
  phone: "0987654321",
  metadata: { province_code: "08", commune_code: "02215" },
}
export const HANOI_ADDRESS = {
  first_name: "Trần Văn Hoà",
  address_1: "5 Phố Hàng Bông",
  city: "Phường Ba Đình",
  province: "Thành phố Hà Nội",
  country_code: "vn",
  phone: "0912000111",
  metadata: { province_code: "01", commune_code: "00004" },
}
export const US_ADDRESS = {
  first_name: "Mary",
  last_name: "Smith",
  address_1: "1 Main Street",
  city: "Springfield",
  province: "IL",
  postal_code: "62701",
  country_code: "us",
  phone: "+1 217 555 0100",
}

export type Market = Awaited<ReturnType<typeof seedMarket>>

export async function seedMarket(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Chợ Làng Nghề" }] },
  })
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [channel!.id] } })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Việt Nam", currency_code: "vnd", countries: ["vn"], payment_providers: ["pp_system_default"] },
        { name: "International", currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"] },
      ],
    },
  })
  const [region, international] = regions

  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Kho Tuyên Quang", address: { address_1: "Đường 17/8", country_code: "VN" } }] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location!.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location!.id, add: [channel!.id] } })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: location!.id, fulfillment_set_data: { name: "Giao hàng từ Tuyên Quang", type: "shipping" } },
  })
  const { data: [withSet] } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: location!.id },
  })
  const { result: [zone, abroad] } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          fulfillment_set_id: withSet!.fulfillment_sets![0]!.id,
          name: "Việt Nam",
          geo_zones: [{ type: "country", country_code: "vn" }],
        },
        {
          fulfillment_set_id: withSet!.fulfillment_sets![0]!.id,
          name: "International",
          geo_zones: [{ type: "country", country_code: "us" }],
        },
      ],
    },
  })
  const { data: [existingProfile] } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
  const profile: { id: string } =
    existingProfile ??
    (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default Shipping Profile", type: "default" }] } }))
      .result[0]!
  const storeRules = (zone: keyof typeof SHIPPING_FEES) => [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
    { attribute: "shipping_zone", value: zone, operator: "eq" as const },
  ]
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng nội tỉnh Tuyên Quang",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone!.id,
        shipping_profile_id: profile.id,
        type: { label: "Nội tỉnh", description: "Giao trong 1–2 ngày", code: "tuyen-quang" },
        prices: [{ currency_code: "vnd", amount: SHIPPING_FEES["tuyen-quang"] }],
        rules: storeRules("tuyen-quang"),
      },
      {
        name: "Giao hàng toàn quốc",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone!.id,
        shipping_profile_id: profile.id,
        type: { label: "Toàn quốc", description: "Giao trong 2–5 ngày", code: "vietnam" },
        prices: [{ currency_code: "vnd", amount: SHIPPING_FEES.vietnam }],
        rules: storeRules("vietnam"),
      },
      {
        name: "International shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: abroad!.id,
        shipping_profile_id: profile.id,
        type: { label: "International", description: "7–14 days", code: "international" },
        prices: [{ currency_code: "usd", amount: SHIPPING_FEES.international }],
        rules: storeRules("international"),
      },
    ],
  })
  const optionByZone = {
    "tuyen-quang": options.find((o) => o.name === "Giao hàng nội tỉnh Tuyên Quang")!.id,
    vietnam: options.find((o) => o.name === "Giao hàng toàn quốc")!.id,
    international: options.find((o) => o.name === "International shipping")!.id,
  }

  const { result: producers } = await createProducersWorkflow(container).run({
    input: {
      producers: [
        {
          handle: "htx-son-tra",
          name: "HTX Sơn Trà",
          legal_kind: "cooperative",
          phone: "0912345678",
          email: "sontra@example.vn",
          address: "xã Hồng Thái, tỉnh Tuyên Quang",
          status: "approved",
        },
        {
          handle: "ho-vang-may",
          name: "Hộ Vàng Mây",
          legal_kind: "household",
          phone: "0911111111",
          email: "vangmay@example.vn",
          address: "xã Chiêm Hóa, tỉnh Tuyên Quang",
          status: "approved",
        },
      ],
    },
  })
  const [sonTra, vangMay] = producers

  const product = (handle: keyof typeof TITLES, sku: string) => ({
    title: TITLES[handle],
    handle,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: profile.id,
    sales_channels: [{ id: channel!.id }],
    options: [{ title: "Loại", values: ["Tiêu chuẩn"] }],
    variants: [
      {
        title: "Tiêu chuẩn",
        sku,
        manage_inventory: true,
        options: { Loại: "Tiêu chuẩn" },
        prices: [
          { currency_code: "vnd", amount: PRICES[handle] },
          { currency_code: "usd", amount: Math.round(PRICES[handle] / 250) / 100 },
        ],
      },
    ],
  })
  const { result: sonTraProducts } = await createProductsWorkflow(container).run({
    input: { products: [product("tea", "TEA-1"), product("scarf", "SCARF-1")], additional_data: { producer_id: sonTra!.id } },
  })
  const { result: vangMayProducts } = await createProductsWorkflow(container).run({
    input: { products: [product("basket", "BASKET-1")], additional_data: { producer_id: vangMay!.id } },
  })

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { product_id: [...sonTraProducts, ...vangMayProducts].map((p) => p.id) },
  })
  const bySku = (sku: string) => variants.find((v: any) => v.sku === sku) as any
  const tea = bySku("TEA-1")
  const scarf = bySku("SCARF-1")
  const basket = bySku("BASKET-1")
  const inventory = {
    tea: tea.inventory_items[0].inventory_item_id as string,
    scarf: scarf.inventory_items[0].inventory_item_id as string,
    basket: basket.inventory_items[0].inventory_item_id as string,
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        { inventory_item_id: inventory.tea, location_id: location!.id, stocked_quantity: 10 },
        { inventory_item_id: inventory.scarf, location_id: location!.id, stocked_quantity: 10 },
        { inventory_item_id: inventory.basket, location_id: location!.id, stocked_quantity: 5 },
      ],
    },
  })

  return {
    publishableKey: key!.token,
    regionId: region!.id,
    internationalRegionId: international!.id,
    shippingOptions: optionByZone,
    locationId: location!.id,
    producers: { sonTra: sonTra!, vangMay: vangMay! },
    variants: { tea: tea.id as string, scarf: scarf.id as string, basket: basket.id as string },
    inventory,
  }
}

type Api = { get: Function; post: Function }

/** Store API calls as a buyer: publishable key always, customer token when signed in. */
export function buyer(api: Api, market: Market, token?: string) {
  const headers = {
    "x-publishable-api-key": market.publishableKey,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  }
  const answer = (p: Promise<any>) => p.catch((e: any) => e.response ?? Promise.reject(e))
  const get = (url: string) => answer(api.get(url, { headers }))
  const post = (url: string, body: unknown = {}) => answer(api.post(url, body, { headers }))

  return {
    get,
    post,
    /** A cart with the given lines; email, address and the flat shipping unless left out. */
    async cart(
      lines: { variant_id: string; quantity: number }[],
      details: { email?: string | false; address?: boolean | Record<string, unknown>; shipping?: boolean; region_id?: string } = {}
    ) {
      const { data } = await post("/store/carts", { region_id: details.region_id ?? market.regionId })
      const cartId = data.cart.id as string
      for (const line of lines) {
        const res = await post(`/store/carts/${cartId}/line-items`, line)
        if (res.status !== 200) throw new Error(`add line: ${res.status} ${JSON.stringify(res.data)}`)
      }
      const update: Record<string, unknown> = {}
      if (details.email !== false) update.email = details.email ?? "lan@example.vn"
      if (details.address !== false) update.shipping_address = typeof details.address === "object" ? details.address : ADDRESS
      if (Object.keys(update).length) {
        const res = await post(`/store/carts/${cartId}`, update)
        if (res.status !== 200) throw new Error(`update cart: ${res.status} ${JSON.stringify(res.data)}`)
      }
      if (details.shipping !== false) {
        const options = await get(`/store/shipping-options?cart_id=${cartId}`)
        const optionId = options.data.shipping_options[0]?.id
        const res = await post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId })
        if (res.status !== 200) throw new Error(`add shipping: ${res.status} ${JSON.stringify(res.data)}`)
      }
      return cartId
    },
  }
}

/** Registers a customer account through the Store API and answers its bearer token. */
export async function registerCustomer(api: Api, market: Market, email: string) {
  const headers = { "x-publishable-api-key": market.publishableKey }
  const password = "mat-khau-123"
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email, first_name: "Khách" },
    { headers: { ...headers, authorization: `Bearer ${registered.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return login.token as string
}

/** What placing an order writes, counted straight from the modules. */
export async function countWrites(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const payment = container.resolve(Modules.PAYMENT)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
  const { data: purchases } = await query.graph({ entity: "purchase", fields: ["id"] })
  const reservations = await inventory.listReservationItems({})
  const collections = await payment.listPaymentCollections({})
  return {
    orders: orders.length,
    purchases: purchases.length,
    reservations: reservations.length,
    payment_collections: collections.length,
  }
}
