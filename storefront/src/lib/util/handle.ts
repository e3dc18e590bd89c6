import { isHandle } from "@cln/domain"

/**
 * Whether a URL segment could be a record's handle: lowercase ASCII words joined by
 * hyphens, of a sane length. Anything else cannot exist, so the API is not asked.
 */
export function isPlausibleHandle(handle: string): boolean {
  return handle.length <= 200 && isHandle(handle)
}
