import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreProductSearch } from "./validators"

/**
 * Product search for the shop (store API, publishable key required). Not behind the
 * catalogue answer cache (../response-cache): the search index is written after the
 * event that would clear the cache, so a search between the two was kept stale for 10 s.
 */
export const storeProductSearchRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/product-search",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreProductSearch, { defaults: ["id"], isList: false })],
  },
]
