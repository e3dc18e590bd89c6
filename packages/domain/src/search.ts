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

/**
 * Typos a word may carry and still be read as another word, as Meilisearch allows them:
 * none under 4 letters (too many short words are one letter apart: "cam", "com", "cau"),
 * one from 4 letters, two from 8.
 */
export function allowedTypos(word: string): number {
  if (word.length >= 8) return 2
  if (word.length >= 4) return 1
  return 0
}

/**
 * The edit distance between two words counting a swap of two neighbouring letters as one
 * edit (optimal string alignment), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0)
    current[0] = i
    let rowMin = current[0]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length]!, limit + 1)
}

/**
 * What each word of a folded query may stand for in a store's vocabulary (its words with
 * the number of documents holding each): a word of the vocabulary stands for itself;
 * another stands for the vocabulary's words within its allowed typos, nearest first, then
 * most common, at most `max`. A word with no such word is null: the query cannot match.
 */
export function typoAlternatives(
  words: readonly string[],
  vocabulary: ReadonlyMap<string, number>,
  max = 8
): string[][] | null {
  const out: string[][] = []
  for (const word of words) {
    if (vocabulary.has(word)) {
      out.push([word])
      continue
    }
    const limit = allowedTypos(word)
    if (limit === 0) return null
    const near: { word: string; distance: number; count: number }[] = []
    for (const [candidate, count] of vocabulary) {
      const distance = editDistance(word, candidate, limit)
      if (distance <= limit) near.push({ word: candidate, distance, count })
    }
    if (!near.length) return null
    near.sort((x, y) => x.distance - y.distance || y.count - x.count || x.word.localeCompare(y.word))
    out.push(near.slice(0, max).map((n) => n.word))
  }
  return out
}
