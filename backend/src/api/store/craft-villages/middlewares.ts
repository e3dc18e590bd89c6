import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  listCraftVillagesQueryConfig,
  retrieveArtisanQueryConfig,
  retrieveCraftVillageQueryConfig,
  retrieveProducerQueryConfig,
} from "./query-config"
import { StoreGetArtisan, StoreGetCraftVillage, StoreGetProducer, StoreListCraftVillages } from "./validators"

/** Public village, producer and artisan pages (store API, publishable key required). */
export const storeCraftVillageRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/craft-villages",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListCraftVillages, listCraftVillagesQueryConfig)],
  },
  {
    matcher: "/store/craft-villages/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetCraftVillage, retrieveCraftVillageQueryConfig)],
  },
  {
    matcher: "/store/producers/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetProducer, retrieveProducerQueryConfig)],
  },
  {
    matcher: "/store/artisans/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetArtisan, retrieveArtisanQueryConfig)],
  },
]
