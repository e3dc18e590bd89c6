// multer (a dependency of @medusajs/medusa, which uses it for /admin/uploads) ships no
// types; this declares the part of its API the producer upload route uses.
declare module "multer" {
  import type { RequestHandler } from "express"

  namespace multer {
    interface File {
      fieldname: string
      originalname: string
      mimetype: string
      size: number
      buffer: Buffer
    }
    interface Options {
      storage?: StorageEngine
      defParamCharset?: string
      limits?: { fileSize?: number; files?: number; fields?: number; parts?: number }
    }
    type StorageEngine = object
    interface Multer {
      array(fieldName: string, maxCount?: number): RequestHandler
    }
    class MulterError extends Error {
      code: string
      field?: string
    }
    function memoryStorage(): StorageEngine
  }
  function multer(options?: multer.Options): multer.Multer
  export = multer
}
