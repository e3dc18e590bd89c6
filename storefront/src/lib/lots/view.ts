import type { SellerProduct } from "@/lib/seller-types"
import type { LotChain, LotDetail, LotEvent, ProducerLot, VariantOption } from "./types"

/** What the lot pages show, computed from API answers. */

/** Every variant of the producer's products, as "Product · Variant" choices, sorted by name. */
export function variantOptions(products: readonly Pick<SellerProduct, "title" | "variants">[]): VariantOption[] {
  return products
    .flatMap((product) =>
      (product.variants ?? []).map((variant) => {
        const single = (product.variants ?? []).length === 1
        return {
          id: variant.id,
          productTitle: product.title,
          variantTitle: variant.title,
          sku: variant.sku,
          // A product's only variant is often called "Default"; the product's name says enough.
          label: single ? product.title : `${product.title} · ${variant.title}`,
        }
      })
    )
    .sort((a, b) => a.label.localeCompare(b.label, "vi"))
}

export type ChainState = "valid" | "broken" | "empty"

/** A lot with no events yet has nothing to verify; the page says so rather than "valid". */
export function chainState(lot: { chain: ProducerLot["chain"]; event_count?: number; events?: readonly unknown[] }): ChainState {
  if (lot.chain && lot.chain.valid === false) return "broken"
  // The list sends a count, a lot's page its events.
  return (lot.event_count ?? lot.events?.length ?? 0) > 0 ? "valid" : "empty"
}

/** Where the chain breaks: the 1-based position of the first event found wrong, when the backend says. */
export function brokenAt(chain: LotChain): number | null {
  return typeof chain.broken_at === "number" && chain.broken_at >= 1 ? chain.broken_at : null
}

/** The first characters of a hash, enough to compare by eye. */
export const shortHash = (hash: string | null | undefined, length = 10) => (hash ? hash.slice(0, length) : "")

/** Events in the order they were recorded. */
export function eventsInOrder(events: readonly LotEvent[] | null | undefined): LotEvent[] {
  return [...(events ?? [])].sort((a, b) => a.sequence - b.sequence)
}

/** Places used before (newest first) and the zone's, offered as suggestions in the step form. */
export function placeSuggestions(lot: Pick<LotDetail, "events" | "zone">): string[] {
  const places = eventsInOrder(lot.events)
    .reverse()
    .map((event) => event.place_name?.trim())
    .filter((place): place is string => Boolean(place))
  const zone = lot.zone ? [lot.zone.name, [lot.zone.commune, lot.zone.province].filter(Boolean).join(", ")] : []
  return [...new Set([...places, ...zone.filter(Boolean)])].slice(0, 8)
}

/** The place the last step happened, as the next step's default. */
export function lastPlace(lot: Pick<LotDetail, "events">): string {
  const last = eventsInOrder(lot.events).at(-1)
  return last?.place_name ?? ""
}

/** "Chè Shan tuyết · Hộp 100 g": what a lot is of. */
export function lotSubject(lot: Pick<ProducerLot, "product" | "variant">): string {
  const product = lot.product?.title ?? ""
  const variant = lot.variant?.title ?? ""
  if (!product) return variant
  return variant && variant !== product && !/^default/i.test(variant) ? `${product} · ${variant}` : product
}
