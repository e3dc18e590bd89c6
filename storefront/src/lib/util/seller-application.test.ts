import { describe, expect, it } from "vitest"
import { checkApplication, emptyApplication, readApplicationForm, suggestHandle, type ApplicationValues } from "./seller-application"

const valid = (over: Partial<ApplicationValues> = {}): ApplicationValues => ({
  ...emptyApplication(),
  account_email: "lungtam@example.vn",
  password: "mat-khau-an-toan",
  name: "HTX Dệt lanh Lùng Tám",
  handle: "",
  legal_kind: "cooperative",
  tax_code: "5100412345",
  phone: "+84 912 345 678",
  email: "",
  address: "thôn Lùng Tám Cao, xã Lùng Tám, tỉnh Tuyên Quang",
  craft_village_handle: "lang-det-lanh-lung-tam",
  story: "",
  member_name: "Vàng Thị Mai",
  ...over,
})

describe("suggestHandle", () => {
  it("folds Vietnamese into a shop address", () => {
    expect(suggestHandle("HTX Dệt lanh Lùng Tám")).toBe("htx-det-lanh-lung-tam")
    expect(suggestHandle("Hộ ông Đặng Văn Đức")).toBe("ho-ong-dang-van-duc")
  })
})

describe("checkApplication", () => {
  it("builds the API body: handle from the name, phone normalised, contact email from the account", () => {
    const result = checkApplication(valid())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.account).toEqual({ email: "lungtam@example.vn", password: "mat-khau-an-toan" })
    expect(result.body).toEqual({
      handle: "htx-det-lanh-lung-tam",
      name: "HTX Dệt lanh Lùng Tám",
      legal_kind: "cooperative",
      tax_code: "5100412345",
      phone: "0912345678",
      email: "lungtam@example.vn",
      address: "thôn Lùng Tám Cao, xã Lùng Tám, tỉnh Tuyên Quang",
      craft_village_handle: "lang-det-lanh-lung-tam",
      member_name: "Vàng Thị Mai",
    })
  })

  it("lets a household apply without a tax code, and leaves empty optional fields out", () => {
    const result = checkApplication(valid({ legal_kind: "household", tax_code: "", craft_village_handle: "" }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.body).not.toHaveProperty("tax_code")
    expect(result.body).not.toHaveProperty("craft_village_handle")
    expect(result.body).not.toHaveProperty("story")
  })

  it("needs a tax code from cooperatives and enterprises", () => {
    const result = checkApplication(valid({ legal_kind: "enterprise", tax_code: "" }))
    expect(result).toEqual({ ok: false, errors: { tax_code: { code: "taxCodeRequired" } } })
  })

  it("reports every mistake at once, by field", () => {
    const result = checkApplication(
      valid({ account_email: "nope", password: "short", handle: "Tên Có Dấu", tax_code: "12345", phone: "12345", address: "x" })
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      account_email: { code: "invalidEmail" },
      password: { code: "passwordTooShort", min: 8 },
      handle: { code: "invalidHandle" },
      tax_code: { code: "invalidTaxCode" },
      phone: { code: "invalidPhone" },
      address: { code: "tooShort", min: 5 },
    })
  })

  it("requires the fields the backend requires", () => {
    const result = checkApplication(emptyApplication())
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(["account_email", "address", "member_name", "name", "password", "phone"])
  })
})

describe("readApplicationForm", () => {
  it("trims text, lowercases emails, keeps the password as typed and ignores files", () => {
    const form = new FormData()
    form.set("account_email", "  Mai@Example.VN ")
    form.set("password", " secret with spaces ")
    form.set("name", "  HTX Lanh  ")
    form.set("story", new File(["x"], "x.txt"))
    const values = readApplicationForm(form)
    expect(values.account_email).toBe("mai@example.vn")
    expect(values.password).toBe(" secret with spaces ")
    expect(values.name).toBe("HTX Lanh")
    expect(values.story).toBe("")
    expect(values.legal_kind).toBe("household")
  })
})
