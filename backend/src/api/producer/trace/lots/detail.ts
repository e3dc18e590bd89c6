import type { MedusaContainer } from "@medusajs/framework/types"
import { lotChain } from "../../../utils/traceability/trace-view"
import { labelUrl, loadLotContext } from "../../../../workflows/traceability/utils/lot-context"
import { lotScansByDay } from "../queries"

/** A lot as the producer panel shows it: facts, zone, events, chain, serial and scan figures. */
export async function producerLotDetail(container: MedusaContainer, lotId: string) {
  const [context, { lot, events, chain }, scansByDay] = await Promise.all([
    loadLotContext(container, lotId),
    lotChain(container, lotId),
    lotScansByDay(container, lotId),
  ])
  return {
    id: context.lot.id,
    code: context.lot.code,
    lot_number: context.lot.lot_number,
    quantity: context.lot.quantity,
    uom: context.lot.uom,
    produced_at: context.lot.produced_at,
    expires_at: context.lot.expires_at,
    variant: { id: context.variant.id, title: context.variant.title, sku: context.variant.sku, gtin: context.variant.gtin },
    product: { id: context.product.id, title: context.product.title, handle: context.product.handle, thumbnail: context.product.thumbnail },
    zone: lot.zone_name
      ? { name: lot.zone_name, area_ha: lot.zone_area_ha, certifications: lot.zone_certifications ?? [], commune: lot.zone_commune, province: lot.zone_province }
      : null,
    events: events.map(({ row, content }) => ({
      id: row.id,
      sequence: content.sequence,
      step: content.step,
      event_type: content.event_type,
      biz_step: content.biz_step,
      event_time: content.event_time,
      place_name: content.place_name,
      inputs: content.inputs,
      outputs: content.outputs,
      data: content.data,
      hash: row.hash,
      prev_hash: row.prev_hash,
    })),
    chain,
    serials: { count: context.lot.serial_count },
    scans: { count: scansByDay.reduce((sum, d) => sum + d.count, 0), by_day: scansByDay },
    label_url: labelUrl(context),
  }
}
