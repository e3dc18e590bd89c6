import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * The one Medusa JS SDK instance. Every read runs in server components, so the backend
 * URL and publishable key are plain server environment variables, read when the server
 * starts (not inlined at build time).
 */
export const MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  debug: process.env.NODE_ENV === "development" && process.env.MEDUSA_SDK_DEBUG === "true",
})
