import { checkVietnamAddress, listCommunes } from "@cln/domain/addresses"
import { describe, expect, it } from "vitest"
import {
  addressErrorsFromProblems,
  addressLine,
  addressValues,
  checkAbroadAddress,
  checkEmail,
  hasDeliveryAddress,
  medusaVietnamAddress,
  readAddressForm,
  readCheckoutForm,
} from "./address-form"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(entries)) data.append(key, value)
  return data
}

describe("readAddressForm", () => {
  it("trims and joins spaces, and takes the abroad street for an address abroad", () => {
    const vn = readCheckoutForm(form({ email: " Hoa@Example.VN ", full_name: "  Nguyễn   Thị Hoa ", street: "Thôn 1", abroad_street: "1 Main St" }))
    expect(vn).toMatchObject({ destination: "vn", email: "hoa@example.vn", full_name: "Nguyễn Thị Hoa", street: "Thôn 1" })
    const abroad = readAddressForm(form({ destination: "abroad", street: "Thôn 1", abroad_street: "1 Main St", country_code: "US" }))
    expect(abroad).toMatchObject({ destination: "abroad", street: "1 Main St", country_code: "us" })
  })
})

describe("a Vietnamese address", () => {
  const hongThai = listCommunes("08").find((c) => c.name === "Xã Hồng Thái")!

  it("is sent in the fixed Medusa format and read back into the form", () => {
    const checked = checkVietnamAddress({ full_name: "Nguyễn Thị Hoa", phone: "0912 345 678", street: "Thôn Khuổi Phầy", province_code: "08", commune_code: hongThai.code })
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    const medusa = medusaVietnamAddress(checked.address)
    expect(medusa).toEqual({
      first_name: "Nguyễn Thị Hoa",
      last_name: "",
      phone: "0912345678",
      address_1: "Thôn Khuổi Phầy",
      city: "Xã Hồng Thái",
      province: "Tỉnh Tuyên Quang",
      country_code: "vn",
      metadata: { province_code: "08", commune_code: hongThai.code },
    })
    expect(addressValues(medusa)).toMatchObject({ destination: "vn", province_code: "08", commune_code: hongThai.code, full_name: "Nguyễn Thị Hoa" })
    expect(addressLine(medusa)).toBe("Thôn Khuổi Phầy, Xã Hồng Thái, Tỉnh Tuyên Quang")
  })

  it("words each missing field", () => {
    const checked = checkVietnamAddress({ full_name: "Hoa", phone: "12", street: "", province_code: "08", commune_code: "" })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(addressErrorsFromProblems(checked.problems)).toEqual({
      phone: "phoneInvalid",
      street: "streetRequired",
      commune_code: "communeRequired",
    })
  })
})

describe("an address abroad", () => {
  it("needs a name, phone, street, city and a listed country", () => {
    const values = readAddressForm(form({ destination: "abroad" }))
    expect(checkAbroadAddress(values)).toEqual({
      full_name: "fullNameRequired",
      phone: "phoneRequired",
      street: "streetRequired",
      city: "cityRequired",
      country_code: "countryRequired",
    })
    const ok = readAddressForm(form({ destination: "abroad", full_name: "Ann Lee", phone: "+1 415 555 0100", abroad_street: "1 Main St", city: "Boston", country_code: "us" }))
    expect(checkAbroadAddress(ok)).toEqual({})
    expect(addressValues({ first_name: "Ann Lee", country_code: "us", address_1: "1 Main St", city: "Boston" }).destination).toBe("abroad")
  })
})

describe("checkEmail", () => {
  it("needs an email of a plausible shape", () => {
    expect(checkEmail("")).toBe("emailRequired")
    expect(checkEmail("hoa@")).toBe("emailInvalid")
    expect(checkEmail("hoa@example.vn")).toBeNull()
  })
})

describe("hasDeliveryAddress", () => {
  it("does not take a region's country-only address for a delivery address", () => {
    expect(hasDeliveryAddress({ country_code: "vn" })).toBe(false)
    expect(hasDeliveryAddress(null)).toBe(false)
    expect(hasDeliveryAddress({ country_code: "vn", first_name: "Hoa", address_1: "Thôn 1" })).toBe(true)
  })
})
