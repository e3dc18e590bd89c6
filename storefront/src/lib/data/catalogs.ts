import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { StoreCatalog, StoreDisplayPoint } from "@/lib/catalogs/types"
import { CACHE_TAGS, cacheOptions } from "./cache"

/**
 * The catalogs on show now, newest first. Kept 10 s rather than the catalogue's 60 s:
 * officers publish a catalog for an event and expect the home page to show it at once.
 */
export async function listCatalogs(): Promise<StoreCatalog[]> {
  const { catalogs } = await sdk.client.fetch<{ catalogs: StoreCatalog[] }>("/store/catalogs", {
    cache: "force-cache",
    next: { revalidate: 10, tags: [CACHE_TAGS.catalogs] },
  })
  return catalogs
}

export const getCatalog = cache(async (handle: string): Promise<StoreCatalog | null> => {
  try {
    const { catalog } = await sdk.client.fetch<{ catalog: StoreCatalog }>(`/store/catalogs/${handle}`, cacheOptions(CACHE_TAGS.catalogs))
    return catalog
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
})

/**
 * Someone scanned a display point's poster: count the scan (never cached) and get the
 * point with the catalog it shows now. Null for an unknown or inactive point.
 */
export async function scanDisplayPoint(
  handle: string,
  locale: string
): Promise<{ display_point: StoreDisplayPoint; catalog: StoreCatalog | null } | null> {
  try {
    return await sdk.client.fetch(`/store/display-points/${handle}/scans`, { method: "POST", body: { locale }, cache: "no-store" })
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
