import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { SettlementQuery } from "../../utils/settlement-report"
import { ProducerDeliverOrder, ProducerListOrders, ProducerShipOrder } from "./validators"

export const producerOrderRoutes: MiddlewareRoute[] = [
  {
    matcher: "/producer/orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ProducerListOrders, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { matcher: "/producer/orders/:id/ship", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerShipOrder)] },
  { matcher: "/producer/orders/:id/deliver", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerDeliverOrder)] },
  {
    matcher: "/producer/settlements",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(SettlementQuery, { defaults: [], isList: false })],
  },
]
