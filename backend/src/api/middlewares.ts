import { defineMiddlewares } from "@medusajs/framework/http"
import { adminArtisanRoutes } from "./admin/artisans/middlewares"
import { adminCraftVillageRoutes } from "./admin/craft-villages/middlewares"
import { adminProducerRoutes } from "./admin/producers/middlewares"
import { producerRoutes } from "./producer/middlewares"
import { storeCartRoutes } from "./store/carts/middlewares"
import { storeCraftVillageRoutes } from "./store/craft-villages/middlewares"
import { storeProductRoutes } from "./store/products/middlewares"
import { publicTraceRoutes } from "./trace/middlewares"

// Each API area keeps its validators and guards in its own middlewares.ts.
export default defineMiddlewares({
  routes: [...storeProductRoutes, ...storeCraftVillageRoutes, ...storeCartRoutes, ...publicTraceRoutes, ...producerRoutes, ...adminProducerRoutes, ...adminCraftVillageRoutes, ...adminArtisanRoutes],
})
