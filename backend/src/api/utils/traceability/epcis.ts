import { toEpcisDocument } from "@cln/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { loadLotContext } from "../../../workflows/traceability/utils/lot-context"
import { publicOrigin } from "../../../workflows/traceability/utils/public-origin"
import { lotChain } from "./trace-view"

/** A lot's events as an EPCIS 2.0 JSON-LD document. */
export async function lotEpcisDocument(container: MedusaContainer, lotId: string) {
  const [context, { events }] = await Promise.all([loadLotContext(container, lotId), lotChain(container, lotId)])
  return toEpcisDocument({
    origin: publicOrigin(),
    lot: {
      code: context.lot.code,
      lot_number: context.lot.lot_number,
      gtin: context.variant.gtin,
      quantity: context.lot.quantity,
      uom: context.lot.uom,
      produced_at: context.lot.produced_at ? new Date(context.lot.produced_at).toISOString() : null,
      expires_at: context.lot.expires_at ? new Date(context.lot.expires_at).toISOString() : null,
    },
    product_title: context.product.title,
    producer_name: context.producer.name,
    events: events.map(({ row, content }) => ({ ...content, hash: row.hash, prev_hash: row.prev_hash, recorded_at: new Date(row.created_at).toISOString() })),
  })
}
