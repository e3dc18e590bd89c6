import type { LabelContent } from "@cln/labels"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { labelUrl, type LotContext } from "./lot-context"

export function lotLabel(context: LotContext, serial?: string | null): LabelContent {
  return {
    url: labelUrl(context, serial),
    code: serial ?? context.lot.code,
    productName: context.variant.title && context.variant.title !== "Default variant" ? `${context.product.title} · ${context.variant.title}` : context.product.title,
    producerName: context.producer.name,
    lotNumber: context.lot.lot_number,
    ocopStars: context.certificates.ocop_stars,
    markName: context.certificates.mark_name,
  }
}

/** The unit serials of a lot, oldest first, in pages so a 10,000-label sheet never loads all rows at once. */
export async function* lotSerials(container: MedusaContainer, lotId: string, pageSize = 1000): AsyncGenerator<string> {
  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  for (let skip = 0; ; skip += pageSize) {
    const page = await service.listTraceCodes({ lot_id: lotId, kind: "unit" }, { select: ["code"], order: { created_at: "ASC", code: "ASC" }, skip, take: pageSize })
    for (const code of page) yield code.code
    if (page.length < pageSize) return
  }
}

/** One label per unit serial, or `count` labels of the lot code. */
export async function* lotLabels(container: MedusaContainer, context: LotContext, options: { include_serials: boolean; count: number }): AsyncGenerator<LabelContent> {
  if (options.include_serials) {
    for await (const serial of lotSerials(container, context.lot.id)) yield lotLabel(context, serial)
    return
  }
  const label = lotLabel(context)
  for (let i = 0; i < options.count; i++) yield label
}
