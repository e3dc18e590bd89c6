import { describe, expect, it } from "vitest"
import { checkLabelForm, DIRECT_LABEL_LIMIT, emptyLabelForm, labelFileHref, labelJobBody, labelPlan } from "./labels"

describe("the label form", () => {
  it("prints a single SVG or PNG label of the lot's code, whatever the sheet fields say", () => {
    const checked = checkLabelForm({ format: "svg", size: "50x30", contents: "serials", count: "abc" }, 0)
    expect(checked).toEqual({ ok: true, body: { format: "svg", size: "50x30", contents: "lot", count: 1 } })
    expect(checked.ok && labelPlan(checked.body)).toBe("direct")
    expect(checked.ok && labelFileHref("vi", "lot_01", checked.body)).toBe("/vi/seller/lots/lot_01/labels/svg?size=50x30")
  })

  it("prints one label per issued serial on a PDF sheet", () => {
    const checked = checkLabelForm({ format: "pdf", size: "30x40", contents: "serials", count: "" }, 250)
    expect(checked).toEqual({ ok: true, body: { format: "pdf", size: "30x40", contents: "serials", count: 250 } })
    expect(checked.ok && labelFileHref("en", "lot_01", checked.body)).toBe(
      "/en/seller/lots/lot_01/labels/pdf?size=30x40&serials=true&count=250"
    )
  })

  it("refuses serial labels for a lot without serials, and a lot-code count out of range", () => {
    const noSerials = checkLabelForm({ format: "pdf", size: "30x40", contents: "serials", count: "" }, 0)
    expect(!noSerials.ok && noSerials.errors).toEqual({ contents: { code: "noSerials" } })
    const tooMany = checkLabelForm({ format: "pdf", size: "30x40", contents: "lot", count: "20000" }, 0)
    expect(!tooMany.ok && tooMany.errors).toEqual({ count: { code: "countRange", min: 1, max: 10_000 } })
    const empty = checkLabelForm({ format: "pdf", size: "30x40", contents: "lot", count: "" }, 0)
    expect(!empty.ok && empty.errors).toEqual({ count: { code: "required" } })
    const size = checkLabelForm({ format: "pdf", size: "10x10", contents: "lot", count: "5" }, 0)
    expect(!size.ok && size.errors).toEqual({ size: { code: "invalidChoice" } })
  })

  it("starts with serial labels when the lot has serials, else lot-code labels", () => {
    expect(emptyLabelForm(3).contents).toBe("serials")
    expect(emptyLabelForm(0).contents).toBe("lot")
  })
})

describe("direct download or background job", () => {
  it("downloads up to 1,000 labels at once and makes bigger sheets in the background", () => {
    const sheet = (count: number) => ({ format: "pdf" as const, size: "30x40" as const, contents: "lot" as const, count })
    expect(labelPlan(sheet(1))).toBe("direct")
    expect(labelPlan(sheet(DIRECT_LABEL_LIMIT))).toBe("direct")
    expect(labelPlan(sheet(DIRECT_LABEL_LIMIT + 1))).toBe("job")
  })

  it("asks the job for serials or for N copies of the lot code", () => {
    expect(labelJobBody("lot_01", { format: "pdf", size: "50x30", contents: "serials", count: 5000 })).toEqual({
      lot_id: "lot_01",
      size: "50x30",
      include_serials: true,
    })
    expect(labelJobBody("lot_01", { format: "pdf", size: "30x40", contents: "lot", count: 2000 })).toEqual({
      lot_id: "lot_01",
      size: "30x40",
      include_serials: false,
      count: 2000,
    })
  })
})
