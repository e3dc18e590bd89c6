/**
 * Shapes of the producer traceability API (`/producer/trace/*`) as the lot pages read
 * them. Optional fields may be missing; the pages show what is there.
 */

export type ChainReason = "hash_mismatch" | "link_mismatch" | "sequence_gap" | "head_mismatch" | "count_mismatch"

/** Whether a lot's events still form an unbroken hash chain. */
export type LotChain = {
  valid: boolean
  length?: number
  head?: string | null
  /** The 1-based position of the first event found wrong. */
  broken_at?: number
  reason?: ChainReason | string
}

export type TraceQuantity = { label: string; quantity: number; uom: string }

export type RawMaterialZone = {
  id: string
  name: string
  area_ha: number | null
  certifications: string[] | null
  commune: string | null
  province: string | null
}

/** One row of GET /producer/trace/lots. */
export type ProducerLot = {
  id: string
  code: string
  lot_number: string
  variant: { id: string; title: string | null; sku: string | null; gtin?: string | null } | null
  product: { id: string; title: string | null; handle?: string | null; thumbnail?: string | null } | null
  quantity: number
  uom: string
  produced_at: string | null
  expires_at: string | null
  event_count: number
  chain: LotChain
  scan_count: number
  serial_count: number
}

export type LotEvent = {
  id?: string
  sequence: number
  step: string
  event_type: string
  biz_step?: string | null
  event_time: string
  event_time_zone_offset?: string | null
  place_name: string | null
  inputs: TraceQuantity[] | null
  outputs: TraceQuantity[] | null
  data: { note?: string | null; photo_url?: string | null; [key: string]: unknown } | null
  hash: string
  prev_hash?: string | null
}

export type ScansByDay = { day: string; count: number }

/** GET /producer/trace/lots/:id (its counts are in `events`, `serials` and `scans`). */
export type LotDetail = Omit<ProducerLot, "event_count" | "serial_count" | "scan_count"> & {
  event_count?: number
  serial_count?: number
  scan_count?: number
  zone: RawMaterialZone | null
  events: LotEvent[]
  serials?: { count: number } | null
  scans?: { count: number; by_day?: ScansByDay[] | null } | null
  /** The URL printed in the lot's QR code (GS1 Digital Link or short link). */
  label_url?: string | null
  codes?: unknown
}

export type LabelJobStatus = "queued" | "running" | "done" | "failed"

export type LabelJob = {
  id: string
  status: LabelJobStatus
  /** Labels rendered so far (some backends send `done`, some `progress`). */
  done?: number | null
  progress?: number | null
  total: number
  file_url?: string | null
  error?: string | null
}

/** GET /producer/trace/scans */
export type ScansOverview = {
  products: { product_id: string; title: string | null; scan_count: number }[]
  lots: { lot_id: string; lot_number: string | null; scan_count: number; product_title?: string | null }[]
}

/** A variant the producer can open a lot for. */
export type VariantOption = { id: string; label: string; productTitle: string; variantTitle: string; sku: string | null }
