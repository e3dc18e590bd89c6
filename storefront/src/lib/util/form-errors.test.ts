import { describe, expect, it } from "vitest"
import { attributeBackendMessage, checkText, isEmail } from "./form-errors"

describe("checkText", () => {
  it("requires, then bounds the length", () => {
    expect(checkText("", { required: true, max: 10 })).toEqual({ code: "required" })
    expect(checkText("", { max: 10 })).toBeNull()
    expect(checkText("a", { min: 2, max: 10 })).toEqual({ code: "tooShort", min: 2 })
    expect(checkText("a".repeat(11), { max: 10 })).toEqual({ code: "tooLong", max: 10 })
    expect(checkText("Chè", { required: true, min: 2, max: 10 })).toBeNull()
  })
})

describe("isEmail", () => {
  it("accepts ordinary addresses and refuses obvious mistakes", () => {
    expect(isEmail("sontra.hongthai@example.vn")).toBe(true)
    expect(isEmail("not-an-email")).toBe(false)
    expect(isEmail("a b@example.vn")).toBe(false)
    expect(isEmail("a@b")).toBe(false)
  })
})

describe("attributeBackendMessage", () => {
  const hints = {
    handle: ["địa chỉ gian hàng", "shop address"],
    tax_code: ["mã số thuế", "tax code"],
    phone: ["số điện thoại"],
    name: ["field 'name'"],
  }

  it("puts each part of a validation message next to the field it names", () => {
    const { fieldMessages, formMessage } = attributeBackendMessage(
      "Invalid request: Địa chỉ gian hàng chỉ gồm chữ thường không dấu / Use lowercase letters; Value for field 'name' too small, expected at least: '2'; Số điện thoại không hợp lệ / Invalid phone",
      hints
    )
    expect(fieldMessages.handle).toMatch(/^Địa chỉ gian hàng/)
    expect(fieldMessages.name).toMatch(/field 'name'/)
    expect(fieldMessages.phone).toMatch(/^Số điện thoại/)
    expect(formMessage).toBeNull()
  })

  it("keeps what names no field for the top of the form", () => {
    const { fieldMessages, formMessage } = attributeBackendMessage("Something else broke", hints)
    expect(fieldMessages).toEqual({})
    expect(formMessage).toBe("Something else broke")
  })

  it("recognises the taken-handle answer", () => {
    const { fieldMessages } = attributeBackendMessage('The shop address "htx-son-tra" is already taken; choose another.', hints)
    expect(fieldMessages.handle).toMatch(/already taken/)
  })
})
