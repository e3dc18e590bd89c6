import type { ChainVerdict, ScanPlace, ScanSummary, ScanVerdict } from "@cln/domain"

/** One identifier level the backend knows for a resolved path (most specific first). */
export type ResolutionLevel = {
  level: "product" | "lot" | "unit"
  code: string
  gtin: string | null
  lot_number: string | null
  serial: string | null
}

/** `GET /trace/resolve` → `resolution`. */
export type TraceResolution = {
  level: "product" | "lot" | "unit"
  /** The most specific known trace code: the trace page to open. */
  code: string
  gtin: string | null
  lot_number: string | null
  serial: string | null
  /** Set when the request named a lot or serial the backend does not know (it walked up). */
  unknown_lot: string | null
  unknown_serial: string | null
  product_handle: string
  product_title: string
  has_certificates: boolean
  levels: ResolutionLevel[]
}

export type TraceQuantityView = { label: string; quantity: number; uom: string }

export type TraceEventView = {
  sequence: number
  step: string
  event_type: string
  biz_step: string
  event_time: string
  event_time_zone_offset: string
  place_name: string | null
  inputs: TraceQuantityView[]
  outputs: TraceQuantityView[]
  data: { note?: string | null; photo_url?: string | null; [key: string]: unknown }
  hash: string
}

/** Issue 5 fills these; rendered from whatever of these fields a certificate has. */
export type TraceCertificateView = {
  kind?: string | null
  name?: string | null
  stars?: number | null
  issuer?: string | null
  number?: string | null
  issued_at?: string | null
  valid_until?: string | null
  url?: string | null
}

export type TraceZoneView = {
  name: string
  area_ha: number | null
  certifications: string[]
  commune: string | null
  province: string | null
}

export type TraceLotView = {
  lot_number: string
  code: string
  quantity: number | null
  uom: string | null
  produced_at: string | null
  expires_at: string | null
  zone: TraceZoneView | null
}

/** `GET /trace/codes/:code` → `trace`. */
export type TraceView = {
  code: string
  /** The digest of what this view shows besides its live parts (the backend's pageStamp). */
  page_stamp?: string
  kind: "product" | "lot" | "unit"
  gtin: string | null
  digital_link: string
  product: {
    title: string
    handle: string
    thumbnail: string | null
    description: string | null
    variant_title: string | null
  }
  producer: { name: string; handle: string; address: string | null }
  village: { name: string; handle: string; commune: string | null; province: string | null } | null
  /** `title` is an artisan title key (tho_gioi, nghe_nhan, nghe_nhan_uu_tu, nghe_nhan_nhan_dan). */
  artisans: Array<{ name: string; handle: string; title: string | null }>
  certificates: TraceCertificateView[]
  lot: TraceLotView | null
  events: TraceEventView[]
  chain: ChainVerdict
  scans: ScanSummary
  verdict: ScanVerdict
}

/**
 * What changes with every scan or edit (`GET /trace/codes/:code/live?locale=`); the trace
 * edge adds it to a kept page. `page_stamp` digests everything else that language's page
 * shows: a kept page is good while it stays the same.
 */
export type TraceLive = Pick<TraceView, "code" | "kind" | "chain" | "scans" | "verdict"> & { page_stamp?: string }

export type { ChainVerdict, ScanPlace, ScanSummary, ScanVerdict }
