import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { IMAGE_EXTENSIONS, normalizeImageType, PRODUCT_IMAGE_LIMITS, slugify, sniffImageType } from "@cln/domain"

export type ProductImageFile = {
  filename: string
  /** The type the client declared. */
  mime_type: string
  /** Base64. */
  content: string
}

const MB = PRODUCT_IMAGE_LIMITS.maxBytes / (1024 * 1024)

/**
 * Only JPEG, PNG and WebP photos of at most 5 MB, four at a time. The type is read from
 * the file's first bytes and must agree with the declared one; the stored name is made
 * from the original name with the extension of the real type.
 */
export const validateProductImagesStep = createStep(
  "validate-product-images",
  async (files: ProductImageFile[]) => {
    if (!files.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Chưa có ảnh nào được gửi / No image was uploaded (send them in the "files" field).`)
    }
    if (files.length > PRODUCT_IMAGE_LIMITS.maxFilesPerUpload) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Mỗi lần tải tối đa ${PRODUCT_IMAGE_LIMITS.maxFilesPerUpload} ảnh / At most ${PRODUCT_IMAGE_LIMITS.maxFilesPerUpload} images per upload.`
      )
    }
    const checked = files.map((file) => {
      const bytes = Buffer.from(file.content, "base64")
      if (bytes.length > PRODUCT_IMAGE_LIMITS.maxBytes) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Ảnh "${file.filename}" lớn hơn ${MB} MB / Image "${file.filename}" is larger than ${MB} MB.`
        )
      }
      const declared = normalizeImageType(file.mime_type)
      const actual = sniffImageType(bytes.subarray(0, 16))
      if (!declared || !actual || declared !== actual) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Tệp "${file.filename}" không phải ảnh JPEG, PNG hoặc WebP / File "${file.filename}" is not a JPEG, PNG or WebP image.`
        )
      }
      const base = slugify(file.filename.replace(/\.[^.]*$/, ""), 60) || "anh"
      return {
        filename: `${base}.${IMAGE_EXTENSIONS[actual]}`,
        mimeType: actual,
        content: file.content,
        access: "public" as const,
      }
    })
    return new StepResponse(checked)
  }
)
