import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerClaimMark, ProducerSubmitOcopCertificate } from "./validators"

/** OCOP submissions and mark claims by the signed-in producer. */
export const producerCertificateRoutes: MiddlewareRoute[] = [
  { matcher: "/producer/certificates", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerSubmitOcopCertificate)] },
  { matcher: "/producer/products/:id/marks", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerClaimMark)] },
]
