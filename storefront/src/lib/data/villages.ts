import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { VillageDetail, VillageSummary } from "@/lib/village-types"
import { CACHE_TAGS, cacheOptions } from "./cache"

/** Craft villages for the index page and its map, optionally those practising one craft (a craft key). */
export async function listVillages({ craft }: { craft?: string } = {}): Promise<VillageSummary[]> {
  const { craft_villages } = await sdk.client.fetch<{ craft_villages: VillageSummary[] }>("/store/craft-villages", {
    query: { limit: 100, ...(craft ? { craft } : {}) },
    ...cacheOptions(CACHE_TAGS.villages),
  })
  return craft_villages
}

/** One village with its approved producers and artisans; null when there is no such village. */
export const getVillageByHandle = cache(async (handle: string): Promise<VillageDetail | null> => {
  try {
    const { craft_village } = await sdk.client.fetch<{ craft_village: VillageDetail }>(
      `/store/craft-villages/${encodeURIComponent(handle)}`,
      cacheOptions(CACHE_TAGS.villages, CACHE_TAGS.village(handle))
    )
    return craft_village
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
})
