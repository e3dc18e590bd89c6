import type { SubscriberConfig } from "@medusajs/framework"
import { clearStoreResponses } from "../api/store/response-cache"
import { PRODUCT_SEARCH_EVENTS } from "../search/product"
import { ProducerEvents } from "../workflows/producer/events"

/** A change to what the store's catalogue answers show clears the answers this process keeps. */
export default async function storeResponseCacheInvalidation() {
  clearStoreResponses()
}

export const config: SubscriberConfig = {
  event: [
    ...PRODUCT_SEARCH_EVENTS,
    "product-category.created",
    "product-category.updated",
    "product-category.deleted",
    "product-option.updated",
    "product-tag.updated",
    "region.updated",
    // A producer approved, suspended or renamed changes which products show and their cards.
    ProducerEvents.REVIEWED,
    ProducerEvents.UPDATED,
  ],
}
