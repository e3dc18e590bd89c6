import { describe, expect, it } from "vitest"
import { checkLogin, checkRegister, customerName, readRegisterForm, safeNextPath } from "./forms"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(entries)) data.append(key, value)
  return data
}

describe("checkRegister", () => {
  it("reports every problem by field", () => {
    const checked = checkRegister(readRegisterForm(form({ email: "hoa", phone: "123", password: "short" })))
    expect(checked).toEqual({
      ok: false,
      errors: { full_name: "nameRequired", email: "emailInvalid", phone: "phoneInvalid", password: "passwordTooShort" },
    })
  })
  it("keeps a Vietnamese name whole and normalises the phone", () => {
    const checked = checkRegister(
      readRegisterForm(form({ full_name: " Nguyễn  Thị Hoa ", email: "Hoa@Example.vn", phone: "+84 912 345 678", password: "matkhau123" }))
    )
    expect(checked).toEqual({
      ok: true,
      account: { email: "hoa@example.vn", password: "matkhau123" },
      customer: { first_name: "Nguyễn Thị Hoa", last_name: "", email: "hoa@example.vn", phone: "0912345678" },
    })
  })
})

describe("checkLogin", () => {
  it("needs both fields", () => {
    expect(checkLogin({ email: "", password: "", next: "" })).toEqual({ email: "emailRequired", password: "passwordRequired" })
    expect(checkLogin({ email: "a@b.vn", password: "x", next: "" })).toEqual({})
  })
})

describe("safeNextPath", () => {
  it("goes back only to the shop's own buyer pages in the same language", () => {
    expect(safeNextPath("/vi/checkout", "vi")).toBe("/vi/checkout")
    expect(safeNextPath("/vi/orders/purch_01ABC", "vi")).toBe("/vi/orders/purch_01ABC")
    expect(safeNextPath("/vi/account/addresses", "vi")).toBe("/vi/account/addresses")
    expect(safeNextPath("//evil.example/vi/checkout", "vi")).toBe("/vi/account")
    expect(safeNextPath("https://evil.example", "vi")).toBe("/vi/account")
    expect(safeNextPath("/en/checkout", "vi")).toBe("/vi/account")
    expect(safeNextPath("/vi/seller", "vi")).toBe("/vi/account")
  })
})

describe("customerName", () => {
  it("falls back to the email", () => {
    expect(customerName({ first_name: "Hoa", last_name: "", email: "h@x.vn" })).toBe("Hoa")
    expect(customerName({ first_name: null, last_name: null, email: "h@x.vn" })).toBe("h@x.vn")
  })
})
