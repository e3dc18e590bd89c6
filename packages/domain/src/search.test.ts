import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { allowedTypos, editDistance, foldedSearchCopy, normalizeSearchText, searchWords, typoAlternatives, VND_PRICE_RANGES, vndPriceRangeOf } from "./search"

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

describe("typo tolerance", () => {
  const word = fc.stringMatching(/^[a-z]{1,12}$/)

  it("measures edit distance as a metric, with a swap of neighbours as one edit", () => {
    expect(editDistance("tuyat", "tuyet")).toBe(1)
    expect(editDistance("shna", "shan")).toBe(1)
    expect(editDistance("tho", "thoc")).toBe(1)
    expect(editDistance("mien", "nien")).toBe(1)
    expect(editDistance("tuyet", "tyuet")).toBe(1)
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b)
        expect(d).toBe(editDistance(b, a))
        expect(d === 0).toBe(a === b)
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length))
      })
    )
  })

  it("stops early at a limit without changing answers within it", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const full = editDistance(a, b)
        expect(editDistance(a, b, limit)).toBe(full <= limit ? full : limit + 1)
      })
    )
  })

  it("reads each word as itself when the store has it, else as the nearest, most common words", () => {
    const vocabulary = new Map([
      ["che", 900],
      ["shan", 400],
      ["tuyet", 380],
      ["tuyen", 2000],
      ["quang", 2000],
      ["cam", 50],
      ["com", 70],
    ])
    expect(typoAlternatives(["shan", "tuyat"], vocabulary)).toEqual([["shan"], ["tuyet"]])
    // "tuyem" is one edit from both: the more common first.
    expect(typoAlternatives(["tuyem"], vocabulary)).toEqual([["tuyen", "tuyet"]])
    // Short words get no typo (Meilisearch's rule): "cem" is not read as "cam" or "com".
    expect(typoAlternatives(["tho", "cem"], new Map([...vocabulary, ["tho", 10]]))).toBeNull()
    expect(typoAlternatives(["zzzzqqq"], vocabulary)).toBeNull()
    expect(typoAlternatives(["quagn", "tuyen"], vocabulary)).toEqual([["quang"], ["tuyen"]])
  })

  it("only ever offers words of the vocabulary within the allowed typos", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 3 }), (known, query) => {
        const vocabulary = new Map(known.map((w, i) => [w, i + 1]))
        const read = typoAlternatives(query, vocabulary)
        if (read === null) {
          expect(query.some((q) => !vocabulary.has(q) && known.every((k) => editDistance(q, k) > allowedTypos(q)))).toBe(true)
          return
        }
        read.forEach((alternatives, i) => {
          expect(alternatives.length).toBeGreaterThan(0)
          for (const alternative of alternatives) {
            expect(vocabulary.has(alternative)).toBe(true)
            expect(editDistance(query[i]!, alternative)).toBeLessThanOrEqual(allowedTypos(query[i]!))
          }
        })
      })
    )
  })
})
