import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ResolveTraceQuery, TraceViewQuery } from "./validators"

export const publicTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/trace/resolve", methods: ["GET"], middlewares: [validateAndTransformQuery(ResolveTraceQuery, {})] },
  { matcher: "/trace/codes/:code", methods: ["GET"], middlewares: [validateAndTransformQuery(TraceViewQuery, {})] },
]
