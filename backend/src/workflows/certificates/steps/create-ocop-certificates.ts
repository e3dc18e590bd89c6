import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type CreateOcopCertificateData = {
  product_group: any
  score: number
  stars: number
  certificate_number: string | null
  decision_number: string
  decision_date: Date
  issuing_level: "province" | "central"
  issuing_body: string
  valid_until: Date
  evidence_url: string
  status?: "submitted"
  submitted_at: Date
}

export const createOcopCertificatesStep = createStep(
  "create-ocop-certificates",
  async (data: CreateOcopCertificateData[], { container }) => {
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await service.createOcopCertificates(data)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    await service.deleteOcopCertificates(ids)
  }
)
