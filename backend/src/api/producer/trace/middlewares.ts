import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  ProducerCreateLabelJob,
  ProducerCreateLot,
  ProducerCreateZone,
  ProducerIssueSerials,
  ProducerLabelsQuery,
  ProducerListLots,
  ProducerListSerials,
  ProducerRecordTraceEvent,
} from "./validators"

export const producerTraceRoutes: MiddlewareRoute[] = [
  { matcher: "/producer/trace/zones", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateZone)] },
  { matcher: "/producer/trace/lots", methods: ["GET"], middlewares: [validateAndTransformQuery(ProducerListLots, {})] },
  { matcher: "/producer/trace/lots", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateLot)] },
  { matcher: "/producer/trace/lots/:id/events", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerRecordTraceEvent)] },
  { matcher: "/producer/trace/lots/:id/serials", methods: ["GET"], middlewares: [validateAndTransformQuery(ProducerListSerials, {})] },
  { matcher: "/producer/trace/lots/:id/serials", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerIssueSerials)] },
  { matcher: "/producer/trace/lots/:id/labels", methods: ["GET"], middlewares: [validateAndTransformQuery(ProducerLabelsQuery, {})] },
  { matcher: "/producer/trace/label-jobs", methods: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateLabelJob)] },
]
