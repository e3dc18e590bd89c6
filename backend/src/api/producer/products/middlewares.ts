import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { producerProductQueryConfig } from "./query-config"
import {
  ProducerCreateProduct,
  ProducerGetProduct,
  ProducerListProducts,
  ProducerSetProductStatus,
  ProducerUpdateProduct,
} from "./validators"

// Authentication and the producer guard come from the "/producer/*" entry.
export const producerProductRoutes: MiddlewareRoute[] = [
  {
    matcher: "/producer/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ProducerListProducts, producerProductQueryConfig.list)],
  },
  {
    matcher: "/producer/products",
    methods: ["POST"],
    middlewares: [
      validateAndTransformBody(ProducerCreateProduct),
      validateAndTransformQuery(ProducerGetProduct, producerProductQueryConfig.retrieve),
    ],
  },
  {
    matcher: "/producer/products/:id",
    methods: ["GET", "DELETE"],
    middlewares: [validateAndTransformQuery(ProducerGetProduct, producerProductQueryConfig.retrieve)],
  },
  {
    matcher: "/producer/products/:id",
    methods: ["POST"],
    middlewares: [
      validateAndTransformBody(ProducerUpdateProduct),
      validateAndTransformQuery(ProducerGetProduct, producerProductQueryConfig.retrieve),
    ],
  },
  {
    matcher: "/producer/products/:id/status",
    methods: ["POST"],
    middlewares: [
      validateAndTransformBody(ProducerSetProductStatus),
      validateAndTransformQuery(ProducerGetProduct, producerProductQueryConfig.retrieve),
    ],
  },
]
