import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { isHandle } from "@cln/domain"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"

/** A mark's handle is its public URL (/chi-dan-dia-ly/{handle}): well-formed and not taken. */
export const validateGeoMarkStep = createStep("validate-geo-mark", async (input: { handle: string }, { container }) => {
  if (!isHandle(input.handle)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Mã "${input.handle}" không hợp lệ: dùng chữ thường không dấu, số và gạch nối / Invalid handle "${input.handle}": use lowercase letters, digits and hyphens, e.g. "cam-sanh-ham-yen".`
    )
  }
  const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
  const [taken] = await service.listGeoMarks({ handle: input.handle }, { select: ["id"], take: 1 })
  if (taken) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã "${input.handle}" đã được dùng / The handle "${input.handle}" is already taken.`)
  }
  return new StepResponse(undefined)
})
