import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateCatalog,
  AdminCreateDisplayPoint,
  AdminCreateTradeFair,
  AdminListCatalogs,
  AdminPublishCatalog,
  AdminUpdateCatalog,
  AdminUpdateDisplayPoint,
  AdminUpdateTradeFair,
} from "./validators"

/** Trade promotion for officers: catalogs, the display points that show them, and fairs. */
export const adminPromotionRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/catalogs", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCatalogs, { defaults: [], isList: true })] },
  { matcher: "/admin/catalogs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCatalog)] },
  { matcher: "/admin/catalogs/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCatalog)] },
  { matcher: "/admin/catalogs/:id/publish", methods: ["POST"], middlewares: [validateAndTransformBody(AdminPublishCatalog)] },
  { matcher: "/admin/display-points", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateDisplayPoint)] },
  { matcher: "/admin/display-points/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateDisplayPoint)] },
  { matcher: "/admin/fairs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateTradeFair)] },
  { matcher: "/admin/fairs/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTradeFair)] },
]
