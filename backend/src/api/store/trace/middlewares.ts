import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreResolveTrace, StoreTraceView } from "./validators"

export const storeTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/store/trace/resolve", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreResolveTrace, {})] },
  { matcher: "/store/trace/codes/:code", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTraceView, {})] },
]
