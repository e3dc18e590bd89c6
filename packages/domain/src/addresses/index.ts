/**
 * Vietnamese delivery addresses in the two-tier units in force since 1 July 2025:
 * street or village, then commune or ward (xã/phường/đặc khu), then province.
 *
 * Imported as `@cln/domain/addresses`, not from the package root, so the 3,321 communes
 * stay out of every browser bundle that only needs money or text helpers.
 */
import { foldDiacritics } from "../text"
import { normalizeVietnamPhone } from "../contact"
import { VN_ADMIN_UNITS } from "./vn-admin-units"

export type Province = {
  /** Official two-digit code, e.g. "08" for Tuyên Quang. */
  code: string
  /** Official name with its kind, e.g. "Tỉnh Tuyên Quang", "Thành phố Hà Nội". */
  name: string
  /** The name people write on an envelope: "Tuyên Quang", "Hà Nội". */
  short_name: string
}

export type Commune = {
  /** Official five-digit code. */
  code: string
  /** Official name with its kind, e.g. "Xã Hồng Thái", "Phường Minh Xuân". */
  name: string
  province_code: string
}

/** Tuyên Quang after its 2025 merger with Hà Giang: our home province and its own shipping rate. */
export const TUYEN_QUANG_PROVINCE_CODE = "08"

const PROVINCE_KIND = /^(Tỉnh|Thành phố)\s+/

const collator = new Intl.Collator("vi", { sensitivity: "base" })

const provinces: Province[] = VN_ADMIN_UNITS.map(([code, name]) => ({
  code,
  name,
  short_name: name.replace(PROVINCE_KIND, ""),
})).sort((a, b) => collator.compare(a.short_name, b.short_name))

const provinceByCode = new Map(provinces.map((p) => [p.code, p]))

const communesByProvince = new Map<string, Commune[]>(
  VN_ADMIN_UNITS.map(([provinceCode, , communes]) => [
    provinceCode,
    communes
      .map(([code, name]) => ({ code, name, province_code: provinceCode }))
      // Sorted by the place name, not by "Xã"/"Phường", which is what a buyer looks for.
      .sort((a, b) => collator.compare(placeName(a.name), placeName(b.name))),
  ])
)

const communeByCode = new Map<string, Commune>(
  [...communesByProvince.values()].flat().map((c) => [c.code, c])
)

/** "Xã Hồng Thái" → "Hồng Thái"; keeps the kind when the name is only a number ("Phường 1"). */
export function placeName(communeName: string): string {
  const stripped = communeName.replace(/^(Xã|Phường|Đặc khu|Thị trấn)\s+/, "")
  return /^\d+$/.test(stripped) ? communeName : stripped
}

/** The 34 provinces, alphabetically as Vietnamese sorts them. */
export function listProvinces(): readonly Province[] {
  return provinces
}

/** A province's communes and wards, alphabetically by place name; empty for an unknown code. */
export function listCommunes(provinceCode: string): readonly Commune[] {
  return communesByProvince.get(provinceCode) ?? []
}

export function findProvince(code: string): Province | undefined {
  return provinceByCode.get(code)
}

/** The commune with that code, only if it lies in that province. */
export function findCommune(provinceCode: string, communeCode: string): Commune | undefined {
  const commune = communeByCode.get(communeCode)
  return commune && commune.province_code === provinceCode ? commune : undefined
}

/**
 * Communes whose name matches what a buyer typed, with or without diacritics
 * ("hong thai" finds "Xã Hồng Thái"); for the checkout's commune picker.
 */
export function searchCommunes(provinceCode: string, query: string, limit = 20): Commune[] {
  const needle = fold(query)
  if (!needle) return listCommunes(provinceCode).slice(0, limit)
  return listCommunes(provinceCode)
    .filter((c) => fold(c.name).includes(needle))
    .slice(0, limit)
}

function fold(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim()
}

export type AddressInput = {
  full_name?: unknown
  phone?: unknown
  street?: unknown
  province_code?: unknown
  commune_code?: unknown
}

export type AddressField = "full_name" | "phone" | "street" | "province_code" | "commune_code"

/** Why a field was refused; the storefront words each in Vietnamese and English. */
export type AddressProblem = "required" | "too_long" | "invalid_phone" | "unknown_province" | "unknown_commune"

/** A checked Vietnamese delivery address, with the official names for the label. */
export type VietnamAddress = {
  full_name: string
  phone: string
  street: string
  province: Province
  commune: Commune
}

export type AddressCheck =
  | { ok: true; address: VietnamAddress }
  | { ok: false; problems: Partial<Record<AddressField, AddressProblem>> }

const MAX_NAME = 120
const MAX_STREET = 200

/**
 * Checks a delivery address inside Vietnam: a name, a Vietnamese phone number the
 * courier can call, a street or village, a province from the list and a commune of that
 * province. Every problem is reported at once, by field.
 */
export function checkVietnamAddress(input: AddressInput): AddressCheck {
  const problems: Partial<Record<AddressField, AddressProblem>> = {}
  const text = (value: unknown) => (typeof value === "string" ? value.normalize("NFC").trim().replace(/\s+/g, " ") : "")

  const fullName = text(input.full_name)
  if (!fullName) problems.full_name = "required"
  else if (fullName.length > MAX_NAME) problems.full_name = "too_long"

  const rawPhone = text(input.phone)
  const phone = rawPhone ? normalizeVietnamPhone(rawPhone) : null
  if (!rawPhone) problems.phone = "required"
  else if (!phone) problems.phone = "invalid_phone"

  const street = text(input.street)
  if (!street) problems.street = "required"
  else if (street.length > MAX_STREET) problems.street = "too_long"

  const provinceCode = text(input.province_code)
  const province = provinceCode ? findProvince(provinceCode) : undefined
  if (!provinceCode) problems.province_code = "required"
  else if (!province) problems.province_code = "unknown_province"

  const communeCode = text(input.commune_code)
  const commune = province && communeCode ? findCommune(province.code, communeCode) : undefined
  if (!communeCode) problems.commune_code = "required"
  else if (province && !commune) problems.commune_code = "unknown_commune"

  if (Object.keys(problems).length || !province || !commune || !phone) return { ok: false, problems }
  return { ok: true, address: { full_name: fullName, phone, street, province, commune } }
}

/** The shipping rate zones: our home province, the rest of Vietnam, and abroad. */
export type ShippingZone = "tuyen-quang" | "vietnam" | "international"

export const SHIPPING_ZONES: readonly ShippingZone[] = ["tuyen-quang", "vietnam", "international"]

/**
 * Which flat rate applies to a delivery address. Only the province code decides inside
 * Vietnam, so a buyer in a commune that used to be Hà Giang pays Tuyên Quang's rate.
 */
export function shippingZoneOf(address: { country_code?: string | null; province_code?: string | null }): ShippingZone {
  if ((address.country_code ?? "").toLowerCase() !== "vn") return "international"
  return address.province_code === TUYEN_QUANG_PROVINCE_CODE ? "tuyen-quang" : "vietnam"
}

/**
 * The address as a courier's label reads it, one line: "Thôn Khuổi Phầy, Xã Hồng Thái, Tỉnh Tuyên Quang".
 */
export function formatVietnamAddress(address: Pick<VietnamAddress, "street" | "commune" | "province">): string {
  return [address.street, address.commune.name, address.province.name].join(", ")
}
