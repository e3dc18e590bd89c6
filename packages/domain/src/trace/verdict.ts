/**
 * What the trace page tells a person who scanned a code: is it ours, is its history intact,
 * and has this very item been scanned before, or elsewhere. Copied labels show up as unit
 * serials scanned many times or far apart.
 */
import { canonicalJson, sha256Hex } from "./hash-chain"

/** A coarse place: country, province, city, at most ~10 km precise. `name` is for display. */
export type ScanPlace = {
  country?: string | null
  region?: string | null
  city?: string | null
  lat?: number | null
  lon?: number | null
  name?: string | null
}

export type ScanSummary = { count: number; first_at: string | null; first_place: ScanPlace | null; places: ScanPlace[] }

export type ScanWarning = "many_scans" | "far_apart"

export type ScanVerdict = {
  kind: "unknown_code" | "chain_broken" | "first_scan" | "scanned_before" | "not_scanned"
  count: number
  first_at: string | null
  first_place: ScanPlace | null
  warnings: ScanWarning[]
}

/** A genuine unit is scanned by its buyer a few times; more than this suggests copied labels. */
export const UNIT_SCAN_WARNING = 5
/** Scans of one unit farther apart than this (or in different provinces or countries) warn. */
export const FAR_APART_KM = 100

/** Great-circle distance (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)))
}

const known = (value: string | null | undefined): value is string => typeof value === "string" && value.length > 0
const coordinate = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value)

/** "VN-08" and "08" name the same province. */
function regionKey(place: ScanPlace): string | null {
  if (!known(place.region)) return null
  const region = place.region.toUpperCase()
  return known(place.country) && region.startsWith(`${place.country.toUpperCase()}-`) ? region.slice(3) : region
}

/** Only what both places know is compared: a missing field never makes places differ. */
export function placesFarApart(a: ScanPlace, b: ScanPlace): boolean {
  if (known(a.country) && known(b.country) && a.country.toUpperCase() !== b.country.toUpperCase()) return true
  const ra = regionKey(a)
  const rb = regionKey(b)
  if (ra !== null && rb !== null && ra !== rb) return true
  if (coordinate(a.lat) && coordinate(a.lon) && coordinate(b.lat) && coordinate(b.lon)) {
    return distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) > FAR_APART_KM
  }
  return false
}

function unitWarnings(scans: ScanSummary): ScanWarning[] {
  const warnings: ScanWarning[] = []
  if (scans.count > UNIT_SCAN_WARNING) warnings.push("many_scans")
  const places = [...(scans.first_place ? [scans.first_place] : []), ...scans.places]
  outer: for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      if (placesFarApart(places[i]!, places[j]!)) {
        warnings.push("far_apart")
        break outer
      }
    }
  }
  return warnings
}

/**
 * The verdict for a code. `scans.count` includes the scan being answered when it was recorded,
 * so 1 is the first scan and 0 means nobody has scanned it yet (e.g. the producer previewing).
 * Warnings are only for unit serials: product and lot codes are shared by many items, so many
 * scans from many places are normal for them. A broken chain wins over scan counts.
 */
export function scanVerdict(input: {
  known: boolean
  chainValid: boolean
  codeKind: "product" | "lot" | "unit"
  scans: ScanSummary
}): ScanVerdict {
  const { scans } = input
  if (!input.known) return { kind: "unknown_code", count: 0, first_at: null, first_place: null, warnings: [] }
  const count = Math.max(0, Math.trunc(scans.count) || 0)
  const warnings = input.codeKind === "unit" ? unitWarnings({ ...scans, count }) : []
  const kind: ScanVerdict["kind"] = !input.chainValid
    ? "chain_broken"
    : count === 0
      ? "not_scanned"
      : count === 1
        ? "first_scan"
        : "scanned_before"
  return { kind, count, first_at: scans.first_at, first_place: scans.first_place, warnings }
}

// Cloudflare uses XX for unknown and T1 for Tor: neither is a place.
const NOT_A_COUNTRY = new Set(["XX", "T1"])

function countryCode(value: string | null): string | null {
  const code = value?.trim().toUpperCase() ?? ""
  return /^[A-Z]{2}$/.test(code) && !NOT_A_COUNTRY.has(code) ? code : null
}

function regionCode(value: string | null): string | null {
  const code = value?.trim().toUpperCase() ?? ""
  return /^[A-Z0-9]{1,3}$/.test(code) ? code : null
}

/** A place name from a header: percent-decoded when encoded (Vercel encodes cities), tidied, capped. */
function placeName(value: string | null): string | null {
  if (!value) return null
  let name = value
  if (/%[0-9A-Fa-f]{2}/.test(name)) {
    try {
      name = decodeURIComponent(name)
    } catch {
      // Keep it as sent.
    }
  }
  name = name.replace(/[\u0000-\u001f\u007f]/g, "").trim().normalize("NFC")
  return name ? name.slice(0, 80) : null
}

/** Rounded to 0.1° (about 11 km): enough to tell far-apart scans, not enough to find a home. */
function coarseCoordinate(value: string | null, limit: number): number | null {
  if (value === null || value.trim() === "") return null
  const n = Number(value)
  if (!Number.isFinite(n) || Math.abs(n) > limit) return null
  return Math.round(n * 10) / 10
}

function fromHint(hint: string): ScanPlace | null {
  const [codePart = "", ...nameParts] = hint.split(";")
  const match = /^\s*([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?\s*$/.exec(codePart)
  if (!match) return null
  const country = countryCode(match[1]!)
  if (!country) return null
  return { country, region: regionCode(match[2] ?? null), city: null, lat: null, lon: null, name: placeName(nameParts.join(";")) }
}

/**
 * The coarse place of a request. Our own client hint `X-Geo-Place: VN-08;Tuyên Quang` (a
 * province the visitor chose or the phone reported) wins when valid; otherwise the CDN's
 * headers: Vercel (X-Vercel-IP-Country, -Country-Region, -City, -Latitude, -Longitude) or
 * Cloudflare (CF-IPCountry, and with visitor location headers on, CF-Region-Code, CF-IPCity,
 * CF-IPLatitude, CF-IPLongitude). Unknown parts are null; the IP itself is never kept here.
 */
export function coarsePlaceFromHeaders(get: (name: string) => string | null): ScanPlace {
  const header = (name: string): string | null => {
    try {
      const value = get(name)
      return typeof value === "string" ? value : null
    } catch {
      return null
    }
  }
  const hint = header("x-geo-place")
  const hinted = hint ? fromHint(hint) : null
  if (hinted) return hinted

  const country = countryCode(header("x-vercel-ip-country") ?? header("cf-ipcountry"))
  const region = regionCode(header("x-vercel-ip-country-region") ?? header("cf-region-code"))
  const city = placeName(header("x-vercel-ip-city") ?? header("cf-ipcity"))
  let lat = coarseCoordinate(header("x-vercel-ip-latitude") ?? header("cf-iplatitude"), 90)
  let lon = coarseCoordinate(header("x-vercel-ip-longitude") ?? header("cf-iplongitude"), 180)
  if (lat === null || lon === null) lat = lon = null
  return { country, region, city, lat, lon, name: city }
}

/** The client address as one canonical string: first forwarded hop, no port, no IPv4-in-IPv6 prefix. */
function canonicalIp(ip: string | null): string {
  if (!ip) return ""
  let value = ip.split(",")[0]!.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, "")
  return value.replace(/^::ffff:(?=\d{1,3}(\.\d{1,3}){3}$)/, "")
}

/**
 * A per-day client fingerprint for counting distinct scanners without storing who they are:
 * sha256 over the secret salt, the day, the client address and user agent. The salt keeps the
 * small IPv4 space from being brute-forced back; the day stops following a person across days.
 */
export function scanFingerprint(parts: { ip: string | null; userAgent: string | null; day: string; salt: string }): string {
  return sha256Hex(canonicalJson(["cln-scan-v1", parts.salt, parts.day, canonicalIp(parts.ip), parts.userAgent ?? ""]))
}
