import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import { createRawMaterialZonesStep, type RawMaterialZoneInput } from "../steps/create-raw-material-zones"


export const createRawMaterialZoneWorkflow = createWorkflow(
  "create-raw-material-zone",
  (input: { producer_id: string; zone: RawMaterialZoneInput }) => {
    const zones = createRawMaterialZonesStep(transform({ input }, ({ input }) => [input.zone]))
    const links = transform({ input, zones }, ({ input, zones }) => [
      { [PRODUCER_MODULE]: { producer_id: input.producer_id }, [TRACEABILITY_MODULE]: { raw_material_zone_id: zones[0]!.id } },
    ])
    createRemoteLinkStep(links)
    return new WorkflowResponse(transform({ zones }, ({ zones }) => zones[0]!))
  }
)
