import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_IMAGE_LIMITS } from "@cln/domain"
import multer from "multer"

// As Medusa's /admin/uploads: files stay in memory and go to the upload workflow as
// base64. The limits stop oversized or too many files while they are being received;
// file names are read as UTF-8 so Vietnamese names survive.
const upload = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: PRODUCT_IMAGE_LIMITS.maxBytes, files: PRODUCT_IMAGE_LIMITS.maxFilesPerUpload, fields: 10 },
})
const receive = upload.array("files", PRODUCT_IMAGE_LIMITS.maxFilesPerUpload)

const MB = PRODUCT_IMAGE_LIMITS.maxBytes / (1024 * 1024)
const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `Mỗi ảnh tối đa ${MB} MB / Each image can be at most ${MB} MB.`,
  LIMIT_FILE_COUNT: `Mỗi lần tải tối đa ${PRODUCT_IMAGE_LIMITS.maxFilesPerUpload} ảnh / At most ${PRODUCT_IMAGE_LIMITS.maxFilesPerUpload} images per upload.`,
  LIMIT_UNEXPECTED_FILE: `Gửi tối đa ${PRODUCT_IMAGE_LIMITS.maxFilesPerUpload} ảnh trong trường "files" / Send at most ${PRODUCT_IMAGE_LIMITS.maxFilesPerUpload} images in the "files" field.`,
}

/** Receives the multipart upload; multer's own errors become clear 400 answers. */
function receiveImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req as any, res as any, (err?: unknown) => {
    if (!err) return next()
    if (err instanceof multer.MulterError) {
      const message = MULTER_MESSAGES[err.code] ?? `Không nhận được tệp / The upload could not be read (${err.code}).`
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Không đọc được tệp tải lên / The upload could not be read."))
  })
}

export const producerUploadRoutes: MiddlewareRoute[] = [
  { matcher: "/producer/uploads", methods: ["POST"], middlewares: [receiveImages] },
]
