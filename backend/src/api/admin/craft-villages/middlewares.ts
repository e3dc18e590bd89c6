import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { adminCraftVillageQueryConfig } from "./query-config"
import { AdminListCraftVillages, AdminListVillageRecordChanges, AdminUpdateCraftVillage } from "./validators"

export const adminCraftVillageRoutes: MiddlewareRoute[] = [
  {
    matcher: "/admin/craft-villages",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCraftVillages, adminCraftVillageQueryConfig.list)],
  },
  {
    matcher: "/admin/craft-villages/:id/changes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListVillageRecordChanges, adminCraftVillageQueryConfig.changes)],
  },
  { matcher: "/admin/craft-villages/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCraftVillage)] },
]
