import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

export type StorefrontContext = {
  sales_channel_id: string
  /** Where producers' stock is counted: the storefront channel's stock location. */
  location_id: string
  shipping_profile_id: string | null
}

/**
 * Producers sell through the store's default sales channel (the storefront) and keep
 * stock at that channel's stock location; their products ship with the default profile.
 */
export async function getStorefrontContext(query: Omit<RemoteQueryFunction, symbol>): Promise<StorefrontContext> {
  const { data: [store] } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const channelId = (store as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id
  if (!channelId) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no default (storefront) sales channel; run the seed first.")
  }
  const { data: [channel] } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: channelId },
  })
  const locationId = (channel as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id
  if (!locationId) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The storefront sales channel has no stock location; run the seed first.")
  }
  const { data: [profile] } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  return {
    sales_channel_id: channelId,
    location_id: locationId,
    shipping_profile_id: (profile as { id: string } | undefined)?.id ?? null,
  }
}
