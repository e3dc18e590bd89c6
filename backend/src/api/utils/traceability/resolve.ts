import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { variantGtin } from "../../../workflows/traceability/utils/lot-context"

export type TraceLevel = "product" | "lot" | "unit"
export type ResolvedCode = { id: string; code: string; kind: TraceLevel; scan_count: number; first_scanned_at: Date | null; first_scan_place: Record<string, unknown> | null }
export type Resolution = {
  level: TraceLevel
  code: string
  gtin: string | null
  lot_number: string | null
  serial: string | null
  unknown_lot: string | null
  unknown_serial: string | null
  product_handle: string
  product_title: string
  has_certificates: boolean
  levels: { level: TraceLevel; code: string; gtin: string | null; lot_number: string | null; serial: string | null }[]
  /** Internal: the most specific known code (scans are recorded on it), the variant and lot. Not sent to clients. */
  target: ResolvedCode
  variant_id: string
  lot_id: string | null
}

export type ResolveKeys = { gtin: string; lot?: string; serial?: string } | { code: string }

/** The resolution as clients see it. */
export function publicResolution({ target: _target, variant_id: _variant, lot_id: _lot, ...resolution }: Resolution) {
  return resolution
}

const CODE_COLUMNS = ["id", "code", "kind", "scan_count", "first_scanned_at", "first_scan_place"]

/** GTIN-14 and the shorter forms it may be stored as (GTIN-13, -12, -8 are left-padded). */
function storedGtinForms(gtin14: string): string[] {
  const forms = [gtin14]
  for (const length of [13, 12, 8]) {
    if (/^0*$/.test(gtin14.slice(0, 14 - length))) forms.push(gtin14.slice(14 - length))
  }
  return forms
}

type VariantRow = { variant_id: string; barcode: string | null; ean: string | null; upc: string | null; product_handle: string; product_title: string }

/**
 * What a label identifies, read with a few indexed queries (this runs for every scan).
 * An unknown lot or serial under a known GTIN walks up to the nearest known level, as the
 * GS1 resolver standard asks; an unknown GTIN or code is `null`.
 */
async function resolveFromDatabase(container: MedusaContainer, keys: ResolveKeys): Promise<Resolution | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const variantQuery = () =>
    knex("product_variant as v")
      .join("product as p", "p.id", "v.product_id")
      .whereNull("v.deleted_at")
      .whereNull("p.deleted_at")
      .select("v.id as variant_id", "v.barcode", "v.ean", "v.upc", "p.handle as product_handle", "p.title as product_title")

  let variant: VariantRow | undefined
  let lot: { id: string; code: string; lot_number: string } | undefined
  let unit: ResolvedCode | undefined
  let unknownLot: string | null = null
  let unknownSerial: string | null = null

  if ("code" in keys) {
    const code: (ResolvedCode & { lot_id: string | null }) | undefined = await knex("trace_code")
      .where({ code: keys.code })
      .whereNull("deleted_at")
      .first([...CODE_COLUMNS, "lot_id"])
    if (!code) return null
    if (code.lot_id) {
      lot = await knex("lot").where({ id: code.lot_id }).whereNull("deleted_at").first("id", "code", "lot_number")
      if (!lot) return null
      variant = await variantQuery()
        .join("product_product_variant_traceability_lot as vl", "vl.product_variant_id", "v.id")
        .where("vl.lot_id", lot.id)
        .whereNull("vl.deleted_at")
        .first()
      if (code.kind === "unit") unit = code
    } else {
      variant = await variantQuery()
        .join("product_product_variant_traceability_trace_code as vc", "vc.product_variant_id", "v.id")
        .where("vc.trace_code_id", code.id)
        .whereNull("vc.deleted_at")
        .first()
    }
  } else {
    const forms = storedGtinForms(keys.gtin)
    variant = await variantQuery()
      .where((q: any) => q.whereIn("v.barcode", forms).orWhereIn("v.ean", forms).orWhereIn("v.upc", forms))
      .first()
    if (!variant) return null
    if (keys.lot) {
      lot = await knex("lot")
        .join("product_product_variant_traceability_lot as vl", "vl.lot_id", "lot.id")
        .where({ "vl.product_variant_id": variant.variant_id, "lot.lot_number": keys.lot })
        .whereNull("vl.deleted_at")
        .whereNull("lot.deleted_at")
        .first("lot.id", "lot.code", "lot.lot_number")
      if (!lot) unknownLot = keys.lot
    }
    if (keys.serial) {
      if (keys.lot && !lot) {
        unknownSerial = keys.serial
      } else {
        const serialQuery = knex("trace_code as tc").where({ "tc.code": keys.serial, "tc.kind": "unit" }).whereNull("tc.deleted_at")
        if (lot) serialQuery.where("tc.lot_id", lot.id)
        else {
          serialQuery
            .join("product_product_variant_traceability_lot as vl", "vl.lot_id", "tc.lot_id")
            .where("vl.product_variant_id", variant.variant_id)
            .whereNull("vl.deleted_at")
        }
        const found: (ResolvedCode & { lot_id: string }) | undefined = await serialQuery.first([...CODE_COLUMNS.map((c) => `tc.${c}`), "tc.lot_id"])
        if (!found) unknownSerial = keys.serial
        else {
          unit = found
          lot ??= await knex("lot").where({ id: found.lot_id }).first("id", "code", "lot_number")
        }
      }
    }
  }
  if (!variant) return null

  const productCode: ResolvedCode | undefined = await knex("trace_code as tc")
    .join("product_product_variant_traceability_trace_code as vc", "vc.trace_code_id", "tc.id")
    .where("vc.product_variant_id", variant.variant_id)
    .whereNull("vc.deleted_at")
    .whereNull("tc.deleted_at")
    .first(CODE_COLUMNS.map((c) => `tc.${c}`))
  const lotCode: ResolvedCode | undefined = lot
    ? await knex("trace_code").where({ code: lot.code }).whereNull("deleted_at").first(CODE_COLUMNS)
    : undefined
  const target = unit ?? lotCode ?? productCode
  if (!target) return null

  const gtin = variantGtin(variant)
  const levels: Resolution["levels"] = []
  if (productCode) levels.push({ level: "product", code: productCode.code, gtin, lot_number: null, serial: null })
  if (lot && lotCode) levels.push({ level: "lot", code: lotCode.code, gtin, lot_number: lot.lot_number, serial: null })
  if (unit) levels.push({ level: "unit", code: unit.code, gtin, lot_number: lot?.lot_number ?? null, serial: unit.code })

  return {
    level: target.kind,
    code: target.code,
    gtin,
    lot_number: lot?.lot_number ?? null,
    serial: unit?.code ?? null,
    unknown_lot: unknownLot,
    unknown_serial: unknownSerial,
    product_handle: variant.product_handle,
    product_title: variant.product_title,
    has_certificates: await hasCertificates(knex, variant.variant_id),
    levels,
    target,
    variant_id: variant.variant_id,
    lot_id: lot?.id ?? null,
  }
}

/** Whether the variant's product has a current OCOP badge or claims a mark (the resolver's gs1:certificationInfo link). */
async function hasCertificates(knex: any, variantId: string): Promise<boolean> {
  const today = new Date().toISOString().slice(0, 10)
  const product = knex("product_variant").where({ id: variantId }).select("product_id")
  const badge = knex("product_product_ocop_ocop_badge as pb")
    .join("ocop_badge as b", "b.id", "pb.ocop_badge_id")
    .whereIn("pb.product_id", product)
    .whereNull("pb.deleted_at")
    .whereNull("b.deleted_at")
    .where("b.valid_until", ">=", today)
    .select(knex.raw("1"))
  const mark = knex("product_product_geo_indication_geo_mark as pm").whereIn("pm.product_id", product).whereNull("pm.deleted_at").select(knex.raw("1"))
  const row = await knex.select(knex.raw("exists(?) or exists(?) as has", [badge, mark])).first()
  return Boolean(row?.has)
}

// What a label identifies does not change once issued (codes, lot numbers and GTINs are
// fixed), so full resolutions are kept in memory for a short while: a burst of scans of one
// label costs one indexed read for the scan figures instead of five queries. Walk-ups and
// unknown labels are not kept, so a lot or serial issued a moment later resolves at once.
const RESOLUTION_TTL_MS = 30_000
const RESOLUTION_CACHE_MAX = 20_000
const resolutions = new Map<string, { at: number; value: Resolution }>()

const cacheKey = (keys: ResolveKeys) => ("code" in keys ? `t:${keys.code}` : `01:${keys.gtin}/${keys.lot ?? ""}/${keys.serial ?? ""}`)

/**
 * What a label identifies (see resolveFromDatabase), with the scan figures of the target
 * code read fresh each time.
 */
export async function resolveTrace(container: MedusaContainer, keys: ResolveKeys): Promise<Resolution | null> {
  return (await resolveTraces(container, [keys]))[0]!
}

/**
 * Many labels at once (the trace edge's batched live reads, the edge's scan batches), in
 * the order given: kept resolutions get their scan figures from one query for all of
 * them; the others are read from the database side by side.
 */
export async function resolveTraces(container: MedusaContainer, keysList: ResolveKeys[]): Promise<Array<Resolution | null>> {
  const now = Date.now()
  const kept = keysList.map((keys) => {
    const hit = resolutions.get(cacheKey(keys))
    return hit && now - hit.at < RESOLUTION_TTL_MS ? hit.value : null
  })
  const keptIds = [...new Set(kept.filter((k): k is Resolution => k !== null).map((k) => k.target.id))]
  const targets = new Map<string, ResolvedCode>()
  if (keptIds.length) {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows: ResolvedCode[] = await knex("trace_code").whereIn("id", keptIds).whereNull("deleted_at").select(CODE_COLUMNS)
    for (const row of rows) targets.set(row.id, row)
  }
  const reads = new Map<string, Promise<Resolution | null>>()
  const read = async (key: string, keys: ResolveKeys) => {
    resolutions.delete(key)
    const resolution = await resolveFromDatabase(container, keys)
    if (resolution && !resolution.unknown_lot && !resolution.unknown_serial) {
      if (resolutions.size >= RESOLUTION_CACHE_MAX) resolutions.delete(resolutions.keys().next().value!)
      resolutions.set(key, { at: Date.now(), value: resolution })
    }
    return resolution
  }
  return Promise.all(
    keysList.map((keys, i) => {
      const hit = kept[i]
      const target = hit && targets.get(hit.target.id)
      if (hit && target) return { ...hit, target }
      // Not kept, or its code went away since: read it whole (once however often it is asked for).
      const key = cacheKey(keys)
      if (!reads.has(key)) reads.set(key, read(key, keys))
      return reads.get(key)!
    })
  )
}
