/**
 * Vietnamese text helpers: folding diacritics for handles and accent-insensitive matching.
 */

/**
 * Removes Vietnamese diacritics: "Chè Shan tuyết" → "Che Shan tuyet". đ/Đ are separate
 * letters in Unicode (not a base letter plus a mark), so NFD alone would keep them.
 */
export function foldDiacritics(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC")
}

/**
 * A URL handle from any title: lowercase ASCII letters and digits joined by single
 * hyphens, e.g. "Thổ cẩm Lâm Bình – khăn 60×180" → "tho-cam-lam-binh-khan-60-180".
 */
export function slugify(input: string, maxLength = 96): string {
  const slug = foldDiacritics(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  if (slug.length <= maxLength) return slug
  return slug.slice(0, maxLength).replace(/-+[^-]*$/, "") || slug.slice(0, maxLength)
}

/** True when a string is already a valid handle as slugify produces them. */
export function isHandle(input: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input)
}
