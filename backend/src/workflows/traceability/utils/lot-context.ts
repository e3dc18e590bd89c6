import { buildDigitalLink, buildShortLink, isValidGtin, toGtin14 } from "@cln/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lotNotFound, lotsWithOwner } from "./ownership"
import { publicOrigin } from "./public-origin"

export type LotContext = {
  lot: { id: string; code: string; lot_number: string; quantity: number; uom: string; produced_at: Date | null; expires_at: Date | null; serial_count: number; event_count: number; head_hash: string | null }
  variant: { id: string; title: string; sku: string | null; gtin: string | null }
  product: { id: string; title: string; handle: string; thumbnail: string | null }
  producer: { id: string; name: string; handle: string }
  /** What the label prints beside the product: current OCOP stars and the first mark it claims. */
  certificates: { ocop_stars: number | null; mark_name: string | null }
}

/** A variant's GTIN as 14 digits, from the barcode or EAN field, when it is a valid one. */
export function variantGtin(variant: { barcode?: string | null; ean?: string | null; upc?: string | null }): string | null {
  for (const candidate of [variant.barcode, variant.ean, variant.upc]) {
    if (candidate && isValidGtin(candidate)) return toGtin14(candidate)
  }
  return null
}

/** A lot with what its labels and exports name: variant, GTIN, product, producer. One query. */
export async function loadLotContext(container: MedusaContainer, lotId: string): Promise<LotContext> {
  const row = await lotsWithOwner(container)
    .join("producer as pr", "pr.id", "pp.producer_id")
    .where("lot.id", lotId)
    .first(
      "lot.id", "lot.code", "lot.lot_number", "lot.quantity", "lot.uom", "lot.produced_at", "lot.expires_at", "lot.serial_count", "lot.event_count", "lot.head_hash",
      "v.id as variant_id", "v.title as variant_title", "v.sku", "v.barcode", "v.ean", "v.upc",
      "p.id as product_id", "p.title as product_title", "p.handle as product_handle", "p.thumbnail",
      "pr.id as producer_id", "pr.name as producer_name", "pr.handle as producer_handle"
    )
  if (!row) throw lotNotFound(lotId)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const today = new Date().toISOString().slice(0, 10)
  const [badge, mark] = await Promise.all([
    knex("product_product_ocop_ocop_badge as pb")
      .join("ocop_badge as b", "b.id", "pb.ocop_badge_id")
      .where("pb.product_id", row.product_id)
      .whereNull("pb.deleted_at")
      .whereNull("b.deleted_at")
      .where("b.valid_until", ">=", today)
      .first("b.stars"),
    knex("product_product_geo_indication_geo_mark as pm")
      .join("geo_mark as m", "m.id", "pm.geo_mark_id")
      .where("pm.product_id", row.product_id)
      .whereNull("pm.deleted_at")
      .whereNull("m.deleted_at")
      .orderBy("pm.created_at", "asc")
      .first("m.name"),
  ])
  return {
    lot: {
      id: row.id, code: row.code, lot_number: row.lot_number, quantity: Number(row.quantity), uom: row.uom,
      produced_at: row.produced_at, expires_at: row.expires_at, serial_count: row.serial_count, event_count: row.event_count, head_hash: row.head_hash,
    },
    variant: { id: row.variant_id, title: row.variant_title, sku: row.sku, gtin: variantGtin(row) },
    product: { id: row.product_id, title: row.product_title, handle: row.product_handle, thumbnail: row.thumbnail },
    producer: { id: row.producer_id, name: row.producer_name, handle: row.producer_handle },
    certificates: { ocop_stars: badge?.stars ?? null, mark_name: mark?.name ?? null },
  }
}

/**
 * The URL a label carries: a GS1 Digital Link when the variant has a GTIN (with the lot
 * and, for a unit label, the serial), else the short link of the most specific code.
 */
export function traceLink(
  target: { gtin: string | null; lot_number?: string | null; serial?: string | null; code: string },
  origin = publicOrigin()
): string {
  if (target.gtin) {
    return buildDigitalLink(origin, {
      gtin: target.gtin,
      ...(target.lot_number ? { lot: target.lot_number } : {}),
      ...(target.serial ? { serial: target.serial } : {}),
    })
  }
  return buildShortLink(origin, target.code)
}

/** The URL a label of this lot (or of one of its unit serials) carries. */
export function labelUrl(context: LotContext, serial?: string | null): string {
  return traceLink({ gtin: context.variant.gtin, lot_number: context.lot.lot_number, serial, code: serial ?? context.lot.code })
}
