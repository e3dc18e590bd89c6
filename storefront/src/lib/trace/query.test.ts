import { describe, expect, it } from "vitest"
import { passOnQuery, walkUpNotice, withQuery } from "./query"

describe("passOnQuery", () => {
  it("passes every parameter on except linkType", () => {
    expect(passOnQuery("?utm_source=label&linkType=gs1:pip&x=1&x=2")).toBe("?utm_source=label&x=1&x=2")
  })
  it("answers an empty string when nothing is left", () => {
    expect(passOnQuery("linkType=gs1:pip")).toBe("")
    expect(passOnQuery(new URLSearchParams())).toBe("")
  })
  it("adds the walk-up notices when the resolution walked up", () => {
    expect(passOnQuery("a=b", { unknown_lot: "L 9", unknown_serial: null })).toBe("?a=b&unknown_lot=L+9")
    expect(passOnQuery("", { unknown_serial: "S1" })).toBe("?unknown_serial=S1")
  })
  it("drops walk-up notices a link tries to set itself", () => {
    expect(passOnQuery("unknown_lot=FAKE&unknown_serial=FAKE&q=1")).toBe("?q=1")
    expect(passOnQuery("unknown_lot=FAKE", { unknown_lot: "REAL" })).toBe("?unknown_lot=REAL")
  })
  it("keeps encoded values encoded", () => {
    expect(passOnQuery("note=ch%C3%A8+xanh&amp=%26")).toBe("?note=ch%C3%A8+xanh&amp=%26")
  })
})

describe("withQuery", () => {
  it("appends to a bare URL, to one with a query, and before a fragment", () => {
    expect(withQuery("https://x/vi/trace/A", "?a=1")).toBe("https://x/vi/trace/A?a=1")
    expect(withQuery("https://x/p?l=vi", "?a=1")).toBe("https://x/p?l=vi&a=1")
    expect(withQuery("https://x/vi/trace/A#certificates", "?a=1")).toBe("https://x/vi/trace/A?a=1#certificates")
    expect(withQuery("https://x/p", "")).toBe("https://x/p")
  })
})

describe("walkUpNotice", () => {
  it("trims and caps the value at the 20 characters a GS1 lot or serial may have", () => {
    expect(walkUpNotice("  LOT-7 ")).toBe("LOT-7")
    expect(walkUpNotice("x".repeat(50))).toBe(`${"x".repeat(20)}…`)
    expect(walkUpNotice(["A", "B"])).toBe("A")
    expect(walkUpNotice(undefined)).toBeNull()
    expect(walkUpNotice("  ")).toBeNull()
  })
})
