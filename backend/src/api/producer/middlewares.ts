import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreApplyAsProducer } from "../producer-applications/validators"
import { producerCertificateRoutes } from "./certificates/middlewares"
import { loadProducer } from "./guard"
import { ProducerUpdateMe } from "./me/validators"
import { producerOrderRoutes } from "./orders/middlewares"
import { producerProductRoutes } from "./products/middlewares"
import { producerTraceRoutes } from "./trace/middlewares"
import { producerUploadRoutes } from "./uploads/middlewares"

export const producerRoutes: MiddlewareRoute[] = [
  {
    // The applicant has a registration token (no producer yet).
    matcher: "/producer-applications",
    methods: ["POST"],
    middlewares: [
      authenticate("producer", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(StoreApplyAsProducer),
    ],
  },
  {
    matcher: "/producer/*",
    middlewares: [authenticate("producer", ["bearer", "session"]), loadProducer],
  },
  { matcher: "/producer/me", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerUpdateMe)] },
  ...producerProductRoutes,
  ...producerUploadRoutes,
  ...producerOrderRoutes,
  ...producerTraceRoutes,
  ...producerCertificateRoutes,
]
