import { createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import en from "../../../messages/en.json"
import vi from "../../../messages/vi.json"
import { cartLabels, formatCartCount, pageShellMarker, parseCartCount, registerPageShell } from "./cart-count"

describe("the cart count cookie", () => {
  it("reads plain counts only", () => {
    expect(parseCartCount("0")).toBe(0)
    expect(parseCartCount("12")).toBe(12)
    expect(parseCartCount("9999")).toBe(9999)
    for (const bad of [undefined, null, "", "01", "-1", "1.5", "10000", "12a", " 1"]) expect(parseCartCount(bad), String(bad)).toBeNull()
    expect(formatCartCount(3)).toBe("3")
    expect(parseCartCount(formatCartCount(123456))).toBe(9999)
  })
})

describe("cartLabels: the cart link's names, with only the number depending on the count", () => {
  const labels = (messages: typeof vi, locale: "vi" | "en", shown: string) => {
    const t = createTranslator({ locale, messages, namespace: "cart.header" })
    return cartLabels((count) => t("cartLabel", { count }), locale, shown)
  }

  it("says what the cartLabel message says for 0, 1 and more, in Vietnamese and English", () => {
    for (const [messages, locale] of [[vi, "vi"], [en, "en"]] as const) {
      const t = createTranslator({ locale, messages, namespace: "cart.header" })
      const named = labels(messages, locale, "12")
      expect(named.zero).toBe(t("cartLabel", { count: 0 }))
      expect(named.one).toBe(t("cartLabel", { count: 1 }))
      expect(named.more).toBe(t("cartLabel", { count: 12 }))
    }
    expect(labels(vi, "vi", "12")).toEqual({ zero: "Giỏ hàng, chưa có sản phẩm", one: "Giỏ hàng, 1 sản phẩm", more: "Giỏ hàng, 12 sản phẩm" })
    expect(labels(en, "en", "2")).toEqual({ zero: "Cart, empty", one: "Cart, 1 item", more: "Cart, 2 items" })
  })

  it("puts the edge's marker where the number goes", () => {
    expect(labels(vi, "vi", "clnCartCountabc").more).toBe("Giỏ hàng, clnCartCountabc sản phẩm")
  })
})

describe("the page shell", () => {
  it("gives the marker only for the registered token", () => {
    registerPageShell({ token: "t0k3n", marker: "clnCartCount42" })
    expect(pageShellMarker("t0k3n")).toBe("clnCartCount42")
    for (const other of ["", null, undefined, "T0K3N", "t0k3n "]) expect(pageShellMarker(other)).toBeNull()
  })
})
