import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateGeoMark, AdminGrantMarkRight, AdminListGeoMarks, AdminRevokeMarkRight } from "./validators"

export const adminGeoMarkRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/geo-marks", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListGeoMarks, { defaults: [], isList: true })] },
  { matcher: "/admin/geo-marks", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateGeoMark)] },
  { matcher: "/admin/geo-marks/:id/rights", methods: ["POST"], middlewares: [validateAndTransformBody(AdminGrantMarkRight)] },
  { matcher: "/admin/mark-rights/:id/revoke", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRevokeMarkRight)] },
]
