import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { foldDiacritics, isHandle, slugify } from "./text"

describe("foldDiacritics", () => {
  it("removes tone and vowel marks and maps đ", () => {
    expect(foldDiacritics("Chè Shan tuyết")).toBe("Che Shan tuyet")
    expect(foldDiacritics("thổ cẩm")).toBe("tho cam")
    expect(foldDiacritics("Đồng Lộc")).toBe("Dong Loc")
    expect(foldDiacritics("Mật ong bạc hà Mèo Vạc")).toBe("Mat ong bac ha Meo Vac")
  })

  it("treats composed and decomposed input alike", () => {
    const composed = "Tuyên Quang"
    expect(foldDiacritics(composed.normalize("NFD"))).toBe(foldDiacritics(composed))
  })
})

describe("slugify", () => {
  it("makes ASCII handles from Vietnamese titles", () => {
    expect(slugify("Thổ cẩm Lâm Bình – khăn 60×180")).toBe("tho-cam-lam-binh-khan-60-180")
    expect(slugify("  Bánh gai Chiêm Hóa!! ")).toBe("banh-gai-chiem-hoa")
  })

  it("always yields a valid handle or an empty string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const slug = slugify(s)
        expect(slug === "" || isHandle(slug)).toBe(true)
        expect(slug.length).toBeLessThanOrEqual(96)
      })
    )
  })

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(slugify(slugify(s))).toBe(slugify(s))
      })
    )
  })
})
