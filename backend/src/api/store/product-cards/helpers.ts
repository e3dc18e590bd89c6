import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The index fields a card is made of (src/search/product.ts). */
export const CARD_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "thumbnail",
  "craft",
  "craft_name",
  "craft_name_en",
  "producer_name",
  "village",
  "village_name",
  "stars",
  "marks",
  "mark_names",
  "mark_names_en",
  "mark_kinds",
  "in_stock",
  "vnd_price_min",
  "vnd_price_max",
  "usd_price_min",
  "usd_price_max",
]

export type StoreProductCard = {
  id: string
  handle: string
  /** In the requested locale when the product is translated into it, else the Vietnamese title. */
  title: string
  thumbnail: string | null
  craft: { handle: string; name: string } | null
  producer_name: string | null
  village: { handle: string; name: string } | null
  /** Stars of a verified, unexpired OCOP certificate. */
  ocop_stars: number | null
  marks: { handle: string; kind: string; name: string; name_en: string }[]
  /** The cheapest variant's price in the region's currency; `is_range` when others cost more. */
  price: { amount: number; currency_code: string; is_range: boolean } | null
  sold_out: boolean
}

type Document = Record<string, any>

const text = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null)
const amount = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null)

/**
 * A card from an index document, for a locale ("en-…" reads the English fields) and a
 * currency (null: unpriced, as the store lists products without a region). A currency
 * the documents do not price (the shop's are VND and USD) gives no price.
 */
export function toProductCard(d: Document, { currency, english }: { currency: string | null; english: boolean }): StoreProductCard {
  const marks = Array.isArray(d.marks) ? (d.marks as string[]) : []
  const min = currency ? amount(d[`${currency}_price_min`]) : null
  const max = currency ? amount(d[`${currency}_price_max`]) : null
  const craftName = (english ? text(d.craft_name_en) : null) ?? text(d.craft_name) ?? d.craft
  return {
    id: d.id,
    handle: d.handle,
    title: (english ? text(d.title_en) : null) ?? d.title,
    thumbnail: text(d.thumbnail),
    craft: d.craft ? { handle: d.craft, name: craftName } : null,
    producer_name: text(d.producer_name),
    village: d.village ? { handle: d.village, name: text(d.village_name) ?? d.village } : null,
    ocop_stars: typeof d.stars === "number" ? d.stars : null,
    marks: marks.map((handle, i) => {
      const name = text(d.mark_names?.[i]) ?? handle
      return { handle, kind: text(d.mark_kinds?.[i]) ?? "", name, name_en: text(d.mark_names_en?.[i]) ?? name }
    }),
    price: currency && min !== null ? { amount: min, currency_code: currency, is_range: max !== null && max > min } : null,
    sold_out: d.in_stock === false,
  }
}

/** How long a process trusts the regions' currencies it has read. */
const REGIONS_KEEP_MS = 10_000

let kept: { at: number; currencies: Promise<Map<string, string>> } | null = null

function readCurrencies(container: MedusaContainer, fresh: boolean): Promise<Map<string, string>> {
  if (!fresh && kept && Date.now() - kept.at < REGIONS_KEEP_MS) return kept.currencies
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const currencies = query
    .graph({ entity: "region", fields: ["id", "currency_code"] })
    .then(({ data }) => new Map((data as { id: string; currency_code: string }[]).map((r) => [r.id, r.currency_code.toLowerCase()])))
  const entry = { at: Date.now(), currencies }
  kept = entry
  currencies.catch(() => {
    if (kept === entry) kept = null
  })
  return currencies
}

/**
 * The currency of a region, from the regions read at most every REGIONS_KEEP_MS per
 * process and read again at once for a region they lack (one made a moment ago); null
 * when there is no such region.
 */
export async function regionCurrency(container: MedusaContainer, regionId: string): Promise<string | null> {
  const known = (await readCurrencies(container, false)).get(regionId)
  if (known) return known
  return (await readCurrencies(container, true)).get(regionId) ?? null
}
