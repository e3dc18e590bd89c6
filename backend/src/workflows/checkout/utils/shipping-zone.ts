import { findProvince, shippingZoneOf, type ShippingZone } from "@cln/domain/addresses"

/** The rule attribute every zoned shipping option carries (operator "eq", value a zone). */
export const SHIPPING_ZONE_ATTRIBUTE = "shipping_zone"

export type ZoneAddress = {
  country_code?: string | null
  metadata?: Record<string, unknown> | null
} | null | undefined

/**
 * The shipping zone of a cart's delivery address, or none while the address cannot say:
 * no address or country yet, or a Vietnamese address without a known province code
 * (Medusa pre-fills { country_code: "vn" } on a Vietnam-only cart before the buyer
 * has typed anything). Without a zone no zoned option is offered.
 */
export function shippingZoneOfAddress(address: ZoneAddress): ShippingZone | null {
  const country = (address?.country_code ?? "").toLowerCase()
  if (!country) return null
  if (country !== "vn") return "international"
  const provinceCode = address?.metadata?.province_code
  if (typeof provinceCode !== "string" || !findProvince(provinceCode)) return null
  return shippingZoneOf({ country_code: country, province_code: provinceCode })
}
