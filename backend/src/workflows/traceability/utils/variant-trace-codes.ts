import { generateTraceCode } from "@cln/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type CreatedVariantCodes = { code_ids: string[]; links: Record<string, Record<string, string>>[] }

/**
 * Gives each variant without one its product-level trace code, so that no sellable
 * variant is without a QR code. Shared by the variant-creation hook and the backfill
 * workflow; the result is what `removeVariantTraceCodes` needs to undo it.
 */
export async function createMissingVariantTraceCodes(container: MedusaContainer, variantIds: string[]): Promise<CreatedVariantCodes> {
  if (!variantIds.length) return { code_ids: [], links: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product_variant",
    fields: ["id", "trace_code.id"],
    filters: { id: variantIds },
  })
  const coded = new Set((existing as { id: string; trace_code?: { id: string } | null }[]).filter((v) => v.trace_code).map((v) => v.id))
  const missing = variantIds.filter((id) => !coded.has(id))
  if (!missing.length) return { code_ids: [], links: [] }

  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const codes = await service.createTraceCodes(missing.map(() => ({ code: generateTraceCode(), kind: "product" as const })))
  const links = missing.map((variantId, i) => ({
    [Modules.PRODUCT]: { product_variant_id: variantId },
    [TRACEABILITY_MODULE]: { trace_code_id: codes[i]!.id },
  }))
  await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  return { code_ids: codes.map((c) => c.id), links }
}

export async function removeVariantTraceCodes(container: MedusaContainer, created: CreatedVariantCodes | undefined) {
  if (!created?.code_ids.length) return
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  await service.deleteTraceCodes(created.code_ids)
}
