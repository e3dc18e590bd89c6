import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListAvailablePaymentProviders } from "./validators"

export const storePaymentProviderRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/payment-providers-available",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListAvailablePaymentProviders, { defaults: [], isList: false })],
  },
]
