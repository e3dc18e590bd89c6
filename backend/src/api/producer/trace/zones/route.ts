import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRawMaterialZoneWorkflow } from "../../../../workflows/traceability/workflows/create-raw-material-zone"
import type { ProducerRequest } from "../../guard"
import type { ProducerCreateZoneType } from "../validators"

const ZONE_FIELDS = ["id", "name", "area_ha", "certifications", "commune", "province", "created_at"]

/** GET /producer/trace/zones: the producer's raw-material zones. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ZONE_FIELDS.map((f) => `raw_material_zones.${f}`),
    filters: { id: req.producer.id },
  })
  const zones = ((data[0] as any)?.raw_material_zones ?? []).filter(Boolean)
  res.json({ zones })
}

/** POST /producer/trace/zones: declare a raw-material zone (a tea hill, a bamboo forest). */
export const POST = async (req: ProducerRequest<ProducerCreateZoneType>, res: MedusaResponse) => {
  const { result } = await createRawMaterialZoneWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, zone: req.validatedBody },
  })
  res.status(201).json({ zone: result })
}
