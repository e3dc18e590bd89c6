import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"

export type CreateGeoMarkData = {
  handle: string
  kind: "geographic_indication" | "collective_mark" | "certification_mark"
  name: string
  name_en?: string | null
  certificate_number?: string | null
  decision_number?: string | null
  decision_date?: Date | null
  product_name: string
  managing_body: string
  description?: string | null
  description_en?: string | null
  properties?: { name: string; name_en?: string | null; value: string }[]
  area?: { commune: string; province: string; former_names: string[] }[]
  area_geojson?: Record<string, unknown> | null
  image_url?: string | null
}

export const createGeoMarksStep = createStep(
  "create-geo-marks",
  async (data: CreateGeoMarkData[], { container }) => {
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    const created = await service.createGeoMarks(data as any[])
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    await service.deleteGeoMarks(ids)
  }
)
