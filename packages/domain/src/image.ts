/**
 * Recognises the picture formats the marketplace accepts from the file's first bytes, so
 * that a file's declared type (which the client chooses) is never trusted on its own.
 */

export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export type AcceptedImageType = (typeof ACCEPTED_IMAGE_TYPES)[number]

export const IMAGE_EXTENSIONS: Record<AcceptedImageType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b)

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0))

/**
 * The image type a file's content shows (JPEG: FF D8 FF; PNG: its 8-byte signature;
 * WebP: "RIFF" size "WEBP"), or null when it is none of the accepted types.
 */
export function sniffImageType(bytes: Uint8Array): AcceptedImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, PNG_SIGNATURE)) return "image/png"
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp"
  return null
}

/** True when a declared MIME type is one of the accepted image types ("image/jpg" counts as JPEG). */
export function normalizeImageType(declared: string | undefined | null): AcceptedImageType | null {
  const type = (declared ?? "").trim().toLowerCase()
  if (type === "image/jpg" || type === "image/pjpeg") return "image/jpeg"
  return (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(type) ? (type as AcceptedImageType) : null
}

/** What a producer may upload: photos up to 5 MB, four per upload, eight per product. */
export const PRODUCT_IMAGE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxFilesPerUpload: 4,
  maxPerProduct: 8,
} as const
