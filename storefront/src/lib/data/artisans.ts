import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { ArtisanDetail } from "@/lib/village-types"
import { CACHE_TAGS, cacheOptions } from "./cache"

/** An artisan with their works, village and producer; null when there is no such artisan. */
export const getArtisanByHandle = cache(async (handle: string): Promise<ArtisanDetail | null> => {
  try {
    const { artisan } = await sdk.client.fetch<{ artisan: ArtisanDetail }>(
      `/store/artisans/${encodeURIComponent(handle)}`,
      cacheOptions(CACHE_TAGS.artisans, CACHE_TAGS.artisan(handle))
    )
    return artisan
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
})
