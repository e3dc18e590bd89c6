import { defineMiddlewares } from "@medusajs/framework/http"
import { adminArtisanRoutes } from "./admin/artisans/middlewares"
import { adminPromotionRoutes } from "./admin/catalogs/middlewares"
import { adminCraftVillageRoutes } from "./admin/craft-villages/middlewares"
import { adminGeoMarkRoutes } from "./admin/geo-marks/middlewares"
import { adminOcopRoutes } from "./admin/ocop/middlewares"
import { adminProducerRoutes } from "./admin/producers/middlewares"
import { adminProgramRoutes } from "./admin/program/middlewares"
import { paymentWebhookRoutes } from "./hooks/middlewares"
import { infrastructureErrorHandler, infrastructureRoutes } from "./infrastructure-errors"
import { producerRoutes } from "./producer/middlewares"
import { storeCartRoutes } from "./store/carts/middlewares"
import { storeCraftVillageRoutes } from "./store/craft-villages/middlewares"
import { storeDisplayPointRoutes } from "./store/display-points/middlewares"
import { storeMarkRoutes } from "./store/marks/middlewares"
import { storePaymentProviderRoutes } from "./store/payment-providers-available/middlewares"
import { storeProductCardRoutes } from "./store/product-cards/middlewares"
import { storeProductRoutes } from "./store/products/middlewares"
import { storeProductSearchRoutes } from "./store/product-search/middlewares"
import { rateLimitRoutes } from "./rate-limit"
import { publicTraceRoutes } from "./trace/middlewares"
import { applyTrustProxy } from "./utils/trust-proxy"

// Each API area keeps its validators and guards in its own middlewares.ts.
export default defineMiddlewares({
  // A database or Redis outage answers 503 with what to do, not 500 (./infrastructure-errors).
  errorHandler: infrastructureErrorHandler,
  routes: [
    { matcher: "/*", middlewares: [applyTrustProxy] },
    ...infrastructureRoutes,
    ...storeProductRoutes,
    ...storeProductSearchRoutes,
    ...storeProductCardRoutes,
    ...storeCraftVillageRoutes,
    ...storeMarkRoutes,
    ...storeDisplayPointRoutes,
    ...storeCartRoutes,
    ...storePaymentProviderRoutes,
    ...paymentWebhookRoutes,
    ...publicTraceRoutes,
    ...producerRoutes,
    ...adminProducerRoutes,
    ...adminCraftVillageRoutes,
    ...adminArtisanRoutes,
    ...adminOcopRoutes,
    ...adminGeoMarkRoutes,
    ...adminPromotionRoutes,
    ...adminProgramRoutes,
    // Last: on a matcher listed above too, the limit runs after that route's validator.
    ...rateLimitRoutes,
  ],
})
