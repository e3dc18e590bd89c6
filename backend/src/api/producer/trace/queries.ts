import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lotsWithOwner } from "../../../workflows/traceability/utils/ownership"
import { lotChains } from "../../utils/traceability/trace-view"

type Row = Record<string, any>

/** The producer's lots (lot → variant → product → producer). */
function producerLots(container: MedusaContainer, producerId: string) {
  return lotsWithOwner(container).where("pp.producer_id", producerId)
}

/** Scans per lot, summed over the lot code and its unit serials. */
async function scanCounts(container: MedusaContainer, lotIds: string[]): Promise<Map<string, number>> {
  if (!lotIds.length) return new Map()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: Row[] = await knex("trace_code").whereIn("lot_id", lotIds).whereNull("deleted_at").groupBy("lot_id").select("lot_id").sum({ scans: "scan_count" })
  return new Map(rows.map((r) => [r.lot_id, Number(r.scans)]))
}

export async function listProducerLots(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  const [rows, countRows] = await Promise.all([
    producerLots(container, producerId)
      .orderBy("lot.created_at", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .select(
        "lot.id", "lot.code", "lot.lot_number", "lot.quantity", "lot.uom", "lot.produced_at", "lot.expires_at", "lot.event_count", "lot.serial_count", "lot.created_at",
        "v.id as variant_id", "v.title as variant_title", "v.sku", "p.id as product_id", "p.title as product_title"
      ),
    producerLots(container, producerId).count({ count: "lot.id" }),
  ])
  const ids = (rows as Row[]).map((r) => r.id)
  const [scans, chains] = await Promise.all([scanCounts(container, ids), lotChains(container, ids)])
  const lots = (rows as Row[]).map((r) => ({
    id: r.id,
    code: r.code,
    lot_number: r.lot_number,
    quantity: Number(r.quantity),
    uom: r.uom,
    produced_at: r.produced_at,
    expires_at: r.expires_at,
    created_at: r.created_at,
    event_count: r.event_count,
    serial_count: r.serial_count,
    scan_count: scans.get(r.id) ?? 0,
    chain: { valid: chains.get(r.id)?.chain.valid ?? false },
    variant: { id: r.variant_id, title: r.variant_title, sku: r.sku },
    product: { id: r.product_id, title: r.product_title },
  }))
  return { lots, count: Number((countRows as Row[])[0]?.count ?? 0) }
}

/** Scans of the producer's labels: per product (all its codes) and per lot. */
export async function producerScanTotals(container: MedusaContainer, producerId: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const lots: Row[] = await producerLots(container, producerId).select("lot.id", "lot.lot_number", "p.id as product_id", "p.title as product_title")
  const lotScans = await scanCounts(container, lots.map((l) => l.id))
  const productCodeScans: Row[] = await knex("trace_code as tc")
    .join("product_product_variant_traceability_trace_code as vc", function (this: any) {
      this.on("vc.trace_code_id", "tc.id").andOnNull("vc.deleted_at")
    })
    .join("product_variant as v", "v.id", "vc.product_variant_id")
    .join("product as p", "p.id", "v.product_id")
    .join("producer_producer_product_product as pp", function (this: any) {
      this.on("pp.product_id", "p.id").andOnNull("pp.deleted_at")
    })
    .where("pp.producer_id", producerId)
    .groupBy("p.id", "p.title")
    .select("p.id as product_id", "p.title")
    .sum({ scans: "tc.scan_count" })
  const products = new Map<string, { product_id: string; title: string; scan_count: number }>()
  for (const row of productCodeScans) products.set(row.product_id, { product_id: row.product_id, title: row.title, scan_count: Number(row.scans) })
  for (const lot of lots) {
    const entry = products.get(lot.product_id) ?? { product_id: lot.product_id, title: lot.product_title, scan_count: 0 }
    entry.scan_count += lotScans.get(lot.id) ?? 0
    products.set(lot.product_id, entry)
  }
  return {
    products: [...products.values()].sort((a, b) => b.scan_count - a.scan_count),
    lots: lots.map((l) => ({ lot_id: l.id, lot_number: l.lot_number, product_title: l.product_title, scan_count: lotScans.get(l.id) ?? 0 })).sort((a, b) => b.scan_count - a.scan_count),
  }
}

/** Scans per day over the last `days` days for one lot's codes (for the panel's chart). */
export async function lotScansByDay(container: MedusaContainer, lotId: string, days = 14) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const since = new Date(Date.now() - days * 86_400_000)
  const rows: Row[] = await knex("scan as s")
    .join("trace_code as tc", "tc.id", "s.trace_code_id")
    .where("tc.lot_id", lotId)
    .where("s.scanned_at", ">=", since)
    .whereNull("s.deleted_at")
    .groupByRaw("1")
    .select(knex.raw("to_char(s.scanned_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day"))
    .count({ scans: "s.id" })
    .orderBy("day")
  return rows.map((r) => ({ day: r.day as string, count: Number(r.scans) }))
}
