import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTS } from "./demo/data"
import { STOREFRONT_CHANNEL } from "./seed"

/**
 * Benchmark catalogue (issue #6): grows the demo shop to BENCH_PRODUCTS products (10,000
 * unless set) for `bench/catalog.mjs`. Each new product copies a demo product of the same
 * producer, craft and picture, with its own title, handle, SKUs, prices and stock, so the
 * store API, the producer and category links and the search index see real products.
 *
 * Products go through createProductsWorkflow (with the producer link hook) and
 * createInventoryLevelsWorkflow in batches, the way the seed makes them, rather than bulk
 * SQL: a copy made by SQL would have to reproduce every module's rows and links by hand.
 * Then the product search index is rebuilt. Idempotent: a rerun only tops up the count.
 */

const BATCH = 250
// Words that vary the titles so a search for a product does not match all 10,000.
const QUALITIES = ["Thượng hạng", "Đặc biệt", "Truyền thống", "Cổ thụ", "Mùa xuân", "Mùa thu", "Làm tay", "Quà tặng", "Gia đình", "Tuyển chọn", "Hảo hạng", "Vụ mới"]

export default async function benchCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const target = Number(process.env.BENCH_PRODUCTS || 10_000)

  const productService = container.resolve(Modules.PRODUCT)
  const [, total] = await productService.listAndCountProducts({}, { take: 1 })
  const [, benchCount] = await productService.listAndCountProducts({ handle: { $like: "bench-%" } } as any, { take: 1 })
  logger.info(`bench catalogue: ${total} products (${benchCount} bench copies), target ${target}`)
  if (total >= target) {
    logger.info("bench catalogue: nothing to add")
  } else {
    const { data: demo } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "thumbnail", "images.url", "categories.id", "shipping_profile.id", "producer.id"],
      filters: { handle: PRODUCTS.map((p) => p.handle) },
    })
    const demoByHandle = new Map((demo as any[]).map((p) => [p.handle, p]))
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: STOREFRONT_CHANNEL } })
    const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { name: "Kho Tuyên Quang" } })
    const channelId = channels[0]?.id
    const locationId = locations[0]?.id
    if (!channelId || !locationId) throw new Error("Run the demo seed first (sales channel and warehouse missing)")

    // Numbered after the highest copy, not the count: a run stopped mid-batch leaves gaps,
    // and counting would hand out a handle that already exists.
    const { data: copies } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: { $like: "bench-%" } } as any })
    let next = (copies as { handle: string }[]).reduce((max, p) => Math.max(max, Number(p.handle.split("-")[1]) + 1 || 0), 0)
    const toAdd = target - total
    const started = Date.now()
    for (let done = 0; done < toAdd; ) {
      const size = Math.min(BATCH, toAdd - done)
      const items = Array.from({ length: size }, (_, k) => {
        const n = next + k
        const base = PRODUCTS[n % PRODUCTS.length]!
        return { n, base, stored: demoByHandle.get(base.handle) }
      }).filter((i) => i.stored?.producer?.id)
      // One workflow run per producer so each product is linked to its owner.
      const byProducer = new Map<string, typeof items>()
      items.forEach((i) => byProducer.set(i.stored.producer.id, [...(byProducer.get(i.stored.producer.id) ?? []), i]))
      for (const [producerId, group] of byProducer) {
        const { result: created } = await createProductsWorkflow(container).run({
          input: {
            products: group.map(({ n, base, stored }) => {
              const quality = QUALITIES[Math.floor(n / PRODUCTS.length) % QUALITIES.length]!
              return {
                title: `${base.title_vi} ${quality} ${Math.floor(n / (PRODUCTS.length * QUALITIES.length)) + 1}`,
                subtitle: base.subtitle_vi,
                description: base.description_vi,
                handle: `bench-${n}-${base.handle}`.slice(0, 120),
                status: ProductStatus.PUBLISHED,
                thumbnail: stored.thumbnail,
                images: (stored.images ?? []).map((i: any) => ({ url: i.url })),
                category_ids: (stored.categories ?? []).map((c: any) => c.id),
                shipping_profile_id: stored.shipping_profile?.id,
                weight: base.variants[0]?.weight_g,
                metadata: { craft: base.craft, bench: true },
                sales_channels: [{ id: channelId }],
                options: [{ title: base.option_title_vi, values: base.variants.map((v) => v.title_vi) }],
                variants: base.variants.map((v, vi) => ({
                  title: v.title_vi,
                  sku: `BENCH-${n}-${vi}`,
                  weight: v.weight_g,
                  manage_inventory: true,
                  options: { [base.option_title_vi]: v.title_vi },
                  prices: [
                    // Prices spread around the demo price so price facets have several brackets.
                    { currency_code: "vnd", amount: Math.round((v.price_vnd * (0.6 + ((n * 37) % 90) / 100)) / 1000) * 1000 },
                    { currency_code: "usd", amount: Math.round(v.price_usd * (0.6 + ((n * 37) % 90) / 100) * 100) / 100 },
                  ],
                })),
              }
            }),
            additional_data: { producer_id: producerId },
          },
        })
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["id", "inventory_items.inventory_item_id"],
          filters: { product_id: created.map((c) => c.id) },
        })
        const levels = (variants as any[])
          .map((v, i) => ({ inventory_item_id: v.inventory_items?.[0]?.inventory_item_id as string, location_id: locationId, stocked_quantity: i % 17 === 0 ? 0 : 20 + (i % 200) }))
          .filter((l) => l.inventory_item_id)
        if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
      }
      next += size
      done += size
      logger.info(`bench catalogue: ${total + done}/${target} products (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    }
  }

  // The search index is filled from the database, not from the creation events above.
  const search = container.resolve(Modules.SEARCH) as any
  const started = Date.now()
  await search.reindex({ index: "product" })
  logger.info(`bench catalogue: product search index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
