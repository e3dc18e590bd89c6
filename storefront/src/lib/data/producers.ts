import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { ProducerDetail } from "@/lib/village-types"
import { CACHE_TAGS, cacheOptions } from "./cache"

/** An approved producer's public page data; null when there is none (or it is not approved). */
export const getProducerByHandle = cache(async (handle: string): Promise<ProducerDetail | null> => {
  try {
    const { producer } = await sdk.client.fetch<{ producer: ProducerDetail }>(
      `/store/producers/${encodeURIComponent(handle)}`,
      cacheOptions(CACHE_TAGS.producers, CACHE_TAGS.producer(handle))
    )
    return producer
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
})
