import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createTranslationsWorkflow,
  deleteSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createArtisansWorkflow } from "../workflows/craft-village/workflows/create-artisans"
import { createCraftVillagesWorkflow } from "../workflows/craft-village/workflows/create-craft-villages"
import { addProducerMemberWorkflow } from "../workflows/producer/workflows/add-producer-member"
import { createProducersWorkflow } from "../workflows/producer/workflows/create-producers"
import { ARTISANS, CRAFTS, PRODUCERS, PRODUCTS, VILLAGES, type DemoProduct } from "./demo/data"
import { renderIllustration, renderVillageIllustration } from "./demo/illustrations"
import { createRawMaterialZoneWorkflow } from "../workflows/traceability/workflows/create-raw-material-zone"
import { createLotWorkflow } from "../workflows/traceability/workflows/create-lot"
import { issueUnitSerialsWorkflow } from "../workflows/traceability/workflows/issue-unit-serials"
import { recordTraceEventWorkflow } from "../workflows/traceability/workflows/record-trace-event"
import { LOTS, ZONES } from "./demo/trace-data"
import { seedCertificates } from "./demo/certificate-data"
import { ensureZonedShippingOptions } from "./shipping-options"
import { ensureTradeOfficerRole } from "./trade-officer-role"

/**
 * Demo data for Tuyên Quang (after its 2025 merger with Hà Giang): regions, a sales
 * channel and publishable key, a warehouse with flat-rate shipping, craft categories,
 * craft villages, producers and their products, in Vietnamese with English translations.
 * Idempotent: each part is created only when missing, so a rerun adds nothing twice.
 */

export const STOREFRONT_CHANNEL = "Chợ Làng Nghề"
export const PUBLISHABLE_KEY_TITLE = "Chợ Làng Nghề storefront"
// A demo sign-in for the producer panel, printed by `npm start`.
export const DEMO_PRODUCER = { handle: "htx-son-tra-hong-thai", email: "sontra.hongthai@example.vn", password: "cholangnghe-producer" }
const EN = "en-US"
const VI = "vi-VN"

// Buyers abroad: the countries the International region ships to.
const INTERNATIONAL_COUNTRIES = ["us", "gb", "de", "fr", "jp", "kr", "au", "ca", "sg", "nl", "tw", "cz", "pl"]

export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const one = async <T = any>(entity: string, fields: string[], filters: Record<string, unknown> = {}) =>
    (await query.graph({ entity, fields, filters })).data[0] as T | undefined
  const all = async <T = any>(entity: string, fields: string[], filters: Record<string, unknown> = {}) =>
    (await query.graph({ entity, fields, filters })).data as T[]

  // Sales channel and publishable key for the storefront: the one channel of the store.
  // Medusa makes a "Default Sales Channel" on first boot; the shop takes it over rather
  // than adding a second, because with more than one channel every GET /store/products
  // first reads the ids of all the channel's products (10,000 of them at benchmark scale,
  // about 0.3 s a request: docs/benchmarks.md, issue #6). With one channel Medusa skips that.
  let channel = await one("sales_channel", ["id"], { name: STOREFRONT_CHANNEL })
  if (!channel) {
    const store = await one("store", ["default_sales_channel_id"])
    const unused = store?.default_sales_channel_id
      ? await one("sales_channel", ["id", "name"], { id: store.default_sales_channel_id })
      : undefined
    if (unused) {
      await updateSalesChannelsWorkflow(container).run({
        input: { selector: { id: unused.id }, update: { name: STOREFRONT_CHANNEL, description: "Cửa hàng trực tuyến" } },
      })
      channel = { id: unused.id }
    } else {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: STOREFRONT_CHANNEL, description: "Cửa hàng trực tuyến" }] },
      })
      channel = result[0]!
    }
  }
  // A database seeded before the channel was taken over still has Medusa's default beside
  // ours: when it lists no product, its keys move to ours and it is removed.
  const others = await all("sales_channel", ["id", "publishable_api_keys.id"], { name: "Default Sales Channel" })
  for (const other of others) {
    if (other.id === channel.id) continue
    const { data: listed } = await query.graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { sales_channel_id: other.id },
      pagination: { take: 1 },
    })
    if (listed.length) continue
    for (const key of other.publishable_api_keys ?? []) {
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id], remove: [other.id] } })
    }
    await deleteSalesChannelsWorkflow(container).run({ input: { ids: [other.id] } })
  }
  let key = await one("api_key", ["id", "token"], { title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    key = result[0]!
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  }

  // Store: VND first, Vietnamese first.
  const store = await one("store", ["id", "name"])
  if (store) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Chợ Làng Nghề",
          supported_currencies: [
            { currency_code: "vnd", is_default: true },
            { currency_code: "usd", is_default: false },
          ],
          supported_locales: [{ locale_code: VI }, { locale_code: EN }],
          default_sales_channel_id: channel.id,
        },
      },
    })
  }

  // Regions.
  let vietnam = await one("region", ["id"], { name: "Việt Nam" })
  let international = await one("region", ["id"], { name: "International" })
  if (!vietnam || !international) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          ...(!vietnam
            ? [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"], payment_providers: ["pp_system_default"] }]
            : []),
          ...(!international
            ? [
                {
                  name: "International",
                  currency_code: "usd",
                  countries: INTERNATIONAL_COUNTRIES,
                  payment_providers: ["pp_system_default"],
                },
              ]
            : []),
        ],
      },
    })
    vietnam ??= result.find((r) => r.name === "Việt Nam")
    international ??= result.find((r) => r.name === "International")
    const existingTax = new Set(
      (await all<{ country_code: string }>("tax_region", ["country_code"])).map((t) => t.country_code)
    )
    const taxCountries = ["vn", ...INTERNATIONAL_COUNTRIES].filter((c) => !existingTax.has(c))
    if (taxCountries.length) {
      await createTaxRegionsWorkflow(container).run({
        input: taxCountries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
      })
    }
    if (store) {
      await updateStoresWorkflow(container).run({
        input: { selector: { id: store.id }, update: { default_region_id: vietnam!.id } },
      })
    }
  }

  // Warehouse with flat-rate shipping inside Vietnam and abroad.
  let location = await one("stock_location", ["id"], { name: "Kho Tuyên Quang" })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: "Kho Tuyên Quang",
            address: { address_1: "Đường 17/8", city: "phường Minh Xuân", province: "Tuyên Quang", country_code: "VN" },
          },
        ],
      },
    })
    location = result[0]!
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: "Giao hàng từ Tuyên Quang", type: "shipping" } },
    })
    const withSet = await one("stock_location", ["fulfillment_sets.id"], { id: location.id })
    const fulfillmentSetId = withSet.fulfillment_sets[0].id as string
    await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          { fulfillment_set_id: fulfillmentSetId, name: "Việt Nam", geo_zones: [{ type: "country", country_code: "vn" }] },
          {
            fulfillment_set_id: fulfillmentSetId,
            name: "International",
            geo_zones: INTERNATIONAL_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })),
          },
        ],
      },
    })
  }
  await ensureZonedShippingOptions(container, location.id, { vietnam: vietnam!.id, international: international!.id })

  // Craft categories.
  const existingCategories = await all<{ id: string; handle: string }>("product_category", ["id", "handle"])
  const categoryByCraft = new Map<string, string>()
  for (const craft of CRAFTS) {
    const handle = craft.key.replace(/_/g, "-")
    const found = existingCategories.find((c) => c.handle === handle)
    if (found) {
      categoryByCraft.set(craft.key, found.id)
      continue
    }
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: [
          { name: craft.name_vi, handle, description: craft.description_vi, is_active: true, is_internal: false },
        ],
      },
    })
    const category = result[0]!
    categoryByCraft.set(craft.key, category.id)
    await createTranslationsWorkflow(container).run({
      input: {
        translations: [
          {
            reference: "product_category",
            reference_id: category.id,
            locale_code: EN,
            translations: { name: craft.name_en, description: craft.description_en },
          },
        ],
      },
    })
  }

  // Craft villages, each with an illustration.
  const villageIdByHandle = new Map(
    (await all<{ id: string; handle: string }>("craft_village", ["id", "handle"])).map((v) => [v.handle, v.id])
  )
  const newVillages = VILLAGES.filter((v) => !villageIdByHandle.has(v.handle))
  if (newVillages.length) {
    const images = await uploadSvgs(
      container,
      newVillages.map((v, i) => ({ name: `village-${v.handle}.svg`, svg: renderVillageIllustration(i % 5) }))
    )
    const { result } = await createCraftVillagesWorkflow(container).run({
      input: {
        villages: newVillages.map((v, i) => ({
          handle: v.handle,
          name: v.name,
          name_en: v.name_en,
          commune: v.commune,
          province: v.province,
          former_address: v.former_address,
          crafts: v.crafts,
          recognition_kind: v.recognition_kind,
          decision_no: v.decision_no,
          decision_date: new Date(v.decision_date),
          households: v.households,
          workers: v.workers,
          workers_trained: v.workers_trained,
          households_env_compliant: v.households_env_compliant,
          status: v.status,
          story: v.story_vi,
          story_en: v.story_en,
          lat: v.lat,
          lng: v.lng,
          tourism: v.tourism,
          image_url: images[i]!,
        })),
      },
    })
    result.forEach((v) => villageIdByHandle.set(v.handle, v.id))
  }

  // Producers, approved, linked to their village.
  const producerIdByHandle = new Map(
    (await all<{ id: string; handle: string }>("producer", ["id", "handle"])).map((p) => [p.handle, p.id])
  )
  const newProducers = PRODUCERS.filter((p) => !producerIdByHandle.has(p.handle))
  if (newProducers.length) {
    const { result } = await createProducersWorkflow(container).run({
      input: {
        producers: newProducers.map((p) => ({
          handle: p.handle,
          name: p.name,
          legal_kind: p.legal_kind,
          tax_code: p.tax_code,
          phone: p.phone,
          email: p.email,
          address: p.address,
          story: p.story_vi,
          story_en: p.story_en,
          status: "approved" as const,
          craft_village_id: villageIdByHandle.get(p.village_handle) ?? null,
        })),
      },
    })
    result.forEach((p) => producerIdByHandle.set(p.handle, p.id))
  }

  // Artisans in their villages, linked to the producer they work with; each work in
  // their gallery gets an illustration, uploaded like product images.
  const existingArtisans = new Set((await all<{ handle: string }>("artisan", ["handle"])).map((a) => a.handle))
  const newArtisans = ARTISANS.filter((a) => !existingArtisans.has(a.handle))
  if (newArtisans.length) {
    const works = newArtisans.flatMap((a) => a.works.map((w, i) => ({ artisan: a.handle, index: i, work: w })))
    const workImages = await uploadSvgs(
      container,
      works.map(({ artisan, index, work }) => ({
        name: `artisan-${artisan}-${index + 1}.svg`,
        svg: renderIllustration(work.illustration.motif, work.illustration.palette, work.title_vi),
      }))
    )
    const imageOf = (handle: string, index: number) =>
      workImages[works.findIndex((w) => w.artisan === handle && w.index === index)] ?? null
    await createArtisansWorkflow(container).run({
      input: {
        artisans: newArtisans.map((a) => {
          const villageId = villageIdByHandle.get(a.village_handle)
          if (!villageId) throw new Error(`Demo artisan ${a.handle} references unknown village ${a.village_handle}`)
          return {
            handle: a.handle,
            name: a.name,
            title: a.title,
            title_year: a.title_year,
            ethnic_group: a.ethnic_group,
            bio: a.bio_vi,
            bio_en: a.bio_en,
            portrait_url: null,
            works: a.works.map((w, i) => ({
              title: w.title_vi,
              title_en: w.title_en,
              year: w.year,
              description: w.description_vi,
              description_en: w.description_en,
              image_url: imageOf(a.handle, i),
            })),
            craft_village_id: villageId,
            producer_id: producerIdByHandle.get(a.producer_handle) ?? null,
          }
        }),
      },
    })
    logger.info(`Seeded ${newArtisans.length} artisans`)
  }

  // The demo producer's sign-in (auth identity with email and password, bound to a member).
  const demoProducerId = producerIdByHandle.get(DEMO_PRODUCER.handle)
  const demoMember = await one("producer_member", ["id"], { email: DEMO_PRODUCER.email })
  if (demoProducerId && !demoMember) {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: DEMO_PRODUCER.email, password: DEMO_PRODUCER.password },
    } as any)
    if (!success || !authIdentity) throw new Error(`Demo producer sign-in not created: ${error}`)
    await addProducerMemberWorkflow(container).run({
      input: { auth_identity_id: authIdentity.id, producer_id: demoProducerId, name: "Nguyễn Văn Sơn", email: DEMO_PRODUCER.email },
    })
  }

  // Products, one workflow run per producer so each is linked to its owner.
  const existingHandles = new Set(
    (await all<{ handle: string }>("product", ["handle"], { handle: PRODUCTS.map((p) => p.handle) })).map((p) => p.handle)
  )
  const toCreate = PRODUCTS.filter((p) => !existingHandles.has(p.handle))
  const byProducer = new Map<string, DemoProduct[]>()
  toCreate.forEach((p) => byProducer.set(p.producer_handle, [...(byProducer.get(p.producer_handle) ?? []), p]))
  const profile = await one("shipping_profile", ["id"], { type: "default" })

  for (const [producerHandle, products] of byProducer) {
    const producerId = producerIdByHandle.get(producerHandle)
    if (!producerId) throw new Error(`Demo product references unknown producer ${producerHandle}`)
    const images = await uploadSvgs(
      container,
      products.flatMap((p) => [
        { name: `${p.handle}-1.svg`, svg: renderIllustration(p.illustration.motif, p.illustration.palette) },
        // The second picture shows where it is made; the palette also picks the fruit or
        // dish drawn, so a second product picture in another palette would show another product.
        { name: `${p.handle}-2.svg`, svg: renderVillageIllustration(p.illustration.palette) },
      ])
    )
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: products.map((p, i) => ({
          title: p.title_vi,
          subtitle: p.subtitle_vi,
          description: p.description_vi,
          handle: p.handle,
          status: ProductStatus.PUBLISHED,
          thumbnail: images[i * 2]!,
          images: [{ url: images[i * 2]! }, { url: images[i * 2 + 1]! }],
          category_ids: [categoryByCraft.get(p.craft)!].filter(Boolean),
          shipping_profile_id: profile?.id,
          weight: p.variants[0]?.weight_g,
          metadata: { craft: p.craft, demo: true },
          sales_channels: [{ id: channel.id }],
          options: [{ title: p.option_title_vi, values: p.variants.map((v) => v.title_vi) }],
          variants: p.variants.map((v) => ({
            title: v.title_vi,
            sku: v.sku,
            barcode: v.gtin ?? undefined,
            ean: v.gtin ?? undefined,
            weight: v.weight_g,
            manage_inventory: true,
            options: { [p.option_title_vi]: v.title_vi },
            prices: [
              { currency_code: "vnd", amount: v.price_vnd },
              { currency_code: "usd", amount: v.price_usd },
            ],
          })),
        })),
        additional_data: { producer_id: producerId },
      },
    })

    // English content, through the Translation module.
    const productsByHandle = new Map(products.map((p) => [p.handle, p]))
    const detailed = await all<any>(
      "product",
      ["id", "handle", "options.id", "options.values.id", "options.values.value", "variants.id", "variants.sku", "variants.inventory_items.inventory_item_id"],
      { id: created.map((c) => c.id) }
    )
    const translations: any[] = []
    const levels: { location_id: string; inventory_item_id: string; stocked_quantity: number }[] = []
    for (const product of detailed) {
      const demo = productsByHandle.get(product.handle)!
      translations.push({
        reference: "product",
        reference_id: product.id,
        locale_code: EN,
        translations: { title: demo.title_en, subtitle: demo.subtitle_en, description: demo.description_en },
      })
      for (const option of product.options ?? []) {
        translations.push({ reference: "product_option", reference_id: option.id, locale_code: EN, translations: { title: demo.option_title_en } })
        for (const value of option.values ?? []) {
          const variant = demo.variants.find((v) => v.title_vi === value.value)
          if (variant) {
            translations.push({ reference: "product_option_value", reference_id: value.id, locale_code: EN, translations: { value: variant.title_en } })
          }
        }
      }
      for (const variant of product.variants ?? []) {
        const demoVariant = demo.variants.find((v) => v.sku === variant.sku)!
        translations.push({ reference: "product_variant", reference_id: variant.id, locale_code: EN, translations: { title: demoVariant.title_en } })
        const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
        if (inventoryItemId) {
          levels.push({ location_id: location.id, inventory_item_id: inventoryItemId, stocked_quantity: demoVariant.stock })
        }
      }
    }
    await createTranslationsWorkflow(container).run({ input: { translations } })
    if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    logger.info(`Seeded ${created.length} products of ${producerHandle}`)
  }

  // Traceability: raw-material zones and lots with their journeys (hash-chained events),
  // some with unit serials, through the same workflows the producer panel uses.
  await seedTraceability(container)

  // OCOP certificates (verified and one waiting), the province's geographical indications,
  // producers' rights of use and their products' claims, through the same workflows.
  await seedCertificates(container)

  // The trade officer role, when Medusa's roles are on (MEDUSA_FF_RBAC=true; issue #7).
  await ensureTradeOfficerRole(container)

  logger.info(
    `Demo data ready: ${VILLAGES.length} villages, ${PRODUCERS.length} producers, ${ARTISANS.length} artisans, ${PRODUCTS.length} products (publishable key: ${key.token ?? "existing"})`
  )
}

/** Uploads SVG illustrations through the File module and returns their URLs in order. */
async function uploadSvgs(container: ExecArgs["container"], files: { name: string; svg: string }[]): Promise<string[]> {
  if (!files.length) return []
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: files.map((f) => ({
        filename: f.name,
        mimeType: "image/svg+xml",
        content: Buffer.from(f.svg, "utf8").toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((f) => f.url)
}

/** Zones and lots of the demo (skipping any already there, so a rerun adds nothing). */
async function seedTraceability(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "raw_material_zones.id", "raw_material_zones.name"],
    filters: { handle: [...new Set([...ZONES.map((z) => z.producer_handle)])] },
  })
  const producerByHandle = new Map((producers as any[]).map((p) => [p.handle, p]))
  const zoneIds = new Map<string, string>()
  for (const zone of ZONES) {
    const producer = producerByHandle.get(zone.producer_handle)
    if (!producer) continue
    const existing = (producer.raw_material_zones ?? []).find((z: any) => z?.name === zone.name)
    if (existing) {
      zoneIds.set(zone.key, existing.id)
      continue
    }
    const { result } = await createRawMaterialZoneWorkflow(container).run({
      input: {
        producer_id: producer.id,
        zone: { name: zone.name, area_ha: zone.area_ha, certifications: zone.certifications, commune: zone.commune, province: zone.province },
      },
    })
    zoneIds.set(zone.key, result.id)
  }

  let created = 0
  for (const demoLot of LOTS) {
    const demoProduct = PRODUCTS.find((p) => p.handle === demoLot.product_handle)!
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "lots.lot_number", "product.producer.id"],
      filters: { sku: demoProduct.variants[0]!.sku },
    })
    const variant = variants[0] as any
    if (!variant || (variant.lots ?? []).some((l: any) => l?.lot_number === demoLot.lot_number)) continue
    const { result: lot } = await createLotWorkflow(container).run({
      input: {
        producer_id: variant.product.producer.id,
        variant_id: variant.id,
        lot_number: demoLot.lot_number,
        quantity: demoLot.quantity,
        uom: demoLot.uom,
        produced_at: new Date(`${demoLot.produced_at}T00:00:00+07:00`),
        expires_at: demoLot.expires_at ? new Date(`${demoLot.expires_at}T00:00:00+07:00`) : null,
        zone_id: demoLot.zone ? zoneIds.get(demoLot.zone) ?? null : null,
      },
    })
    for (const step of demoLot.steps) {
      await recordTraceEventWorkflow(container).run({
        input: {
          lot_id: lot.id,
          step: step.step,
          event_time: new Date(`${step.at}:00+07:00`),
          place_name: step.place,
          inputs: step.inputs ?? [],
          outputs: step.outputs ?? [],
          data: { note: step.note },
        },
      })
    }
    if (demoLot.serials) await issueUnitSerialsWorkflow(container).run({ input: { lot_id: lot.id, count: demoLot.serials } })
    created++
  }
  logger.info(`Seeded ${zoneIds.size} raw-material zones and ${created} lots with their journeys`)
}

