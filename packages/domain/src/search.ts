import { foldDiacritics } from "./text"

/**
 * Vietnamese search text rules shared by the search index (what is stored), the search
 * providers (how a query is read) and the storefront (what a buyer typed).
 */

/** Longer queries are refused: nobody types 200 characters into a shop's search box. */
export const SEARCH_QUERY_MAX_LENGTH = 200

/**
 * The form a text is matched in: no tone or vowel marks (đ → d), lowercase, every run of
 * spaces or punctuation turned into one space, no leading or trailing space:
 * "  Chè  SHAN-tuyết! " → "che shan tuyet". Composed and decomposed input read the same.
 */
export function normalizeSearchText(input: string): string {
  return foldDiacritics(input.normalize("NFC"))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}

/** The words of a normalised text, in order, without repeats. */
export function searchWords(input: string): string[] {
  const words = normalizeSearchText(input).split(" ").filter(Boolean)
  return [...new Set(words)]
}

/**
 * The folded copy of a document's texts that goes into the index next to the originals,
 * so that a query typed without diacritics (or with a typo) still meets them.
 */
export function foldedSearchCopy(parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map(normalizeSearchText)
    .filter(Boolean)
    .join(" ")
}

/** The price brackets (VND) search offers as a facet; `to` is exclusive. */
export const VND_PRICE_RANGES = [
  { key: "under-200k", to: 200_000 },
  { key: "200k-500k", from: 200_000, to: 500_000 },
  { key: "500k-1m", from: 500_000, to: 1_000_000 },
  { key: "over-1m", from: 1_000_000 },
] as const satisfies ReadonlyArray<{ key: string; from?: number; to?: number }>

export type VndPriceRangeKey = (typeof VND_PRICE_RANGES)[number]["key"]

/** The bracket a price falls in. */
export function vndPriceRangeOf(amount: number): VndPriceRangeKey {
  for (const range of VND_PRICE_RANGES) {
    const from = "from" in range ? range.from : -Infinity
    const to = "to" in range ? range.to : Infinity
    if (amount >= from && amount < to) return range.key
  }
  /* c8 ignore next */
  throw new RangeError(`No price range for ${amount}`)
}
