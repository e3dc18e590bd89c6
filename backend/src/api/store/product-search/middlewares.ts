import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { keepStoreResponses } from "../response-cache"
import { StoreProductSearch } from "./validators"

/**
 * Product search for the shop (store API, publishable key required), behind the
 * catalogue answer cache (../response-cache) checked against the search index's write
 * mark: the index is written after the event that clears the cache, so without the mark a
 * search made between the two was kept stale for 10 s.
 */
/** Kept searches are checked against the index's write mark, so they can be kept longer. */
const SEARCH_KEEP_MS = 60_000

export const storeProductSearchRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/product-search",
    methods: ["GET"],
    middlewares: [keepStoreResponses({ markRequired: true, keepMs: SEARCH_KEEP_MS }), validateAndTransformQuery(StoreProductSearch, { defaults: ["id"], isList: false })],
  },
]
