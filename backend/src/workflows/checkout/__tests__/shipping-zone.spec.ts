import { describe, expect, it } from "vitest"
import { shippingZoneOfAddress } from "../utils/shipping-zone"

describe("shippingZoneOfAddress", () => {
  it("puts Tuyên Quang (code 08) in its own zone, other provinces in the national one, other countries abroad", () => {
    expect(shippingZoneOfAddress({ country_code: "vn", metadata: { province_code: "08", commune_code: "02260" } })).toBe("tuyen-quang")
    expect(shippingZoneOfAddress({ country_code: "VN", metadata: { province_code: "01" } })).toBe("vietnam")
    expect(shippingZoneOfAddress({ country_code: "us" })).toBe("international")
  })

  it("offers no zone until the address says where it is", () => {
    expect(shippingZoneOfAddress(null)).toBeNull()
    expect(shippingZoneOfAddress({})).toBeNull()
    expect(shippingZoneOfAddress({ country_code: "vn" })).toBeNull()
    expect(shippingZoneOfAddress({ country_code: "vn", metadata: { province_code: "99" } })).toBeNull()
    expect(shippingZoneOfAddress({ country_code: "vn", metadata: { province_code: 8 } })).toBeNull()
  })
})
