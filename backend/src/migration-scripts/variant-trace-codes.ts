import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureVariantTraceCodesWorkflow } from "../workflows/traceability/workflows/ensure-variant-trace-codes"

/**
 * Variants created before traceability existed get their product-level trace code, so
 * that every sellable variant has a QR code from the moment this version is deployed.
 * Runs once (medusa db:migrate records migration scripts).
 */
export default async function variantTraceCodes({ container }: { container: MedusaContainer }) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await knex("product_variant as v")
    .leftJoin("product_product_variant_traceability_trace_code as vc", function (this: any) {
      this.on("vc.product_variant_id", "v.id").andOnNull("vc.deleted_at")
    })
    .whereNull("v.deleted_at")
    .whereNull("vc.trace_code_id")
    .select("v.id")
  for (let i = 0; i < rows.length; i += 500) {
    await ensureVariantTraceCodesWorkflow(container).run({ input: rows.slice(i, i + 500).map((r) => r.id) })
  }
}
