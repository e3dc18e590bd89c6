import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { keepStoreResponses } from "../response-cache"
import { StoreListProductCards } from "./validators"

/**
 * The shop's product listing, read from the search index like /store/product-search,
 * so kept answers are checked against the index's write mark (../response-cache) and
 * kept as long as searches: a kept page is never served after the index took a change.
 */
const CARDS_KEEP_MS = 60_000

export const storeProductCardRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/product-cards",
    methods: ["GET"],
    middlewares: [
      keepStoreResponses({ markRequired: true, keepMs: CARDS_KEEP_MS }),
      validateAndTransformQuery(StoreListProductCards, { defaults: ["id"], isList: false }),
    ],
  },
]
