import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The producer that owns a variant or a lot is read across the link tables
 * (lot → variant → product → producer) with one query: these checks run on every
 * producer request and query.graph would take several round trips.
 */
type Knex = any

/**
 * Live lots joined to their variant (`v`), product (`p`) and owning producer link (`pp`):
 * the path every producer-side lot read takes.
 */
export function lotsWithOwner(container: MedusaContainer) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return knex("lot")
    .join("product_product_variant_traceability_lot as vl", function (this: any) {
      this.on("vl.lot_id", "lot.id").andOnNull("vl.deleted_at")
    })
    .join("product_variant as v", "v.id", "vl.product_variant_id")
    .join("product as p", "p.id", "v.product_id")
    .join("producer_producer_product_product as pp", function (this: any) {
      this.on("pp.product_id", "p.id").andOnNull("pp.deleted_at")
    })
    .whereNull("lot.deleted_at")
}

export const lotNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy lô "${id}" / Lot "${id}" was not found.`)

export const variantNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy phiên bản sản phẩm "${id}" / Product variant "${id}" was not found.`)

export async function ownedVariantIds(container: MedusaContainer, producerId: string, among: string[]): Promise<Set<string>> {
  if (!among.length) return new Set()
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await knex("product_variant as v")
    .join("producer_producer_product_product as pp", function (this: any) {
      this.on("pp.product_id", "v.product_id").andOnNull("pp.deleted_at")
    })
    .where("pp.producer_id", producerId)
    .whereIn("v.id", among)
    .whereNull("v.deleted_at")
    .select("v.id")
  return new Set(rows.map((r) => r.id))
}

/** The producer id owning each given lot (lots of deleted variants are owned by nobody). */
export async function lotOwners(container: MedusaContainer, lotIds: string[]): Promise<Map<string, string>> {
  if (!lotIds.length) return new Map()
  const rows: { lot_id: string; producer_id: string }[] = await lotsWithOwner(container)
    .whereIn("lot.id", lotIds)
    .select("lot.id as lot_id", "pp.producer_id")
  return new Map(rows.map((r) => [r.lot_id, r.producer_id]))
}

export async function assertProducerOwnsLot(container: MedusaContainer, producerId: string, lotId: string) {
  const owners = await lotOwners(container, [lotId])
  // Someone else's lot and no lot at all get the same answer, so ids cannot be probed.
  if (owners.get(lotId) !== producerId) throw lotNotFound(lotId)
}
