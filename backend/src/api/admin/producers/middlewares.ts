import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { SettlementQuery } from "../../utils/settlement-report"
import { adminProducerQueryConfig } from "./query-config"
import { AdminListProducers, AdminReviewProducer, AdminUpdateProducer } from "./validators"

export const adminProducerRoutes: MiddlewareRoute[] = [
  {
    matcher: "/admin/producers",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListProducers, adminProducerQueryConfig.list)],
  },
  {
    matcher: "/admin/producers/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(createSelectParams(), adminProducerQueryConfig.retrieve)],
  },
  { matcher: "/admin/producers/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
  {
    matcher: "/admin/producers/:id/review",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReviewProducer)],
  },
  {
    matcher: "/admin/producers/:id/settlements",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(SettlementQuery, { defaults: [], isList: false })],
  },
]
