import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateCatalog,
  AdminCreateDisplayPoint,
  AdminListCatalogs,
  AdminPublishCatalog,
  AdminUpdateCatalog,
  AdminUpdateDisplayPoint,
} from "./validators"

/** Trade promotion for officers: catalogs and the display points that show them. */
export const adminPromotionRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/catalogs", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCatalogs, { defaults: [], isList: true })] },
  { matcher: "/admin/catalogs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCatalog)] },
  { matcher: "/admin/catalogs/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCatalog)] },
  { matcher: "/admin/catalogs/:id/publish", methods: ["POST"], middlewares: [validateAndTransformBody(AdminPublishCatalog)] },
  { matcher: "/admin/display-points", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateDisplayPoint)] },
  { matcher: "/admin/display-points/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateDisplayPoint)] },
]
