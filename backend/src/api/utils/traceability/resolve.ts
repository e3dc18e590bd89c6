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
type LotRow = { id: string; code: string; lot_number: string }
/** What a label names before its other levels are read: the variant, and the lot and unit serial where it names them. */
type Found = { variant: VariantRow; lot?: LotRow; unit?: ResolvedCode; unknownLot: string | null; unknownSerial: string | null }

/** Variants (with their product's handle and title) that exist, product and all. */
const variantQuery = (knex: any) =>
  knex("product_variant as v")
    .join("product as p", "p.id", "v.product_id")
    .whereNull("v.deleted_at")
    .whereNull("p.deleted_at")
    .select("v.id as variant_id", "v.barcode", "v.ean", "v.upc", "p.handle as product_handle", "p.title as product_title")

/**
 * What short codes identify, read for all of them together: a code, its lot and the
 * variant they belong to in two queries, then their other levels (see completeResolutions).
 * An unknown code, or one whose lot, variant or product is gone, is null.
 */
async function resolveCodesFromDatabase(container: MedusaContainer, codes: string[]): Promise<Array<Resolution | null>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: Array<ResolvedCode & { lot_id: string | null; lot_row_id: string | null; lot_code: string | null; lot_number: string | null; variant_id: string | null }> = await knex(
    "trace_code as tc"
  )
    .leftJoin("lot as l", function (this: any) {
      this.on("l.id", "tc.lot_id").andOnNull("l.deleted_at")
    })
    // A lot's codes belong to the lot's variant; a product code to its own.
    .leftJoin("product_product_variant_traceability_lot as vl", function (this: any) {
      this.on("vl.lot_id", "l.id").andOnNull("vl.deleted_at")
    })
    .leftJoin("product_product_variant_traceability_trace_code as vc", function (this: any) {
      this.on("vc.trace_code_id", "tc.id").andOnNull("vc.deleted_at")
    })
    .whereIn("tc.code", [...new Set(codes)])
    .whereNull("tc.deleted_at")
    .select(
      ...CODE_COLUMNS.map((c) => `tc.${c}`),
      "tc.lot_id", "l.id as lot_row_id", "l.code as lot_code", "l.lot_number",
      knex.raw("case when tc.lot_id is null then vc.product_variant_id else vl.product_variant_id end as variant_id")
    )
  const variantIds = [...new Set(rows.flatMap((row) => (row.variant_id ? [row.variant_id] : [])))]
  const variants = new Map<string, VariantRow>(
    variantIds.length ? (await variantQuery(knex).whereIn("v.id", variantIds)).map((v: VariantRow) => [v.variant_id, v]) : []
  )
  // A code may have several link rows; the first whose variant still exists counts.
  const foundOf = new Map<string, Found>()
  for (const row of rows) {
    const variant = row.variant_id ? variants.get(row.variant_id) : undefined
    if (foundOf.has(row.code) || !variant || (row.lot_id && !row.lot_row_id)) continue
    const { lot_id: _lot, lot_row_id, lot_code, lot_number, variant_id: _variant, ...code } = row
    const lot = lot_row_id ? { id: lot_row_id, code: lot_code!, lot_number: lot_number! } : undefined
    foundOf.set(row.code, { variant, lot, unit: lot && code.kind === "unit" ? code : undefined, unknownLot: null, unknownSerial: null })
  }
  return completeResolutions(knex, codes.map((code) => foundOf.get(code) ?? null))
}

/**
 * What a GS1 Digital Link (GTIN with optional lot and serial) identifies. An unknown lot or
 * serial under a known GTIN walks up to the nearest known level, as the GS1 resolver
 * standard asks; an unknown GTIN is `null`.
 */
async function resolveGtinFromDatabase(container: MedusaContainer, keys: { gtin: string; lot?: string; serial?: string }): Promise<Resolution | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const forms = storedGtinForms(keys.gtin)
  const variant: VariantRow | undefined = await variantQuery(knex)
    .where((q: any) => q.whereIn("v.barcode", forms).orWhereIn("v.ean", forms).orWhereIn("v.upc", forms))
    .first()
  if (!variant) return null
  let lot: LotRow | undefined
  let unit: ResolvedCode | undefined
  let unknownLot: string | null = null
  let unknownSerial: string | null = null
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
        const { lot_id, ...code } = found
        unit = code
        lot ??= await knex("lot").where({ id: lot_id }).first("id", "code", "lot_number")
      }
    }
  }
  return (await completeResolutions(knex, [{ variant, lot, unit, unknownLot, unknownSerial }]))[0]!
}

/**
 * Resolutions from what labels name: each variant's product code, each lot's code and
 * whether each product has certificates, read for all of them in three queries side by
 * side. The target (where scans are recorded) is the most specific known code; a label
 * with none is null.
 */
async function completeResolutions(knex: any, found: Array<Found | null>): Promise<Array<Resolution | null>> {
  const known = found.filter((f): f is Found => f !== null)
  if (!known.length) return found.map(() => null)
  const variantIds = [...new Set(known.map((f) => f.variant.variant_id))]
  const lotCodes = [...new Set(known.flatMap((f) => (f.lot ? [f.lot.code] : [])))]
  const [productCodeRows, lotCodeRows, certified]: [Array<ResolvedCode & { variant_id: string }>, ResolvedCode[], Set<string>] = await Promise.all([
    knex("trace_code as tc")
      .join("product_product_variant_traceability_trace_code as vc", "vc.trace_code_id", "tc.id")
      .whereIn("vc.product_variant_id", variantIds)
      .whereNull("vc.deleted_at")
      .whereNull("tc.deleted_at")
      .select(...CODE_COLUMNS.map((c) => `tc.${c}`), "vc.product_variant_id as variant_id"),
    lotCodes.length ? knex("trace_code").whereIn("code", lotCodes).whereNull("deleted_at").select(CODE_COLUMNS) : [],
    certifiedVariants(knex, variantIds),
  ])
  const productCodes = new Map<string, ResolvedCode>()
  for (const { variant_id, ...code } of productCodeRows) if (!productCodes.has(variant_id)) productCodes.set(variant_id, code)
  const lotCodeOf = new Map(lotCodeRows.map((code) => [code.code, code]))

  return found.map((f) => {
    if (!f) return null
    const { variant, lot, unit } = f
    const productCode = productCodes.get(variant.variant_id)
    const lotCode = lot ? lotCodeOf.get(lot.code) : undefined
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
      unknown_lot: f.unknownLot,
      unknown_serial: f.unknownSerial,
      product_handle: variant.product_handle,
      product_title: variant.product_title,
      has_certificates: certified.has(variant.variant_id),
      levels,
      target,
      variant_id: variant.variant_id,
      lot_id: lot?.id ?? null,
    }
  })
}

/** Variants whose product has a current OCOP badge or claims a mark (the resolver's gs1:certificationInfo link). */
async function certifiedVariants(knex: any, variantIds: string[]): Promise<Set<string>> {
  const today = new Date().toISOString().slice(0, 10)
  const badge = knex("product_product_ocop_ocop_badge as pb")
    .join("ocop_badge as b", "b.id", "pb.ocop_badge_id")
    .whereRaw("pb.product_id = v.product_id")
    .whereNull("pb.deleted_at")
    .whereNull("b.deleted_at")
    .where("b.valid_until", ">=", today)
    .select(knex.raw("1"))
  const mark = knex("product_product_geo_indication_geo_mark as pm").whereRaw("pm.product_id = v.product_id").whereNull("pm.deleted_at").select(knex.raw("1"))
  const rows: Array<{ id: string }> = await knex("product_variant as v")
    .whereIn("v.id", variantIds)
    .where((q: any) => q.whereExists(badge).orWhereExists(mark))
    .select("v.id")
  return new Set(rows.map((row) => row.id))
}

// What a label identifies does not change once issued (codes, lot numbers and GTINs are
// fixed), so full resolutions are kept in memory: a scan of a kept label costs one indexed
// read, which also brings its scan figures and checks that its code, lot, variant and
// product are still there (a deletion shows at once), instead of six queries. Walk-ups and
// unknown labels are not kept, so a lot or serial issued a moment later resolves at once.
// Kept 5 minutes, as the trace page's product part (trace-view.ts), each entry a little
// less at random: labels first scanned together would otherwise all be read again in the
// same second (with 2,000 labels scanned in turn, re-reading them every 30 s cost each
// server some 600 queries a second; docs/benchmarks.md, issue #8). The resolver's
// certificationInfo link (has_certificates) may lag a new certificate by as long.
const RESOLUTION_TTL_MS = 5 * 60_000
const RESOLUTION_CACHE_MAX = 20_000
const resolutions = new Map<string, { until: number; value: Resolution }>()

const cacheKey = (keys: ResolveKeys) => ("code" in keys ? `t:${keys.code}` : `01:${keys.gtin}/${keys.lot ?? ""}/${keys.serial ?? ""}`)

/**
 * What a label identifies (see resolveCodesFromDatabase, resolveGtinFromDatabase), with
 * the scan figures of the target code read fresh each time.
 */
export async function resolveTrace(container: MedusaContainer, keys: ResolveKeys): Promise<Resolution | null> {
  return (await resolveTraces(container, [keys]))[0]!
}

/**
 * Many labels at once (the trace edge's batched live reads, the edge's scan batches), in
 * the order given: kept resolutions get their scan figures from one query for all of
 * them, short codes not kept are read together, GS1 links side by side.
 */
export async function resolveTraces(container: MedusaContainer, keysList: ResolveKeys[]): Promise<Array<Resolution | null>> {
  const now = Date.now()
  const kept = keysList.map((keys) => {
    const hit = resolutions.get(cacheKey(keys))
    return hit && now < hit.until ? hit.value : null
  })
  const keptOnes = [...new Map(kept.filter((k): k is Resolution => k !== null).map((k) => [k.target.id, k])).values()]
  const targets = new Map<string, ResolvedCode>()
  if (keptOnes.length) {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows }: { rows: ResolvedCode[] } = await knex.raw(
      `select ${CODE_COLUMNS.map((c) => `tc.${c}`).join(", ")}
       from unnest(?::text[], ?::text[], ?::text[]) as k(code_id, variant_id, lot_id)
       join trace_code tc on tc.id = k.code_id and tc.deleted_at is null
       join product_variant v on v.id = k.variant_id and v.deleted_at is null
       join product p on p.id = v.product_id and p.deleted_at is null
       where k.lot_id is null or exists (select 1 from lot where lot.id = k.lot_id and lot.deleted_at is null)`,
      // node-postgres sends a null element as SQL NULL; knex's types only allow strings.
      [keptOnes.map((k) => k.target.id), keptOnes.map((k) => k.variant_id), keptOnes.map((k) => k.lot_id) as string[]]
    )
    for (const row of rows) targets.set(row.id, row)
  }
  // Labels not kept, or whose code, lot, variant or product went away since, are read whole:
  // short codes all together, GS1 links one by one (a scan names one GTIN at a time).
  const misses = new Map<string, ResolveKeys>()
  keysList.forEach((keys, i) => {
    const hit = kept[i]
    if (!(hit && targets.has(hit.target.id))) misses.set(cacheKey(keys), keys)
  })
  const read = new Map<string, Resolution | null>()
  if (misses.size) {
    const codes = [...misses.values()].flatMap((keys) => ("code" in keys ? [keys.code] : []))
    const gtins = [...misses].filter(([, keys]) => !("code" in keys))
    const [byCode, byGtin] = await Promise.all([
      codes.length ? resolveCodesFromDatabase(container, codes) : [],
      Promise.all(gtins.map(([, keys]) => resolveGtinFromDatabase(container, keys as { gtin: string })))
    ])
    codes.forEach((code, i) => read.set(cacheKey({ code }), byCode[i]!))
    gtins.forEach(([key], i) => read.set(key, byGtin[i]!))
    for (const [key, resolution] of read) {
      resolutions.delete(key)
      if (resolution && !resolution.unknown_lot && !resolution.unknown_serial) {
        if (resolutions.size >= RESOLUTION_CACHE_MAX) resolutions.delete(resolutions.keys().next().value!)
        resolutions.set(key, { until: Date.now() + RESOLUTION_TTL_MS * (0.8 + 0.2 * Math.random()), value: resolution })
      }
    }
  }
  return keysList.map((keys, i) => {
    const hit = kept[i]
    const target = hit && targets.get(hit.target.id)
    return hit && target ? { ...hit, target } : read.get(cacheKey(keys))!
  })
}
