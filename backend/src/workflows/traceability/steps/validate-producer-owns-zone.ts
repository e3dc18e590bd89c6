import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProducerZoneLink from "../../../links/producer-raw-material-zone"

/** A lot may name only a raw-material zone its own producer declared. */
export const validateProducerOwnsZoneStep = createStep(
  "validate-producer-owns-zone",
  async (input: { producer_id: string; zone_id?: string | null }, { container }) => {
    if (!input.zone_id) return new StepResponse(undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: ProducerZoneLink.entryPoint,
      fields: ["raw_material_zone_id"],
      filters: { producer_id: input.producer_id, raw_material_zone_id: input.zone_id },
    })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Vùng nguyên liệu "${input.zone_id}" không thuộc cơ sở của bạn / Raw-material zone "${input.zone_id}" is not one of yours.`
      )
    }
    return new StepResponse(undefined)
  }
)
