import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { foldedSearchCopy, normalizeSearchText, searchWords, VND_PRICE_RANGES, vndPriceRangeOf } from "./search"

// The Vietnamese alphabet's base letters (lower and upper) and the five tone marks as
// combining characters, to build words the way a keyboard composes them.
const BASE = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"]
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
const vietnameseWord = fc
  .array(fc.tuple(fc.constantFrom(...BASE), fc.constantFrom(...TONES)), { minLength: 1, maxLength: 8 })
  .map((letters) => letters.map(([l, t]) => l + t).join("").normalize("NFC"))
const vietnameseText = fc
  .array(fc.tuple(vietnameseWord, fc.constantFrom(" ", "  ", "\t", "-", ", ", "\n")), { maxLength: 8 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""))

describe("normalizeSearchText", () => {
  it("folds Vietnamese diacritics, đ, case and spacing", () => {
    expect(normalizeSearchText("Chè Shan tuyết")).toBe("che shan tuyet")
    expect(normalizeSearchText("THỔ CẨM")).toBe("tho cam")
    expect(normalizeSearchText("  Đồng   Lộc\t")).toBe("dong loc")
    expect(normalizeSearchText("Mật ong bạc hà – Mèo Vạc!")).toBe("mat ong bac ha meo vac")
    expect(normalizeSearchText("Rượu ngô men lá")).toBe("ruou ngo men la")
    expect(normalizeSearchText("")).toBe("")
    expect(normalizeSearchText(" ,.; ")).toBe("")
  })

  it("reads composed and decomposed text alike", () => {
    expect(normalizeSearchText("Tuyên Quang".normalize("NFD"))).toBe(normalizeSearchText("Tuyên Quang"))
  })

  it("turns any Vietnamese text into lowercase ASCII words joined by single spaces", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const out = normalizeSearchText(text)
        expect(out).toMatch(/^(?:[a-z]+(?: [a-z]+)*)?$/)
      })
    )
  })

  it("ignores tone marks and case: a word and its bare letters read the same", () => {
    fc.assert(
      fc.property(vietnameseWord, (word) => {
        const bare = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
        expect(normalizeSearchText(word)).toBe(bare.toLowerCase())
        expect(normalizeSearchText(word.toUpperCase())).toBe(normalizeSearchText(word))
        expect(normalizeSearchText(word.normalize("NFD"))).toBe(normalizeSearchText(word))
      })
    )
  })

  it("is idempotent on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const once = normalizeSearchText(s)
        expect(normalizeSearchText(once)).toBe(once)
        expect(once).toBe(once.trim())
        expect(once).not.toMatch(/\s{2}/)
      })
    )
  })
})

describe("searchWords", () => {
  it("splits into distinct normalised words", () => {
    expect(searchWords("Chè chè SHAN tuyết")).toEqual(["che", "shan", "tuyet"])
    expect(searchWords("   ")).toEqual([])
  })
})

describe("foldedSearchCopy", () => {
  it("joins the folded parts and skips empty ones", () => {
    expect(foldedSearchCopy(["Chè Shan tuyết", null, "", "Na Hang", undefined])).toBe("che shan tuyet na hang")
  })
})

describe("vndPriceRangeOf", () => {
  it("puts bracket bounds in the upper bracket", () => {
    expect(vndPriceRangeOf(0)).toBe("under-200k")
    expect(vndPriceRangeOf(199_999)).toBe("under-200k")
    expect(vndPriceRangeOf(200_000)).toBe("200k-500k")
    expect(vndPriceRangeOf(999_999)).toBe("500k-1m")
    expect(vndPriceRangeOf(1_000_000)).toBe("over-1m")
  })

  it("puts every price in exactly one bracket", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (amount) => {
        const inside = VND_PRICE_RANGES.filter(
          (r) => amount >= ("from" in r ? r.from : -Infinity) && amount < ("to" in r ? r.to : Infinity)
        )
        expect(inside.map((r) => r.key)).toEqual([vndPriceRangeOf(amount)])
      })
    )
  })
})
