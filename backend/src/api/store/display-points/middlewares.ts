import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreDisplayPointScan } from "./validators"

export const storeDisplayPointRoutes: MiddlewareRoute[] = [
  { matcher: "/store/display-points/:handle/scans", methods: ["POST"], middlewares: [validateAndTransformBody(StoreDisplayPointScan)] },
]
