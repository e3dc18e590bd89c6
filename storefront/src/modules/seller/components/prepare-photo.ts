/**
 * Shrinks a phone camera photo before upload: a 12-megapixel picture becomes a JPEG of
 * at most 1600 px on its long side (a few hundred kB), which uploads on a weak rural
 * connection and stays under the server action's 1 MB body limit. Small JPEG, PNG and
 * WebP files are sent as they are.
 */

const MAX_SIDE = 1600
/** Leaves room under the 1 MB server action limit for the multipart envelope. */
const MAX_BYTES = 900 * 1024
const AS_IS_TYPES = new Set(["image/jpeg", "image/png", "image/webp"])
/** Tried in turn until the JPEG is small enough: [scale of MAX_SIDE, quality]. */
const ATTEMPTS: [number, number][] = [
  [1, 0.85],
  [1, 0.7],
  [0.75, 0.7],
  [0.5, 0.65],
]

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality))
}

export async function preparePhoto(file: File): Promise<File> {
  if (file.size <= MAX_BYTES && AS_IS_TYPES.has(file.type)) return file
  if (typeof createImageBitmap !== "function") return file
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file)
  } catch {
    // Not a picture this browser can read: the server will say so.
    return file
  }
  const canvas = document.createElement("canvas")
  const context = canvas.getContext("2d")
  if (!context) return file
  let blob: Blob | null = null
  for (const [scale, quality] of ATTEMPTS) {
    const ratio = Math.min(1, (MAX_SIDE * scale) / Math.max(bitmap.width, bitmap.height))
    canvas.width = Math.max(1, Math.round(bitmap.width * ratio))
    canvas.height = Math.max(1, Math.round(bitmap.height * ratio))
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    blob = await toJpeg(canvas, quality)
    if (blob && blob.size <= MAX_BYTES) break
  }
  bitmap.close()
  if (!blob) return file
  const base = file.name.replace(/\.[^.]*$/, "") || "photo"
  return new File([blob], `${base}.jpg`, { type: "image/jpeg" })
}
