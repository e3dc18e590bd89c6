import { describe, expect, it } from "vitest"
import { checkStoreAddress } from "../vietnam-address"

const hongThai = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0987 654 321",
  address_1: "Thôn Khuổi Phầy",
  city: "anything",
  province: "anything",
  country_code: "VN",
  metadata: { province_code: "08", commune_code: "02260" },
}

describe("checkStoreAddress", () => {
  it("answers the official names of the codes for a right Vietnamese address", () => {
    expect(checkStoreAddress(hongThai)).toEqual({ ok: true, official: { city: "Xã Hồng Thái", province: "Tỉnh Tuyên Quang" } })
  })

  it("joins first and last name into the full name the rule checks", () => {
    expect(checkStoreAddress({ ...hongThai, first_name: "", last_name: "Lan" })?.ok).toBe(true)
    expect(checkStoreAddress({ ...hongThai, first_name: " ", last_name: null })).toMatchObject({ ok: false, problems: { full_name: "required" } })
  })

  it("names every wrong field in one English sentence", () => {
    const check = checkStoreAddress(
      { ...hongThai, phone: "123", address_1: "", metadata: { province_code: "01", commune_code: "02260" } },
      "shipping address"
    )
    expect(check).toEqual({
      ok: false,
      problems: { phone: "invalid_phone", street: "required", commune_code: "unknown_commune" },
      message:
        "The Vietnamese shipping address is not valid: phone is not a Vietnamese phone number; address_1 (street or village) is required; metadata.commune_code is not a commune or ward of that province.",
    })
  })

  it("leaves addresses abroad alone", () => {
    expect(checkStoreAddress({ first_name: "Mary", country_code: "us" })).toBeNull()
    expect(checkStoreAddress({ first_name: "Mary" })).toBeNull()
  })
})
