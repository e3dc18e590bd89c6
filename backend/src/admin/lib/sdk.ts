import Medusa from "@medusajs/js-sdk"

// The admin runs on the backend's own origin; the session cookie authenticates.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
