import "server-only"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import type { CraftCategory } from "@/lib/types"
import { toMedusaLocale } from "@/lib/util/locale-path"
import { CACHE_TAGS, cacheOptions } from "./cache"

/** Product categories are crafts (tea, brocade, hemp-linen, …), in the shop's language. */
export const listCrafts = cache(async (locale: AppLocale): Promise<CraftCategory[]> => {
  const { product_categories } = await sdk.client.fetch<{ product_categories: CraftCategory[] }>(
    "/store/product-categories",
    {
      query: {
        fields: "id,handle,name,description,rank",
        order: "rank",
        limit: 100,
        locale: toMedusaLocale(locale),
      },
      ...cacheOptions(CACHE_TAGS.categories),
    }
  )
  return product_categories
})

export async function getCraftByHandle(locale: AppLocale, handle: string): Promise<CraftCategory | null> {
  const crafts = await listCrafts(locale)
  return crafts.find((craft) => craft.handle === handle) ?? null
}
