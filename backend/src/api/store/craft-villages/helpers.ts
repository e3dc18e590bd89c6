import {
  PRODUCT_SUMMARY_FIELDS,
  PUBLIC_ARTISAN_DETAIL_FIELDS,
  PUBLIC_ARTISAN_FIELDS,
  PUBLIC_PRODUCER_DETAIL_FIELDS,
  PUBLIC_PRODUCER_FIELDS,
  PUBLIC_VILLAGE_DETAIL_FIELDS,
  PUBLIC_VILLAGE_FIELDS,
} from "./query-config"

/**
 * Response shapes of the public village, producer and artisan routes. Each copies only
 * named public fields from what `query.graph` read, so a field added to a query for a
 * decision (a producer's status, a product's sales channels) never reaches a response.
 */

type Row = Record<string, any>
type Picked<K extends readonly string[]> = { [F in K[number]]: unknown }

const TITLE_RANK: Record<string, number> = { nghe_nhan_nhan_dan: 0, nghe_nhan_uu_tu: 1, nghe_nhan: 2, tho_gioi: 3 }
const byName = (a: Row, b: Row) => String(a.name).localeCompare(String(b.name), "vi")

function pick<K extends readonly string[]>(row: Row, fields: K): Picked<K> {
  return Object.fromEntries(fields.map((field) => [field, row[field] ?? null])) as Picked<K>
}

const present = (rows: (Row | null | undefined)[] | null | undefined): Row[] => (rows ?? []).filter((r): r is Row => !!r)

/** Only approved producers are public; pending, rejected and suspended ones do not exist for buyers. */
export const isApprovedProducer = (producer: Row | null | undefined): producer is Row => producer?.status === "approved"

/** Published products sold in one of the sales channels of the request's publishable key. */
export function visibleProducts(products: Row[] | null | undefined, salesChannelIds: readonly string[]) {
  return present(products)
    .filter(
      (product) =>
        product.status === "published" &&
        present(product.sales_channels).some((channel) => salesChannelIds.includes(channel.id))
    )
    .sort((a, b) => String(a.title).localeCompare(String(b.title), "vi"))
    .map((product) => pick(product, PRODUCT_SUMMARY_FIELDS))
}

function publicArtisans(artisans: Row[] | null | undefined) {
  return present(artisans)
    .sort((a, b) => (TITLE_RANK[a.title] ?? 9) - (TITLE_RANK[b.title] ?? 9) || byName(a, b))
    .map((artisan) => pick(artisan, PUBLIC_ARTISAN_FIELDS))
}

export function toPublicVillageSummary(village: Row) {
  return {
    ...pick(village, PUBLIC_VILLAGE_FIELDS),
    producer_count: present(village.producers).filter(isApprovedProducer).length,
    artisan_count: present(village.artisans).length,
  }
}

export function toPublicVillage(village: Row, salesChannelIds: readonly string[]) {
  return {
    ...pick(village, PUBLIC_VILLAGE_DETAIL_FIELDS),
    producers: present(village.producers)
      .filter(isApprovedProducer)
      .sort(byName)
      .map((producer) => ({
        ...pick(producer, PUBLIC_PRODUCER_FIELDS),
        products: visibleProducts(producer.products, salesChannelIds),
      })),
    artisans: publicArtisans(village.artisans),
  }
}

export function toPublicProducer(producer: Row, salesChannelIds: readonly string[]) {
  return {
    ...pick(producer, PUBLIC_PRODUCER_DETAIL_FIELDS),
    craft_village: producer.craft_village ? pick(producer.craft_village, PUBLIC_VILLAGE_FIELDS) : null,
    artisans: publicArtisans(producer.artisans),
    products: visibleProducts(producer.products, salesChannelIds),
  }
}

export function toPublicArtisan(artisan: Row) {
  return {
    ...pick(artisan, PUBLIC_ARTISAN_DETAIL_FIELDS),
    craft_village: artisan.craft_village ? pick(artisan.craft_village, PUBLIC_VILLAGE_FIELDS) : null,
    producer: isApprovedProducer(artisan.producer) ? pick(artisan.producer, PUBLIC_PRODUCER_FIELDS) : null,
  }
}
