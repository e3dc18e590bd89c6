import { createHash } from "node:crypto"
import { scanVerdict, traceEventContent, verifyChain, type ChainVerdict, type ScanPlace, type ScanSummary, type TraceEventContent } from "@cln/domain"
import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ENGLISH_LOCALE } from "../../../workflows/producer-product/utils/constants"
import { traceLink } from "../../../workflows/traceability/utils/lot-context"
import { resolveTraces, type Resolution } from "./resolve"
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
const productCache = new Map<string, KeptPart>()

/** A product part asked for: a variant in a language. */
type ProductKey = { variantId: string; locale: TraceLocale }
const productKey = ({ variantId, locale }: ProductKey) => `${variantId}:${locale}`

/**
 * The product parts of trace pages (product, producer, village, artisans, certificates in
 * a language), keyed by productKey: kept ones from this server's memory, then from the
 * servers' shared cache, the rest with one graph read for all their variants (and one for
 * their English texts). A graph read joins five modules, at about 10 ms of CPU mostly per
 * read rather than per variant: a batch of fifty labels whose products this server has not
 * kept yet must not pay it fifty times.
 */
async function productParts(container: MedusaContainer, keys: ProductKey[]): Promise<Map<string, Row>> {
  const now = Date.now()
  const parts = new Map<string, Row>()
  let missing: ProductKey[] = []
  for (const key of [...new Map(keys.map((key) => [productKey(key), key])).values()]) {
    const hit = productCache.get(productKey(key))
    if (hit && now - hit.at < PRODUCT_TTL_MS) parts.set(productKey(key), hit.value)
    else missing.push(key)
  }
  if (!missing.length) return parts
  // Another server may have read them lately: with several servers behind a balancer, each
  // label's reads land on any of them, and each would otherwise pay the graph read itself.
  const shared = sharedCache(container)
  if (shared) {
    const found = await Promise.all(missing.map((key) => sharedGet(shared, sharedKey(key))))
    missing = missing.filter((key, i) => {
      const kept = found[i]
      if (!kept || now - kept.at >= PRODUCT_TTL_MS) return true
      parts.set(productKey(key), kept.value)
      keepProductPart(key, kept)
      return false
    })
    if (!missing.length) return parts
  }
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
    filters: { id: [...new Set(missing.map((key) => key.variantId))] },
  })
  const variants = new Map((data as Row[]).map((variant) => [variant.id as string, variant]))
  let english: Record<string, Record<string, string>> = {}
  const inEnglish = missing.filter((key) => key.locale === "en" && variants.has(key.variantId)).map((key) => variants.get(key.variantId)!)
  if (inEnglish.length) {
    const { data: translations } = await query.graph({
      entity: "translation",
      fields: ["reference_id", "translations"],
      filters: { reference_id: [...new Set(inEnglish.flatMap((variant) => [variant.product?.id, variant.id]).filter(Boolean))], locale_code: ENGLISH_LOCALE },
    })
    english = Object.fromEntries((translations as Row[]).map((t) => [t.reference_id, t.translations ?? {}]))
  }
  for (const key of missing) {
    const kept = { at: now, value: productPartOf(variants.get(key.variantId), key.locale, english) }
    parts.set(productKey(key), kept.value)
    keepProductPart(key, kept)
    // Not waited for: a slow or absent Redis must not hold the page (a failed write only
    // means another server reads the part itself).
    void shared?.set({ key: sharedKey(key), data: kept, ttl: PRODUCT_TTL_MS / 1000, tags: [] }).catch(() => {})
  }
  return parts
}

type KeptPart = { at: number; value: Row }

/** Keeps a product part in this server's memory, aged from when it was read (here or by another server). */
function keepProductPart(key: ProductKey, kept: KeptPart) {
  productCache.delete(productKey(key))
  productCache.set(productKey(key), kept)
  // The Map keeps insertion order, so the first key is the oldest kept.
  while (productCache.size > PRODUCT_CACHE_MAX) productCache.delete(productCache.keys().next().value!)
}

/** The Caching Module (Redis, shared by every server) when it is configured (REDIS_URL); absent otherwise. */
function sharedCache(container: MedusaContainer): ICachingModuleService | undefined {
  return container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
}
const sharedKey = (key: ProductKey) => `cln:trace-product:${productKey(key)}`
/**
 * Past this, a shared read counts as a miss: Redis down or slow must not hold trace pages
 * (its client queues commands while it reconnects).
 */
const SHARED_READ_MS = 50

function sharedGet(shared: ICachingModuleService, key: string): Promise<KeptPart | null> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), SHARED_READ_MS)))
  const read = (shared.get({ key }) as Promise<KeptPart | null>).catch(() => null)
  return Promise.race([read, late]).finally(() => clearTimeout(timer))
}

function productPartOf(variant: Row | undefined, locale: TraceLocale, english: Record<string, Record<string, string>>): Row {
  const product = variant?.product ?? {}
  const producer = product.producer ?? null
  const village = producer?.craft_village ?? null
  return {
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

/** A lot (with its zone's columns), its stored events with their hashed content, and the chain's verdict. */
export type LotChain = { lot: Row; events: Array<{ row: Row; content: TraceEventContent }>; chain: ChainVerdict }

/** The lot's events in order with the chain verdict (recomputed from what is stored now). */
export async function lotChain(container: MedusaContainer, lotId: string): Promise<LotChain> {
  const chain = (await lotChains(container, [lotId])).get(lotId)
  if (!chain) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${lotId} was not found`)
  return chain
}

/**
 * Lots' events in order with each chain's verdict, recomputed from what is stored now: two
 * queries however many lots (a trace edge's batch, a producer's page of lots). Lots that
 * do not exist are absent from the map.
 */
export async function lotChains(container: MedusaContainer, lotIds: string[]): Promise<Map<string, LotChain>> {
  const ids = [...new Set(lotIds)]
  if (!ids.length) return new Map()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [lots, rows]: [Row[], Row[]] = await Promise.all([
    knex("lot as l")
      .leftJoin("raw_material_zone as z", function (this: any) {
        this.on("z.id", "l.zone_id").andOnNull("z.deleted_at")
      })
      .whereIn("l.id", ids)
      .select(
        "l.id", "l.code", "l.lot_number", "l.quantity", "l.uom", "l.produced_at", "l.expires_at", "l.head_hash", "l.event_count", "l.serial_count",
        "z.name as zone_name", "z.area_ha as zone_area_ha", "z.certifications as zone_certifications", "z.commune as zone_commune", "z.province as zone_province"
      ),
    knex("trace_event").whereIn("lot_id", ids).whereNull("deleted_at").orderBy([{ column: "lot_id" }, { column: "sequence" }]),
  ])
  const rowsOf = new Map<string, Row[]>()
  for (const row of rows) {
    const list = rowsOf.get(row.lot_id)
    if (list) list.push(row)
    else rowsOf.set(row.lot_id, [row])
  }
  return new Map(
    lots.map((lot) => {
      const events = (rowsOf.get(lot.id) ?? []).map((row) => ({ row, content: traceEventContent({ ...row, lot_code: lot.code }) }))
      const chain = verifyChain(
        events.map(({ row, content }) => ({ content, prev_hash: row.prev_hash, hash: row.hash })),
        { head: lot.head_hash ?? null, count: lot.event_count }
      )
      return [lot.id as string, { lot, events, chain } satisfies LotChain]
    })
  )
}

/**
 * The scan figures of codes (with scans still in this server's batch) and, for a unit
 * serial scanned more than once, the distinct places of its last 50 scans (read for all of
 * them in one query).
 */
async function scanSummaries(container: MedusaContainer, codes: Resolution["target"][]): Promise<Map<string, ScanSummary>> {
  const recorder = scanRecorder(container)
  const counts = new Map(codes.map((code) => [code.id, code.scan_count + recorder.pendingFor(code.id)]))
  const repeatedUnits = [...new Set(codes.filter((code) => code.kind === "unit" && counts.get(code.id)! > 1).map((code) => code.id))]
  const placesOf = new Map<string, ScanPlace[]>()
  if (repeatedUnits.length) {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows }: { rows: Row[] } = await knex.raw(
      `select c.id, s.place from unnest(?::text[]) with ordinality as c(id, n)
       cross join lateral (select place, scanned_at from scan where trace_code_id = c.id and deleted_at is null order by scanned_at desc limit 50) s
       order by c.n, s.scanned_at desc`,
      [repeatedUnits]
    )
    const seen = new Map<string, Set<string>>()
    for (const { id, place } of rows) {
      if (!place || !Object.values(place).some((v) => v != null && v !== "")) continue
      const key = JSON.stringify(place)
      const keys = seen.get(id) ?? seen.set(id, new Set()).get(id)!
      if (keys.has(key)) continue
      keys.add(key)
      placesOf.set(id, [...(placesOf.get(id) ?? []), place as ScanPlace])
    }
  }
  return new Map(
    codes.map((code) => {
      const firstPlace = code.first_scan_place && Object.keys(code.first_scan_place).length ? (code.first_scan_place as ScanPlace) : null
      const summary: ScanSummary = {
        count: counts.get(code.id)!,
        first_at: code.first_scanned_at ? new Date(code.first_scanned_at).toISOString() : null,
        first_place: firstPlace,
        places: placesOf.get(code.id) ?? [],
      }
      return [code.id, summary]
    })
  )
}

/** A trace page asked for: its code and, for its page stamp or whole view, its language. */
export type TraceRead = { code: string; locale?: TraceLocale }

/**
 * What trace pages need, for many codes at once (in the order asked; null for an unknown
 * code): the resolution, the product part in the page's language (when one is given), the
 * lot's chain and the live parts. A few queries for the whole batch: the trace edge asks
 * for the codes scanned in the last few milliseconds together, so that hundreds of trace
 * pages a second do not each pay a request and its queries (docs/benchmarks.md, issue #8).
 */
async function gatherTraces(container: MedusaContainer, reads: TraceRead[]) {
  const codes = [...new Set(reads.map((read) => read.code))]
  const resolved = await resolveTraces(container, codes.map((code) => ({ code })))
  const resolutionOf = new Map(codes.map((code, i) => [code, resolved[i]!]))
  const found = resolved.filter((r): r is Resolution => r !== null)
  const productKeys: ProductKey[] = reads.flatMap((read) => {
    const resolution = resolutionOf.get(read.code)
    return resolution && read.locale ? [{ variantId: resolution.variant_id, locale: read.locale }] : []
  })
  const [chains, scans, products] = await Promise.all([
    lotChains(container, found.flatMap((r) => (r.lot_id ? [r.lot_id] : []))),
    scanSummaries(container, found.map((r) => r.target)),
    productParts(container, productKeys),
  ])
  return reads.map((read) => {
    const resolution = resolutionOf.get(read.code)
    if (!resolution) return null
    const chainPart: LotChain | null = (resolution.lot_id && chains.get(resolution.lot_id)) || null
    const chain = chainPart?.chain ?? ({ valid: true, length: 0, head: null } as const)
    const scanFigures = scans.get(resolution.target.id)!
    const live = {
      code: resolution.code,
      kind: resolution.level,
      chain,
      scans: scanFigures,
      verdict: scanVerdict({ known: true, chainValid: chain.valid, codeKind: resolution.level, scans: scanFigures }),
    }
    const product = read.locale ? products.get(productKey({ variantId: resolution.variant_id, locale: read.locale }))! : null
    return { resolution, chainPart, live, product }
  })
}

/**
 * The parts of trace pages that change with each scan or edit, in the order asked (null
 * for an unknown code): the chain recomputed from what is stored now, the scan figures
 * (with scans still in the batch) and the verdict.
 *
 * With a locale a read also carries `page_stamp`, a digest of everything else the page
 * shows in that language (pageParts): the storefront's edge keeps a rendered page as long as
 * the stamp stays the same, instead of rendering it anew every 30 s in case something changed.
 */
export async function traceLives(container: MedusaContainer, reads: TraceRead[]) {
  return (await gatherTraces(container, reads)).map((trace) => {
    if (!trace?.product) return trace?.live ?? null
    return { ...trace.live, page_stamp: pageStamp(pageParts(trace.resolution, trace.product, trace.chainPart)) }
  })
}

/** One code's live parts (see traceLives). */
export async function traceLive(container: MedusaContainer, code: string, locale?: TraceLocale) {
  return (await traceLives(container, [{ code, locale }]))[0]!
}

/** A short digest of a page's parts (the same parts, the same stamp). */
function pageStamp(parts: ReturnType<typeof pageParts>): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 22)
}

/** Everything a trace page shows for a public code, or null for an unknown code. */
export async function traceView(container: MedusaContainer, code: string, locale: TraceLocale) {
  const [trace] = await gatherTraces(container, [{ code, locale }])
  if (!trace) return null
  const parts = pageParts(trace.resolution, trace.product!, trace.chainPart)
  return {
    ...parts,
    // The page shows the stamp of what it was rendered from: the edge keeps it only under
    // that stamp (another server may still hold an older product part; see PRODUCT_TTL_MS).
    page_stamp: pageStamp(parts),
    chain: trace.live.chain,
    scans: trace.live.scans,
    verdict: trace.live.verdict,
  }
}

/** What a trace page shows besides its live parts: the code, product, producer, lot and events. */
function pageParts(resolution: Resolution, product: Row, chainPart: LotChain | null) {
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
