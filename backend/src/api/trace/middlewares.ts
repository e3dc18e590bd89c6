import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { RecordScanBatchBody, ResolveTraceQuery, TraceLiveBatchQuery, TraceLiveQuery, TraceViewQuery } from "./validators"

export const publicTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/trace/resolve", methods: ["GET"], middlewares: [validateAndTransformQuery(ResolveTraceQuery, {})] },
  { matcher: "/trace/codes/:code", methods: ["GET"], middlewares: [validateAndTransformQuery(TraceViewQuery, {})] },
  { matcher: "/trace/codes/:code/live", methods: ["GET"], middlewares: [validateAndTransformQuery(TraceLiveQuery, {})] },
  { matcher: "/trace/live", methods: ["GET"], middlewares: [validateAndTransformQuery(TraceLiveBatchQuery, {})] },
  {
    matcher: "/trace/scans",
    methods: ["POST"],
    // 500 scans with their headers stay well under 1 MB.
    bodyParser: { sizeLimit: "1mb" },
    middlewares: [validateAndTransformBody(RecordScanBatchBody)],
  },
]
