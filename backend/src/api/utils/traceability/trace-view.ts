import { createHash } from "node:crypto"
import { scanVerdict, traceEventContent, verifyChain, type ScanPlace, type ScanSummary } from "@cln/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH_LOCALE } from "../../../workflows/producer-product/utils/constants"
import { traceLink } from "../../../workflows/traceability/utils/lot-context"
import { resolveTrace, type Resolution } from "./resolve"
import { scanRecorder } from "./scan-recorder"

type Row = Record<string, any>
export type TraceLocale = "vi" | "en"

// What a trace page shows of a product changes rarely; events, chain and scans are read
// fresh on every request. The product part (a graph read of product, producer, village,
// artisans and certificates, about 10 ms of CPU) is kept 5 minutes per variant and
// language: every live read carries a stamp of it (traceLive), and with labels of
// thousands of products scanned in turn, reading it again every 30 s took most of a
// server's time (docs/benchmarks.md, issue #8). A renamed product or a newly verified
// certificate shows on its trace pages within those 5 minutes.
const PRODUCT_TTL_MS = 5 * 60_000
/** Variants × languages kept at most: a national catalogue has 140,000 variants, scanned in no order. */
const PRODUCT_CACHE_MAX = 5_000
const productCache = new Map<string, { at: number; value: Row }>()

async function productPart(container: MedusaContainer, variantId: string, locale: TraceLocale): Promise<Row> {
  const key = `${variantId}:${locale}`
  const hit = productCache.get(key)
  if (hit && Date.now() - hit.at < PRODUCT_TTL_MS) return hit.value
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id", "title", "product.id", "product.title", "product.handle", "product.thumbnail", "product.description",
      "product.producer.name", "product.producer.handle", "product.producer.address",
      "product.producer.craft_village.name", "product.producer.craft_village.name_en", "product.producer.craft_village.handle",
      "product.producer.craft_village.commune", "product.producer.craft_village.province",
      "product.producer.artisans.name", "product.producer.artisans.handle", "product.producer.artisans.title",
      // Only current ratings and claims exist as badges and links (the certificate workflows keep them so).
      "product.ocop_badge.stars", "product.ocop_badge.certificate_number", "product.ocop_badge.decision_number",
      "product.ocop_badge.decision_date", "product.ocop_badge.valid_until", "product.ocop_badge.issuing_body",
      "product.geo_marks.handle", "product.geo_marks.kind", "product.geo_marks.name", "product.geo_marks.name_en",
      "product.geo_marks.certificate_number", "product.geo_marks.decision_date", "product.geo_marks.managing_body",
    ],
    filters: { id: variantId },
  })
  const variant = data[0] as Row | undefined
  const product = variant?.product ?? {}
  let english: Record<string, Record<string, string>> = {}
  if (locale === "en" && variant) {
    const { data: translations } = await query.graph({
      entity: "translation",
      fields: ["reference_id", "translations"],
      filters: { reference_id: [product.id, variant.id], locale_code: ENGLISH_LOCALE },
    })
    english = Object.fromEntries((translations as Row[]).map((t) => [t.reference_id, t.translations ?? {}]))
  }
  const producer = product.producer ?? null
  const village = producer?.craft_village ?? null
  const value = {
    product: {
      title: english[product.id]?.title ?? product.title,
      handle: product.handle,
      thumbnail: product.thumbnail ?? null,
      description: english[product.id]?.description ?? product.description ?? null,
      variant_title: english[variant?.id]?.title ?? variant?.title ?? null,
    },
    producer: producer ? { name: producer.name, handle: producer.handle, address: producer.address ?? null } : null,
    village: village
      ? { name: locale === "en" && village.name_en ? village.name_en : village.name, handle: village.handle, commune: village.commune ?? null, province: village.province ?? null }
      : null,
    artisans: (producer?.artisans ?? []).filter(Boolean).map((a: Row) => ({ name: a.name, handle: a.handle, title: a.title })),
    certificates: traceCertificates(product, locale),
  }
  productCache.delete(key)
  productCache.set(key, { at: Date.now(), value })
  // The Map keeps insertion order, so the first key is the oldest kept.
  while (productCache.size > PRODUCT_CACHE_MAX) productCache.delete(productCache.keys().next().value!)
  return value
}

/**
 * What the trace page lists under "certificates": the product's current OCOP rating (its
 * badge, dropped should it have lapsed before tonight's expiry job) and the marks it
 * claims, each linking to where a person can check it.
 */
function traceCertificates(product: Row, locale: TraceLocale) {
  const out: Array<{ kind: string; name: string | null; stars: number | null; issuer: string | null; number: string | null; issued_at: string | null; valid_until: string | null; url: string }> = []
  const badge = product.ocop_badge
  const today = new Date().toISOString().slice(0, 10)
  if (badge && new Date(badge.valid_until).toISOString().slice(0, 10) >= today) {
    out.push({
      kind: "ocop",
      name: null,
      stars: badge.stars,
      issuer: badge.issuing_body,
      number: badge.certificate_number ?? badge.decision_number,
      issued_at: badge.decision_date,
      valid_until: badge.valid_until,
      url: `/${locale}/products/${encodeURIComponent(product.handle)}#certificates`,
    })
  }
  for (const mark of (product.geo_marks ?? []).filter(Boolean)) {
    out.push({
      kind: mark.kind,
      name: locale === "en" && mark.name_en ? mark.name_en : mark.name,
      stars: null,
      issuer: mark.managing_body ?? null,
      number: mark.certificate_number ?? null,
      issued_at: mark.decision_date ?? null,
      valid_until: null,
      url: `/${locale}/marks/${encodeURIComponent(mark.handle)}`,
    })
  }
  return out
}

/** The lot's events in order with the chain verdict (recomputed from what is stored now). */
export async function lotChain(container: MedusaContainer, lotId: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const lot: Row = await knex("lot as l")
    .leftJoin("raw_material_zone as z", function (this: any) {
      this.on("z.id", "l.zone_id").andOnNull("z.deleted_at")
    })
    .where("l.id", lotId)
    .first(
      "l.id", "l.code", "l.lot_number", "l.quantity", "l.uom", "l.produced_at", "l.expires_at", "l.head_hash", "l.event_count", "l.serial_count",
      "z.name as zone_name", "z.area_ha as zone_area_ha", "z.certifications as zone_certifications", "z.commune as zone_commune", "z.province as zone_province"
    )
  const rows: Row[] = await knex("trace_event").where({ lot_id: lotId }).whereNull("deleted_at").orderBy("sequence", "asc")
  const events = rows.map((row) => ({ row, content: traceEventContent({ ...row, lot_code: lot.code }) }))
  const chain = verifyChain(
    events.map(({ row, content }) => ({ content, prev_hash: row.prev_hash, hash: row.hash })),
    { head: lot.head_hash ?? null, count: lot.event_count }
  )
  return { lot, events, chain }
}

async function scanSummary(container: MedusaContainer, code: Resolution["target"]): Promise<ScanSummary> {
  const pending = scanRecorder(container).pendingFor(code.id)
  const count = code.scan_count + pending
  let places: ScanPlace[] = []
  if (code.kind === "unit" && count > 1) {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows: Row[] = await knex("scan").where({ trace_code_id: code.id }).whereNull("deleted_at").orderBy("scanned_at", "desc").limit(50).select("place")
    const seen = new Set<string>()
    places = rows
      .map((r) => r.place as ScanPlace | null)
      .filter((p): p is ScanPlace => !!p && Object.values(p).some((v) => v != null && v !== ""))
      .filter((p) => {
        const key = JSON.stringify(p)
        return seen.has(key) ? false : (seen.add(key), true)
      })
  }
  const firstPlace = code.first_scan_place && Object.keys(code.first_scan_place).length ? (code.first_scan_place as ScanPlace) : null
  return { count, first_at: code.first_scanned_at ? new Date(code.first_scanned_at).toISOString() : null, first_place: firstPlace, places }
}

/**
 * The parts of a trace page that change with each scan or edit: the chain recomputed
 * from what is stored now, the scan figures (with scans still in the batch) and the
 * verdict. Null for an unknown code.
 *
 * With a locale it also carries `page_stamp`, a digest of everything else the page shows
 * in that language (pageParts): the storefront's edge keeps a rendered page as long as the
 * stamp stays the same, instead of rendering it anew every 30 s in case something changed.
 */
export async function traceLive(container: MedusaContainer, code: string, locale?: TraceLocale) {
  const resolution = await resolveTrace(container, { code })
  if (!resolution) return null
  const [{ live, chainPart }, product] = await Promise.all([
    liveParts(container, resolution),
    locale ? productPart(container, resolution.variant_id, locale) : null,
  ])
  if (!product) return live
  return { ...live, page_stamp: pageStamp(pageParts(resolution, product, chainPart)) }
}

/** A short digest of a page's parts (the same parts, the same stamp). */
function pageStamp(parts: ReturnType<typeof pageParts>): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 22)
}

async function liveParts(container: MedusaContainer, resolution: Resolution) {
  const [chainPart, scans] = await Promise.all([
    resolution.lot_id ? lotChain(container, resolution.lot_id) : Promise.resolve(null),
    scanSummary(container, resolution.target),
  ])
  const chain = chainPart?.chain ?? ({ valid: true, length: 0, head: null } as const)
  return {
    live: {
      code: resolution.code,
      kind: resolution.level,
      chain,
      scans,
      verdict: scanVerdict({ known: true, chainValid: chain.valid, codeKind: resolution.level, scans }),
    },
    chainPart,
  }
}

/** Everything a trace page shows for a public code, or null for an unknown code. */
export async function traceView(container: MedusaContainer, code: string, locale: TraceLocale) {
  const resolution = await resolveTrace(container, { code })
  if (!resolution) return null
  const [product, { live, chainPart }] = await Promise.all([productPart(container, resolution.variant_id, locale), liveParts(container, resolution)])
  const parts = pageParts(resolution, product, chainPart)
  return {
    ...parts,
    // The page shows the stamp of what it was rendered from: the edge keeps it only under
    // that stamp (another server may still hold an older product part; see PRODUCT_TTL_MS).
    page_stamp: pageStamp(parts),
    chain: live.chain,
    scans: live.scans,
    verdict: live.verdict,
  }
}

/** What a trace page shows besides its live parts: the code, product, producer, lot and events. */
function pageParts(resolution: Resolution, product: Row, chainPart: Awaited<ReturnType<typeof lotChain>> | null) {
  const lot = chainPart?.lot
  return {
    code: resolution.code,
    kind: resolution.level,
    gtin: resolution.gtin,
    digital_link: traceLink(resolution),
    ...product,
    lot: lot
      ? {
          lot_number: lot.lot_number,
          code: lot.code,
          quantity: Number(lot.quantity),
          uom: lot.uom,
          produced_at: lot.produced_at,
          expires_at: lot.expires_at,
          zone: lot.zone_name
            ? { name: lot.zone_name, area_ha: lot.zone_area_ha, certifications: lot.zone_certifications ?? [], commune: lot.zone_commune, province: lot.zone_province }
            : null,
        }
      : null,
    events: (chainPart?.events ?? []).map(({ row, content }) => ({
      sequence: content.sequence,
      step: content.step,
      event_type: content.event_type,
      biz_step: content.biz_step,
      event_time: content.event_time,
      event_time_zone_offset: content.event_time_zone_offset,
      place_name: content.place_name,
      inputs: content.inputs,
      outputs: content.outputs,
      data: content.data,
      hash: row.hash,
    })),
  }
}
