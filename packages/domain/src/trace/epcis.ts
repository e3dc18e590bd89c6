/**
 * A lot's trace events as an EPCIS 2.0 document (JSON-LD), valid against GS1's EPCIS JSON
 * schema. Goods are identified at class level (quantityList + epcClass): households track lots
 * and materials, not individually tagged items.
 *
 * Identifiers used:
 * - the lot: https://id.gs1.org/01/{gtin14}/10/{lot} when the product has a GTIN (the canonical
 *   GS1 Digital Link of the lot), else our short link {origin}/t/{lot code};
 * - a material handled in a step (fresh leaves, indigo, hemp yarn): {lot short link}#{label},
 *   because such materials have no GS1 key of their own;
 * - an event: a name-based UUID URN derived from its chain hash, so that exports are stable.
 *   (Not the CBV 2.0 event hash ID: that is a different canonicalisation, and claiming it would
 *   mislead a verifier.)
 * Our own fields (step key, chain hashes, place name, note, photo) use the "cln" prefix declared
 * in @context.
 */
import { digitalLinkPath, digitalLinkValueProblem } from "./digital-link"
import { isTraceCode } from "./codes"
import { isValidGtin } from "../gtin"
import { sha256Hex, type TraceEventContent, type TraceQuantity } from "./hash-chain"
import { CLN_EPCIS_NAMESPACE, craftBizStep } from "./steps"

export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"
export const EPCIS_MEDIA_TYPE = "application/ld+json"

export type EpcisLotInput = {
  origin: string
  lot: {
    code: string
    lot_number: string
    gtin: string | null
    quantity: number
    uom: string
    produced_at: string | null
    expires_at: string | null
  }
  product_title: string
  producer_name: string
  events: Array<TraceEventContent & { hash: string; prev_hash: string | null; recorded_at: string }>
  /** The document's creationDate; now when not given (fix it for reproducible exports). */
  creation_date?: string
}

// CBV 2.0 business steps and dispositions (the words the EPCIS 2.0 schema enumerates).
const CBV_BIZ_STEPS = new Set(
  "accepting arriving assembling collecting commissioning consigning creating_class_instance cycle_counting decommissioning departing destroying disassembling dispensing encoding entering_exiting holding inspecting installing killing loading other packing picking receiving removing repackaging repairing replacing reserving retail_selling shipping staging_outbound stock_taking stocking storing transporting unloading unpacking void_shipping sensor_reporting sampling".split(
    " "
  )
)
const CBV_DISPOSITIONS = new Set(
  "active container_closed damaged destroyed dispensed disposed encoded expired in_progress in_transit inactive no_pedigree_match non_sellable_other partially_dispensed recalled reserved retail_sold returned sellable_accessible sellable_not_accessible stolen unknown available completeness_verified completeness_inferred conformant container_open mismatch_instance mismatch_class mismatch_quantity needs_replacement non_conformant unavailable".split(
    " "
  )
)

/**
 * UN/ECE Recommendation 20 codes, which EPCIS requires for uom. Counting words (cái, túi, bó…)
 * have none on purpose: a quantity without uom is a count of items in EPCIS.
 */
const UNECE_UNITS: Record<string, string> = {
  kg: "KGM", kilogram: "KGM", kilôgam: "KGM", "cân": "KGM",
  g: "GRM", gr: "GRM", gram: "GRM", gam: "GRM", "lạng": "HGM", hg: "HGM",
  t: "TNE", tonne: "TNE", ton: "TNE", "tấn": "TNE", "tạ": "DTN",
  l: "LTR", lít: "LTR", litre: "LTR", liter: "LTR", ml: "MLT",
  m: "MTR", "mét": "MTR", cm: "CMT", mm: "MMT", m2: "MTK", "m²": "MTK", ha: "HAR",
  "đôi": "PR", pair: "PR",
}

/** The UN/ECE code for a unit as producers write it, or undefined for counts and unknown units. */
export function uneceUnit(uom: string): string | undefined {
  const trimmed = uom.trim()
  if (/^[A-Z0-9]{2,3}$/.test(trimmed)) return trimmed
  return UNECE_UNITS[trimmed.normalize("NFC").toLowerCase()]
}

// RFC 3986 URIs without IP-literal hosts: a strict subset of what the schema's "uri" format
// (ajv-formats) accepts, so a stored read point that passes here never makes an invalid export.
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
const HOST_CHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})"
const USER_CHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
const QUERY_CHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})"
const URI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.-]*:` +
    `(?://(?:${USER_CHAR}*@)?${HOST_CHAR}*(?::\\d*)?(?:/${PCHAR}*)*|/(?:${PCHAR}+(?:/${PCHAR}*)*)?|${PCHAR}+(?:/${PCHAR}*)*)` +
    `(?:\\?${QUERY_CHAR}*)?(?:#${QUERY_CHAR}*)?$`
)

function isUri(value: string | null | undefined): value is string {
  return typeof value === "string" && URI.test(value)
}

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const OFFSET = /^[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)$/

/** The schema's ±hh:mm; "Z" is UTC, anything unreadable is taken as Vietnam's +07:00. */
function timeZoneOffset(value: string): string {
  if (value === "Z") return "+00:00"
  return OFFSET.test(value) ? value : "+07:00"
}

/** The identifier of the lot's goods (see the file comment). */
export function epcisLotClass(origin: string, lot: { code: string; lot_number: string; gtin: string | null }): string {
  if (lot.gtin && isValidGtin(lot.gtin) && digitalLinkValueProblem(lot.lot_number) === null) {
    return `https://id.gs1.org${digitalLinkPath({ gtin: lot.gtin, lot: lot.lot_number })}`
  }
  return lotShortLink(origin, lot.code)
}

function lotShortLink(origin: string, code: string): string {
  const base = origin.replace(/\/+$/, "")
  return `${base}/t/${isTraceCode(code) ? code : encodeURIComponent(code)}`
}

/** A stable event URI from the event's chain hash: a UUID URN (RFC 9562 version 8, name-based). */
export function epcisEventId(hash: string): string {
  const hex = /^[0-9a-f]{64}$/.test(hash) ? hash : sha256Hex(hash)
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function bizStepValue(value: string): string {
  const word = value.replace(/^(urn:epcglobal:cbv:bizstep:|https?:\/\/(ref|ns)\.gs1\.org\/cbv\/BizStep-)/, "")
  if (CBV_BIZ_STEPS.has(word)) return word
  if (isUri(value) && !/^(urn:epcglobal:cbv|https?:\/\/ns\.gs1\.org\/cbv\/)/.test(value)) return value
  return craftBizStep(encodeURIComponent(value || "other"))
}

function dispositionValue(value: string): string | null {
  const word = value.replace(/^(urn:epcglobal:cbv:disp:|https?:\/\/(ref|ns)\.gs1\.org\/cbv\/Disp-)/, "")
  if (CBV_DISPOSITIONS.has(word)) return word
  if (isUri(value) && !/^(urn:epcglobal:cbv|https?:\/\/ns\.gs1\.org\/cbv\/)/.test(value)) return value
  return null
}

/** EPCIS requires an action on these events; a missing or unknown one is read as an observation. */
function actionValue(action: string | null): "ADD" | "OBSERVE" | "DELETE" {
  return action === "ADD" || action === "DELETE" ? action : "OBSERVE"
}

type QuantityElement = { epcClass: string; quantity?: number; uom?: string }

function quantityElement(epcClass: string, quantity: number | null, uom: string): QuantityElement {
  const element: QuantityElement = { epcClass }
  // Stored numerics may arrive as strings ("40.000"); a quantity that is not a number is left out.
  const n = quantity === null || quantity === undefined ? Number.NaN : Number(quantity)
  if (Number.isFinite(n)) element.quantity = n
  const code = uneceUnit(String(uom ?? ""))
  if (code && element.quantity !== undefined) element.uom = code
  return element
}

// Steps about the finished goods of the lot: their quantities are the lot's, whatever the label.
const LOT_LEVEL_BIZ_STEPS = new Set(["packing", "shipping", "inspecting"])

/** One stored event as an EPCIS event (toEpcisDocument maps every event of the lot with it). */
export function toEpcisEvent(input: EpcisLotInput, event: EpcisLotInput["events"][number]): Record<string, unknown> {
  const lotClass = epcisLotClass(input.origin, input.lot)
  const shortLink = lotShortLink(input.origin, input.lot.code)
  const lotQuantity = () => quantityElement(lotClass, input.lot.quantity, input.lot.uom)
  const material = (q: TraceQuantity) => {
    const label = q.label.normalize("NFC").trim()
    return quantityElement(label ? `${shortLink}#${encodeURIComponent(label)}` : lotClass, q.quantity, q.uom)
  }
  const asLot = (q: TraceQuantity) => quantityElement(lotClass, q.quantity, q.uom)
  const bizStep = bizStepValue(event.biz_step)
  const lotLevel = LOT_LEVEL_BIZ_STEPS.has(bizStep)
  const handled = event.outputs.length > 0 ? event.outputs : event.inputs
  const goods = handled.length > 0 ? handled.map(lotLevel ? asLot : material) : [lotQuantity()]

  const eventTime = isoOrNull(event.event_time) ?? isoOrNull(event.recorded_at) ?? new Date(0).toISOString()
  const out: Record<string, unknown> = {}
  const ilmd = (): Record<string, unknown> => {
    const data: Record<string, unknown> = { "cbvmda:lotNumber": input.lot.lot_number }
    const expires = isoOrNull(input.lot.expires_at)
    if (expires) data["cbvmda:itemExpirationDate"] = expires.slice(0, 10)
    const produced = isoOrNull(input.lot.produced_at)
    if (produced) data["cln:producedAt"] = produced
    return data
  }

  let type: string = event.event_type
  switch (event.event_type) {
    case "TransformationEvent": {
      out.type = type
      if (event.inputs.length > 0) out.inputQuantityList = event.inputs.map(material)
      out.outputQuantityList = event.outputs.length > 0 ? event.outputs.map(material) : [lotQuantity()]
      // Every step of a lot is part of one transformation (raw material → the lot's goods).
      out.transformationID = shortLink
      break
    }
    case "AggregationEvent":
    case "AssociationEvent": {
      out.type = type
      out.action = actionValue(event.action)
      // Households do not label cartons with SSCCs: the packs of this step are named under the lot.
      out.parentID = `${shortLink}#${type === "AggregationEvent" ? "pack" : "group"}-${event.sequence}`
      out.childQuantityList = handled.length > 0 ? handled.map(asLot) : [lotQuantity()]
      break
    }
    case "TransactionEvent": {
      out.type = type
      out.action = actionValue(event.action)
      const list = Array.isArray(event.data.biz_transactions) ? event.data.biz_transactions : []
      out.bizTransactionList = list
        .filter((value): value is string => typeof value === "string" && isUri(value))
        .map((bizTransaction) => ({ bizTransaction }))
      out.quantityList = goods
      break
    }
    default: {
      // ObjectEvent, and anything unexpected in a stored row, which is kept as an observation.
      type = "ObjectEvent"
      out.type = type
      out.action = event.event_type === "ObjectEvent" ? actionValue(event.action) : "OBSERVE"
      out.quantityList = goods
      if (event.event_type !== "ObjectEvent") out["cln:storedEventType"] = String(event.event_type)
    }
  }

  const ordered: Record<string, unknown> = {
    type,
    eventID: epcisEventId(event.hash),
    eventTime,
    eventTimeZoneOffset: timeZoneOffset(event.event_time_zone_offset),
  }
  const recordTime = isoOrNull(event.recorded_at)
  if (recordTime) ordered.recordTime = recordTime
  Object.assign(ordered, out)
  ordered.bizStep = bizStep
  const disposition = event.disposition ? dispositionValue(event.disposition) : null
  if (disposition) ordered.disposition = disposition
  if (isUri(event.read_point)) ordered.readPoint = { id: event.read_point }
  if (isUri(event.biz_location)) ordered.bizLocation = { id: event.biz_location }
  if ((type === "ObjectEvent" && ordered.action === "ADD") || type === "TransformationEvent") ordered.ilmd = ilmd()

  ordered["cln:step"] = event.step
  ordered["cln:sequence"] = event.sequence
  ordered["cln:hash"] = event.hash
  if (event.prev_hash) ordered["cln:prevHash"] = event.prev_hash
  if (event.place_name) ordered["cln:placeName"] = event.place_name
  if (!isUri(event.read_point) && event.read_point) ordered["cln:readPoint"] = event.read_point
  if (!isUri(event.biz_location) && event.biz_location) ordered["cln:bizLocation"] = event.biz_location
  // Labels and units exactly as the producer entered them (EPCIS quantities cannot carry them).
  if (event.inputs.length > 0) ordered["cln:inputs"] = event.inputs
  if (event.outputs.length > 0) ordered["cln:outputs"] = event.outputs
  const { note, photo_url, ...rest } = event.data
  if (typeof note === "string" && note) ordered["cln:note"] = note
  if (typeof photo_url === "string" && photo_url) ordered["cln:photo"] = photo_url
  if (Object.keys(rest).length > 0) ordered["cln:data"] = rest
  return ordered
}

/** The whole lot as an EPCISDocument, events in chain order. */
export function toEpcisDocument(input: EpcisLotInput): Record<string, unknown> {
  const lotClass = epcisLotClass(input.origin, input.lot)
  return {
    "@context": [
      EPCIS_CONTEXT,
      {
        cln: CLN_EPCIS_NAMESPACE,
        // Free-form step data stays a JSON value instead of being read as linked data.
        "cln:data": { "@id": `${CLN_EPCIS_NAMESPACE}data`, "@type": "@json" },
        "cln:inputs": { "@id": `${CLN_EPCIS_NAMESPACE}inputs`, "@type": "@json" },
        "cln:outputs": { "@id": `${CLN_EPCIS_NAMESPACE}outputs`, "@type": "@json" },
      },
    ],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: isoOrNull(input.creation_date) ?? new Date().toISOString(),
    epcisHeader: {
      epcisMasterData: {
        vocabularyList: [
          {
            type: "urn:epcglobal:epcis:vtype:EPCClass",
            vocabularyElementList: [
              {
                id: lotClass,
                attributes: [
                  { id: "cln:productTitle", attribute: input.product_title },
                  { id: "cln:producerName", attribute: input.producer_name },
                  { id: "cbvmda:lotNumber", attribute: input.lot.lot_number },
                ],
              },
            ],
          },
        ],
      },
    },
    epcisBody: {
      eventList: [...input.events].sort((a, b) => a.sequence - b.sequence).map((event) => toEpcisEvent(input, event)),
    },
  }
}
