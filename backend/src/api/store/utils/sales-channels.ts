import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The sales channels of the request's publishable key, which scope what the store may
 * show. A key without one is a 400, in Medusa's own words for its store routes.
 */
export function keySalesChannels(req: MedusaStoreRequest<any, any>): string[] {
  const ids = req.publishable_key_context?.sales_channel_ids ?? []
  if (!ids.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  return ids
}
