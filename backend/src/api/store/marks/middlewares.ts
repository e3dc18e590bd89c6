import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listMarksQueryConfig, retrieveMarkQueryConfig } from "./query-config"
import { StoreGetMark, StoreListCertifiedProducts, StoreListMarks } from "./validators"

/** Public mark pages and the certified-product filter (store API, publishable key required). */
export const storeMarkRoutes: MiddlewareRoute[] = [
  { matcher: "/store/marks", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListMarks, listMarksQueryConfig)] },
  { matcher: "/store/marks/:handle", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetMark, retrieveMarkQueryConfig)] },
  {
    matcher: "/store/certified-products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListCertifiedProducts, { defaults: [], isList: false })],
  },
]
