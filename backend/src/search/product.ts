import { foldedSearchCopy } from "@cln/domain"
import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, QueryContext, search } from "@medusajs/framework/utils"

/**
 * The product search index: what a buyer types (title, description, tags, craft, village,
 * commune, province, producer, marks; with and without diacritics) and what they narrow
 * by (craft, village, province, OCOP stars, mark, VND price, availability).
 *
 * `title_folded` and `names_folded` hold diacritic-free copies (normalizeSearchText) so
 * that trigram typo matching (PostgreSQL) and ranking by attribute (Meilisearch) meet a
 * query typed without diacritics in the same field as the original text.
 *
 * The documents also hold what the shop's product card shows and search does not use
 * (English title and craft name, mark kinds and English names, the price in each shop
 * currency as Medusa prices it), so that the product listing (GET /store/product-cards)
 * is answered from the index alone: Medusa's GET /store/products with the card's fields
 * cost about 125 ms of CPU a page at 10,000 products (docs/benchmarks.md, issue #6).
 * `id` is sortable because the listing is ordered by it (newest first: ids are ULIDs).
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }),
  title_folded: search.text().searchable({ weight: 3 }).retrievable(false),
  subtitle: search.text().searchable({ weight: 1.5 }),
  description: search.text().searchable({ weight: 1.2 }).retrievable(false),
  thumbnail: search.keyword(),
  tags: search.keyword().array().searchable({ weight: 2 }),
  craft: search.keyword().filterable().facetable(),
  craft_name: search.text().searchable({ weight: 2 }),
  village: search.keyword().filterable().facetable(),
  village_name: search.text().searchable({ weight: 2 }),
  commune: search.text().searchable({ weight: 1.5 }),
  province: search.keyword().searchable({ weight: 1.5 }).filterable().facetable(),
  producer_name: search.text().searchable({ weight: 2 }),
  stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  marks: search.keyword().array().filterable().facetable(),
  mark_names: search.text().array().searchable({ weight: 2 }),
  names_folded: search.text().searchable({ weight: 1 }).retrievable(false),
  price: search.float().filterable().sortable().facetable({ types: ["range"] }),
  in_stock: search.boolean().filterable().facetable(),
  // The card's own fields: returned, never searched, filtered or counted.
  title_en: search.keyword(),
  craft_name_en: search.keyword(),
  mark_kinds: search.keyword().array(),
  mark_names_en: search.keyword().array(),
  vnd_price_min: search.float(),
  vnd_price_max: search.float(),
  usd_price_min: search.float(),
  usd_price_max: search.float(),
  // Read by the store routes to scope the index, never returned.
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
})

const GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "deleted_at",
  "tags.value",
  "categories.id",
  "categories.handle",
  "categories.name",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "producer.name",
  "producer.craft_village.handle",
  "producer.craft_village.name",
  "producer.craft_village.commune",
  "producer.craft_village.province",
  "ocop_badge.stars",
  "geo_marks.handle",
  "geo_marks.name",
  "geo_marks.name_en",
  "geo_marks.kind",
]

/** The currencies the shop prices cards in (storefront/src/lib/util/currency.ts). */
export const CARD_CURRENCIES = ["vnd", "usd"] as const
/** The store locale whose translations the cards carry (`*_en`); Vietnamese is the base content. */
export const CARD_ENGLISH_LOCALE = "en-US"

type Row = Record<string, any>

/** The cheapest VND list price of any variant (price lists left out: they have their own windows). */
function vndPrice(product: Row): number | undefined {
  const amounts = (product.variants ?? []).flatMap((v: Row) =>
    (v.prices ?? [])
      .filter((p: Row) => p?.currency_code?.toLowerCase() === "vnd" && !p.price_list_id)
      .map((p: Row) => Number(p.amount))
      .filter((n: number) => Number.isFinite(n))
  )
  return amounts.length ? Math.min(...amounts) : undefined
}

/** Sellable now: some variant is not stock-managed, allows backorders, or has stock left. */
function inStock(product: Row): boolean {
  return (product.variants ?? []).some((v: Row) => {
    if (!v.manage_inventory || v.allow_backorder) return true
    return (v.inventory_items ?? []).some((item: Row) =>
      (item?.inventory?.location_levels ?? []).reduce(
        (sum: number, level: Row) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
        0
      ) > 0
    )
  })
}

/** One search document per published product; drafts are left out (and removed on update). */
export function toProductSearchDocuments(rows: Row[]) {
  return rows
    .filter((p) => p.status === "published" && !p.deleted_at)
    .map((p) => {
      const category = p.categories?.[0]
      const village = p.producer?.craft_village
      const marks = (p.geo_marks ?? []).filter(Boolean) as Row[]
      const tags = (p.tags ?? []).map((t: Row) => t?.value).filter(Boolean) as string[]
      const price = vndPrice(p)
      const stars = p.ocop_badge?.stars
      return {
        id: p.id as string,
        handle: p.handle as string,
        title: p.title as string,
        title_folded: foldedSearchCopy([p.title]),
        subtitle: p.subtitle ?? undefined,
        description: p.description ?? undefined,
        thumbnail: p.thumbnail ?? undefined,
        tags,
        craft: category?.handle ?? undefined,
        craft_name: category?.name ?? undefined,
        village: village?.handle ?? undefined,
        village_name: village?.name ?? undefined,
        commune: village?.commune ?? undefined,
        province: village?.province ?? undefined,
        producer_name: p.producer?.name ?? undefined,
        stars: typeof stars === "number" ? stars : undefined,
        marks: marks.map((m) => m.handle as string),
        mark_names: marks.map((m) => m.name as string),
        mark_kinds: marks.map((m) => (m.kind as string | undefined) ?? ""),
        mark_names_en: marks.map((m) => (m.name_en as string | undefined) || (m.name as string)),
        names_folded: foldedSearchCopy([
          p.subtitle,
          category?.name,
          village?.name,
          village?.commune,
          village?.province,
          p.producer?.name,
          ...marks.map((m) => m.name),
          ...tags,
        ]),
        price,
        in_stock: inStock(p),
        status: p.status as string,
        sales_channel_ids: (p.sales_channels ?? []).map((s: Row) => s?.id).filter(Boolean) as string[],
      }
    })
}

type Graph = { graph: (q: Record<string, unknown>, options?: Record<string, unknown>) => Promise<{ data: Row[] }> }

/** The lowest and highest calculated price of a product's variants, when any is priced. */
export function priceSpan(variants: Row[] | null | undefined): { min: number; max: number } | undefined {
  const amounts = (variants ?? [])
    .map((v) => v?.calculated_price?.calculated_amount)
    .filter((n): n is number => typeof n === "number" && Number.isFinite(n))
  return amounts.length ? { min: Math.min(...amounts), max: Math.max(...amounts) } : undefined
}

/** English text of products and categories, read from the Translation module by reference. */
async function englishTexts(query: Graph, referenceIds: string[]): Promise<Map<string, Row>> {
  if (!referenceIds.length) return new Map()
  // The rows query.graph's `locale` option reads too (applyTranslations), for products and
  // their categories in one read, and without that option's query cache.
  const { data } = await query.graph({
    entity: "translations",
    fields: ["reference_id", "translations"],
    filters: { reference_id: referenceIds, locale_code: CARD_ENGLISH_LOCALE },
  })
  return new Map(data.map((t) => [t.reference_id as string, (t.translations ?? {}) as Row]))
}

/**
 * The card fields that take reads of their own, for a page of documents: each shop
 * currency's prices as Medusa's pricing computes them for the region of that currency
 * (the store's /store/products `variants.calculated_price`, price lists and region
 * prices included; a region of its own per currency, as the storefront picks one), and
 * the English title and craft name from the Translation module. Five reads a page.
 */
async function withCardFields(documents: ReturnType<typeof toProductSearchDocuments>, rows: Row[], query: Graph) {
  const ids = documents.map((d) => d.id)
  if (!ids.length) return documents
  const categoryIdByProduct = new Map(rows.map((r) => [r.id as string, r.categories?.[0]?.id as string | undefined]))
  const categoryIds = [...new Set([...categoryIdByProduct.values()].filter((id): id is string => !!id))]
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })
  const [prices, english] = await Promise.all([
    Promise.all(
      CARD_CURRENCIES.map(async (currency) => {
        const region = regions.find((r) => r.currency_code?.toLowerCase() === currency)
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "variants.id", "variants.calculated_price.*"],
          filters: { id: ids },
          context: { variants: { calculated_price: QueryContext({ currency_code: currency, ...(region ? { region_id: region.id } : {}) }) } },
        })
        return new Map(data.map((p) => [p.id as string, priceSpan(p.variants)]))
      })
    ),
    englishTexts(query, [...ids, ...categoryIds]),
  ])
  const [vnd, usd] = prices as [Map<string, { min: number; max: number } | undefined>, Map<string, { min: number; max: number } | undefined>]
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined)
  return documents.map((d) => {
    const categoryId = categoryIdByProduct.get(d.id)
    return {
      ...d,
      title_en: text(english.get(d.id)?.title) ?? d.title,
      craft_name_en: (categoryId ? text(english.get(categoryId)?.name) : undefined) ?? d.craft_name,
      vnd_price_min: vnd.get(d.id)?.min,
      vnd_price_max: vnd.get(d.id)?.max,
      usd_price_min: usd.get(d.id)?.min,
      usd_price_max: usd.get(d.id)?.max,
    }
  })
}

const source = {
  fields: GRAPH_FIELDS,
  transform: async (rows: Row[], context: SearchTypes.SearchIngestionContext) =>
    (await withCardFields(toProductSearchDocuments(rows), rows, context.container.query as unknown as Graph)) as any[],
}
const consumeProducts = graphConsume<typeof productSearchFields>(source)

/** A price list changed, went, or its start or end time came (Medusa sends nothing then): its products are priced again. */
export const PRICE_LIST_CHANGED = "price_list.changed"

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v.length > 0)

/**
 * The events that change what a product's document holds, and how each names the
 * products it touches. Product events carry the product id; variant, price, price list
 * and stock events are walked back to their product; certificate events carry `product_id`, except
 * the end of a right of use, which names the right (whose producer's products may have
 * lost a mark claim); a translation names its product, or its category's products.
 */
export const PRODUCT_SEARCH_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "ocop_certificate.verified",
  "ocop_certificate.revoked",
  "ocop_certificate.expired",
  "product_mark.claimed",
  "product_mark.unclaimed",
  "mark_right.revoked",
  "mark_right.expired",
  // English titles and craft names (the listing's cards).
  "translation.created",
  "translation.updated",
  "translation.deleted",
  // Prices as the cards show them (Medusa's calculated price: sale price lists included).
  // Prices added to or changed in a price list send these; a price list's own changes
  // (status, dates, rules, deletion) and its start and end send nothing from Medusa, so
  // jobs/reprice-price-lists.ts sends PRICE_LIST_CHANGED for them.
  "pricing.price.created",
  "pricing.price.updated",
  "pricing.price.deleted",
  PRICE_LIST_CHANGED,
] as const

async function productIdsOf(event: { name: string; data: any }, query: Graph): Promise<string[]> {
  const data = event.data ?? {}
  const [entity] = event.name.split(".")
  switch (entity) {
    case "product-variant": {
      if (data.product_id) return ids(data.product_id)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["product_id"],
        filters: { id: ids(data.id) },
        withDeleted: true,
      })
      return variants.map((v) => v.product_id)
    }
    case "inventory-level":
    case "reservation-item": {
      const { data: rows } = await query.graph({
        entity: entity === "inventory-level" ? "inventory_level" : "reservation_item",
        fields: ["inventory_item.variants.product_id"],
        filters: { id: ids(data.id) },
        withDeleted: true,
      })
      return rows.flatMap((r) => (r.inventory_item?.variants ?? []).map((v: Row) => v?.product_id))
    }
    case "ocop_certificate":
    case "product_mark":
      return ids(data.product_id)
    case "translation": {
      const { data: translations } = await query.graph({
        entity: "translations",
        fields: ["reference", "reference_id"],
        filters: { id: ids(data.id) },
        withDeleted: true,
      })
      const products = translations.filter((t) => t.reference === "product").map((t) => t.reference_id)
      const categoryIds = translations.filter((t) => t.reference === "product_category").map((t) => t.reference_id)
      if (!categoryIds.length) return products
      const { data: categories } = await query.graph({ entity: "product_category", fields: ["products.id"], filters: { id: categoryIds } })
      return [...products, ...categories.flatMap((c) => (c.products ?? []).map((p: Row) => p?.id))]
    }
    case "pricing": {
      // Prices of price lists (a variant's own prices come with product-variant.updated;
      // every new product would otherwise be indexed once more per price).
      const { data: prices } = await query.graph({
        entity: "price",
        fields: ["price_list_id", "price_set.variant.product_id"],
        filters: { id: ids(data.id) },
        withDeleted: true,
      })
      return prices.filter((p) => p.price_list_id).map((p) => p.price_set?.variant?.product_id)
    }
    case "price_list": {
      const { data: lists } = await query.graph({
        entity: "price_list",
        fields: ["prices.price_set.variant.product_id"],
        filters: { id: ids(data.id) },
        withDeleted: true,
      })
      return lists.flatMap((l) => (l.prices ?? []).map((p: Row) => p?.price_set?.variant?.product_id))
    }
    case "mark_right": {
      const { data: rights } = await query.graph({
        entity: "mark_right",
        fields: ["producer.products.id"],
        filters: { id: ids(data.id) },
      })
      return rights.flatMap((r) => (r.producer?.products ?? []).map((p: Row) => p?.id))
    }
    default:
      return ids(data.id)
  }
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  events: [...PRODUCT_SEARCH_EVENTS],
  async consume(event, context) {
    if (event.name.startsWith("product.")) {
      return await consumeProducts(event, context)
    }
    const query = context.container.query as unknown as Graph
    const productIds = [...new Set(ids(await productIdsOf(event, query)))]
    if (!productIds.length) return []
    // Variant, stock and price events of a product being deleted can arrive after its
    // own product.deleted: they must not bring its document back.
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "deleted_at"],
      filters: { id: productIds },
      withDeleted: true,
    })
    const gone = new Set(products.filter((p) => p.deleted_at).map((p) => p.id as string))
    const live = productIds.filter((id) => !gone.has(id) && products.some((p) => p.id === id))
    const removed = productIds.filter((id) => !live.includes(id))
    const writes = live.length ? await consumeProducts({ ...event, name: "product.updated", data: { id: live } }, context) : []
    return removed.length ? [...writes, { action: "delete" as const, filters: { id: removed } }] : writes
  },
  seed: graphSeed<typeof productSearchFields>(source),
})
