import { describe, expect, it } from "vitest"
import { switchLocalePath, toMedusaLocale } from "./locale-path"

const locales = ["vi", "en"] as const

describe("toMedusaLocale", () => {
  it("asks the store API for Vietnamese content as vi-VN and English as en-US", () => {
    expect(toMedusaLocale("vi")).toBe("vi-VN")
    expect(toMedusaLocale("en")).toBe("en-US")
  })

  it("falls back to the base (Vietnamese) content for an unknown locale", () => {
    expect(toMedusaLocale("fr")).toBe("vi-VN")
  })
})

describe("switchLocalePath", () => {
  it("swaps the locale segment and keeps the rest of the path and the query", () => {
    expect(switchLocalePath("/vi/products?craft=tea&page=2", locales, "en")).toBe("/en/products?craft=tea&page=2")
    expect(switchLocalePath("/en/products/che-shan-tuyet", locales, "vi")).toBe("/vi/products/che-shan-tuyet")
  })

  it("switches the home page", () => {
    expect(switchLocalePath("/vi", locales, "en")).toBe("/en")
    expect(switchLocalePath("/vi/", locales, "en")).toBe("/en")
    expect(switchLocalePath("/", locales, "en")).toBe("/en")
  })

  it("adds a locale to an unprefixed path", () => {
    expect(switchLocalePath("/products", locales, "en")).toBe("/en/products")
  })

  it("never leaves the site", () => {
    expect(switchLocalePath("//evil.example/x", locales, "en")).toBe("/en")
    expect(switchLocalePath("https://evil.example/", locales, "en")).toBe("/en")
    expect(switchLocalePath("/vi//evil.example", locales, "en").startsWith("/en/")).toBe(true)
    expect(switchLocalePath(undefined, locales, "vi")).toBe("/vi")
  })
})
