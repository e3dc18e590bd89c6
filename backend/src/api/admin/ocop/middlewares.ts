import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListOcopCertificates, AdminRejectOcopCertificate, AdminRevokeOcopCertificate, AdminVerifyOcopCertificate } from "./validators"

export const adminOcopRoutes: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/certificates",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListOcopCertificates, { defaults: [], isList: true })],
  },
  { matcher: "/admin/ocop/certificates/:id/verify", methods: ["POST"], middlewares: [validateAndTransformBody(AdminVerifyOcopCertificate)] },
  { matcher: "/admin/ocop/certificates/:id/reject", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRejectOcopCertificate)] },
  { matcher: "/admin/ocop/certificates/:id/revoke", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRevokeOcopCertificate)] },
]
