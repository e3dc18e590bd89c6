/**
 * The craft steps a producer records from a phone, and the EPCIS 2.0 event each becomes.
 * CBV 2.0 has no business steps for craft processing (withering tea, dyeing hemp, firing
 * clay), so those use our own step URIs, as CBV allows for user vocabulary; everything
 * CBV does name (commissioning, receiving, inspecting, packing, shipping) uses the CBV word.
 */
import type { TraceAction, TraceEventType } from "./hash-chain"

export type TraceStepKey =
  | "harvesting"
  | "receiving"
  | "withering"
  | "rolling"
  | "drying"
  | "fermenting"
  | "dyeing"
  | "spinning"
  | "weaving"
  | "carving"
  | "shaping"
  | "firing"
  | "brewing"
  | "inspecting"
  | "packing"
  | "shipping"
  | "other"

/** Namespace of our EPCIS extensions and user vocabulary (prefix "cln" in exported documents). */
export const CLN_EPCIS_NAMESPACE = "https://cholangnghe.vn/epcis/"

/** Our business step URI for a craft step CBV does not name. */
export function craftBizStep(step: string): string {
  return `${CLN_EPCIS_NAMESPACE}bizstep/${step}`
}

export type TraceEventShape = {
  event_type: TraceEventType
  action: TraceAction | null
  /** A CBV 2.0 bare word ("shipping") or a user vocabulary URI. */
  biz_step: string
  /** A CBV 2.0 bare word, or null when the step says nothing about the goods' state. */
  disposition: string | null
}

export type TraceStep = TraceEventShape & {
  label: { vi: string; en: string }
  /** The quick form asks for what went in (fresh leaves, hemp yarn, indigo…). */
  uses_inputs: boolean
  /** The quick form asks for what came out or how much was handled. */
  uses_outputs: boolean
}

const craft = (step: TraceStepKey, vi: string, en: string): TraceStep => ({
  event_type: "TransformationEvent",
  action: null,
  biz_step: craftBizStep(step),
  disposition: "in_progress",
  label: { vi, en },
  uses_inputs: true,
  uses_outputs: true,
})

export const TRACE_STEPS: Record<TraceStepKey, TraceStep> = {
  // The harvest brings the lot's raw material into existence: CBV commissioning (ADD).
  harvesting: {
    event_type: "ObjectEvent",
    action: "ADD",
    biz_step: "commissioning",
    disposition: "active",
    label: { vi: "Thu hoạch", en: "Harvesting" },
    uses_inputs: false,
    uses_outputs: true,
  },
  receiving: {
    event_type: "ObjectEvent",
    action: "OBSERVE",
    biz_step: "receiving",
    disposition: "in_progress",
    label: { vi: "Nhận nguyên liệu", en: "Receiving materials" },
    uses_inputs: false,
    uses_outputs: true,
  },
  withering: craft("withering", "Làm héo", "Withering"),
  rolling: craft("rolling", "Vò", "Rolling"),
  drying: craft("drying", "Phơi, sấy", "Drying"),
  fermenting: craft("fermenting", "Lên men", "Fermenting"),
  dyeing: craft("dyeing", "Nhuộm", "Dyeing"),
  spinning: craft("spinning", "Se sợi", "Spinning"),
  weaving: craft("weaving", "Dệt", "Weaving"),
  carving: craft("carving", "Chạm khắc", "Carving"),
  shaping: craft("shaping", "Tạo hình", "Shaping"),
  firing: craft("firing", "Nung", "Firing"),
  brewing: craft("brewing", "Nấu, ủ", "Brewing"),
  // An inspection records that it happened; whether the goods passed is not assumed.
  inspecting: {
    event_type: "ObjectEvent",
    action: "OBSERVE",
    biz_step: "inspecting",
    disposition: null,
    label: { vi: "Kiểm tra chất lượng", en: "Quality check" },
    uses_inputs: false,
    uses_outputs: false,
  },
  // Packing puts the lot's goods into packs: an aggregation (ADD) in EPCIS terms.
  packing: {
    event_type: "AggregationEvent",
    action: "ADD",
    biz_step: "packing",
    disposition: "in_progress",
    label: { vi: "Đóng gói", en: "Packing" },
    uses_inputs: false,
    uses_outputs: true,
  },
  shipping: {
    event_type: "ObjectEvent",
    action: "OBSERVE",
    biz_step: "shipping",
    disposition: "in_transit",
    label: { vi: "Vận chuyển", en: "Shipping" },
    uses_inputs: false,
    uses_outputs: true,
  },
  other: {
    event_type: "ObjectEvent",
    action: "OBSERVE",
    biz_step: "other",
    disposition: null,
    label: { vi: "Công đoạn khác", en: "Other step" },
    uses_inputs: false,
    uses_outputs: true,
  },
}

/** In the order a producer meets them, for the step picker. */
export const TRACE_STEP_KEYS = Object.keys(TRACE_STEPS) as TraceStepKey[]

export function isTraceStepKey(value: unknown): value is TraceStepKey {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(TRACE_STEPS, value)
}

export function stepToEventShape(step: TraceStepKey): TraceEventShape {
  const s = TRACE_STEPS[step]
  if (!s) throw new RangeError(`Unknown trace step "${String(step)}"`)
  return { event_type: s.event_type, action: s.action, biz_step: s.biz_step, disposition: s.disposition }
}
