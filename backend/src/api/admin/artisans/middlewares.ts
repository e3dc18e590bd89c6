import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ADMIN_ARTISAN_FIELDS } from "./route"
import { AdminListArtisans, AdminUpdateArtisan } from "./validators"

export const adminArtisanRoutes: MiddlewareRoute[] = [
  {
    matcher: "/admin/artisans",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListArtisans, { defaults: ADMIN_ARTISAN_FIELDS, isList: true, defaultLimit: 50 })],
  },
  { matcher: "/admin/artisans/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateArtisan)] },
]
