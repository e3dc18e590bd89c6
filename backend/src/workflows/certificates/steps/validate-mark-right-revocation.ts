import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"
import { producerContacts, rightHolders, rightNotFound } from "../utils/records"

/** Only a current right can be revoked, and the producer is told why. */
export const validateMarkRightRevocationStep = createStep(
  "validate-mark-right-revocation",
  async (input: { id: string; reason?: string | null }, { container }) => {
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    const [right] = await service.listMarkRights({ id: input.id }, { relations: ["geo_mark"] })
    if (!right) throw rightNotFound(input.id)
    if (right.status !== "current") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Quyền này đang ở trạng thái "${right.status}", không thể thu hồi / This right is "${right.status}" and cannot be revoked.`
      )
    }
    if (!input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cần nêu lý do thu hồi / A reason is required to revoke a right; the producer will read it.")
    }
    const producerId = (await rightHolders(container, [right.id])).get(right.id) ?? null
    const contact = producerId ? (await producerContacts(container, [producerId])).get(producerId) : undefined
    return new StepResponse({
      id: right.id,
      geo_mark_id: right.geo_mark.id,
      mark_name: right.geo_mark.name,
      producer_id: producerId,
      emails: contact?.emails ?? [],
    })
  }
)
