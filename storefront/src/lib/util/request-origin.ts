import "server-only"
import { headers } from "next/headers"
import { publicOrigin } from "@/lib/trace/headers"

/** This site's public origin for absolute links in a page: STOREFRONT_URL, else the request's host. */
export async function requestOrigin(): Promise<string> {
  const h = await headers()
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http"
  return publicOrigin(process.env.STOREFRONT_URL, `${proto}://${h.get("host") ?? "localhost"}`)
}
