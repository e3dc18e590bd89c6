import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Row = Record<string, any>

/**
 * What the product page previews of the product's traceability: the product-level
 * trace code (its labels' QR before any lot) and the latest lot with recorded steps,
 * whose trace page shows the journey. Codes are public: they are printed on labels.
 */
export function pickTracePreview(variants: Row[]) {
  const productCode = variants.map((v) => v.trace_code?.code).find(Boolean) ?? null
  const lots = variants
    .flatMap((v) => (v.lots ?? []) as Row[])
    .filter((lot) => lot && lot.event_count > 0)
    .sort((a, b) => new Date(b.produced_at ?? b.created_at).getTime() - new Date(a.produced_at ?? a.created_at).getTime())
  const latest = lots[0]
  return {
    product_code: productCode as string | null,
    lot_count: lots.length,
    latest_lot: latest
      ? { code: latest.code, lot_number: latest.lot_number, event_count: latest.event_count, produced_at: latest.produced_at ?? null }
      : null,
  }
}

/**
 * GET /store/product-traces/:id: the product page's traceability preview. Outside
 * /store/products on purpose: it changes with every recorded step, so the catalogue's
 * answer cache (response-cache.ts, on /store/products*) must not keep it.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: req.params.id! } })
  if (products[0]?.status !== "published") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "trace_code.code", "lots.code", "lots.lot_number", "lots.event_count", "lots.produced_at", "lots.created_at"],
    filters: { product_id: req.params.id! },
  })
  res.json({ trace_preview: pickTracePreview(variants) })
}
