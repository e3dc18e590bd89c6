import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

/** A request from a signed-in producer member, with the producer it acts for. */
export type ProducerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  producer: { id: string; member_id: string; status: string }
}

// A producer whose application is pending, rejected or suspended can still read its own
// profile (to see the officer's decision and reason), and nothing else.
const OPEN_TO_ANY_STATUS = new Set(["GET /producer/me"])

const STATUS_MESSAGE: Record<string, string> = {
  pending: "Hồ sơ của bạn đang chờ cán bộ duyệt / Your application is waiting for an officer's review.",
  rejected: "Hồ sơ của bạn chưa được duyệt; xem lý do trong trang hồ sơ / Your application was not approved; see the reason on your profile.",
  suspended: "Gian hàng đang tạm ngừng bán / Your shop is suspended.",
}

/**
 * Resolves the signed-in member's producer for every /producer route. Producer ids in
 * later queries come from here, never from the request, so one producer cannot act on
 * another's data.
 */
export async function loadProducer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const service: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const memberId = req.auth_context?.actor_id
  const [member] = memberId
    ? await service.listProducerMembers({ id: memberId }, { relations: ["producer"], select: ["id", "producer.id", "producer.status"] })
    : []
  if (!member?.producer) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in with a producer account."))
  }
  const status = member.producer.status
  // originalUrl: under a mounted matcher, req.path is relative to the mount point.
  const route = `${req.method} ${req.originalUrl.split("?")[0]!.replace(/\/$/, "")}`
  if (status !== "approved" && !OPEN_TO_ANY_STATUS.has(route)) {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, STATUS_MESSAGE[status] ?? "This producer cannot sell now."))
  }
  ;(req as ProducerRequest).producer = { id: member.producer.id, member_id: member.id, status }
  next()
}
