import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { storeResponseCache } from "../response-cache"
import { StoreProductSearch } from "./validators"

/** Product search for the shop (store API, publishable key required). */
export const storeProductSearchRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/product-search",
    methods: ["GET"],
    middlewares: [storeResponseCache, validateAndTransformQuery(StoreProductSearch, { defaults: ["id"], isList: false })],
  },
]
