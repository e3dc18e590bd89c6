import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { ShopRegion } from "@/lib/types"
import { CURRENCY_COOKIE, parseCurrency, pickRegion, type ShopCurrency } from "@/lib/util/currency"
import { CACHE_TAGS, cacheOptions } from "./cache"

export async function listRegions(): Promise<ShopRegion[]> {
  const { regions } = await sdk.client.fetch<{ regions: ShopRegion[] }>("/store/regions", {
    query: { fields: "id,name,currency_code", limit: 50 },
    ...cacheOptions(CACHE_TAGS.regions),
  })
  return regions
}

/** The currency the visitor chose with the header switch (VND unless they chose USD). */
export async function getCurrency(): Promise<ShopCurrency> {
  const cookieStore = await cookies()
  return parseCurrency(cookieStore.get(CURRENCY_COOKIE)?.value)
}

/** The region that prices this request: "Việt Nam" (VND) by default, "International" (USD) on request. */
export const getRegion = cache(async (): Promise<ShopRegion | null> => {
  const [regions, currency] = await Promise.all([listRegions(), getCurrency()])
  return pickRegion(regions, currency)
})
