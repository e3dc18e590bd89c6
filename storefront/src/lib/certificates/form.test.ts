import { describe, expect, it } from "vitest"
import { attributeBackendMessage } from "../util/form-errors"
import {
  attributeCertificateMessage,
  CERTIFICATE_MESSAGE_HINTS,
  checkCertificateForm,
  emptyCertificateForm,
  isPdf,
  isPdfUrl,
  parseScore,
  readCertificateForm,
  starsForScoreText,
  type CertificateFormValues,
} from "./form"

const valid: CertificateFormValues = {
  product_id: "prod_1",
  product_group: "drinks",
  score: "75",
  decision_number: "1234/QĐ-UBND",
  decision_date: "2026-03-15",
  issuing_level: "province",
  issuing_body: "UBND tỉnh Tuyên Quang",
  evidence_url: "http://localhost:9000/static/quyet-dinh.jpg",
}
const context = { productIds: ["prod_1", "prod_2"], today: "2026-11-29" }

describe("parseScore", () => {
  it("reads a decimal comma or point", () => {
    expect(parseScore("94,9")).toBe(94.9)
    expect(parseScore("94.9")).toBe(94.9)
    expect(parseScore(" 100 ")).toBe(100)
    expect(parseScore("0")).toBe(0)
  })

  it("refuses scores outside 0–100 and other text", () => {
    for (const text of ["", "101", "100.5", "-1", "abc", "9 0", "94,95,1", "1e2", "94.999"]) expect(parseScore(text), text).toBeNull()
  })
})

describe("starsForScoreText (the live preview)", () => {
  it("follows the official thresholds at each boundary", () => {
    expect(starsForScoreText("29,99")).toBe(1)
    expect(starsForScoreText("49")).toBe(2)
    expect(starsForScoreText("50")).toBe(3)
    expect(starsForScoreText("69,9")).toBe(3)
    expect(starsForScoreText("70")).toBe(4)
    expect(starsForScoreText("89.99")).toBe(4)
    expect(starsForScoreText("90")).toBe(5)
    expect(starsForScoreText("")).toBeNull()
    expect(starsForScoreText("120")).toBeNull()
  })
})

describe("readCertificateForm", () => {
  it("trims text fields and ignores files", () => {
    const form = new FormData()
    form.set("decision_number", "  12/QĐ-UBND ")
    form.set("evidence_url", new Blob(["x"]) as unknown as string)
    const values = readCertificateForm(form)
    expect(values.decision_number).toBe("12/QĐ-UBND")
    expect(values.evidence_url).toBe("")
  })
})

describe("checkCertificateForm", () => {
  it("turns valid values into the API body, with the score as a number", () => {
    expect(checkCertificateForm({ ...valid, score: "94,9", issuing_level: "central" }, context)).toEqual({
      ok: true,
      body: { ...valid, score: 94.9, issuing_level: "central" },
    })
  })

  it("asks for every field of an empty form", () => {
    const result = checkCertificateForm(emptyCertificateForm(), context)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(
      ["decision_date", "decision_number", "evidence_url", "issuing_body", "issuing_level", "product_group", "product_id", "score"].sort()
    )
    expect(result.errors.evidence_url?.code).toBe("evidenceRequired")
  })

  it("refuses a product that is not the producer's and an unknown group", () => {
    const result = checkCertificateForm({ ...valid, product_id: "prod_other", product_group: "jewellery" }, context)
    expect(result.ok ? null : result.errors).toEqual({ product_id: { code: "invalidChoice" }, product_group: { code: "invalidChoice" } })
  })

  it("refuses scores outside 0–100 and scores below 3 stars", () => {
    expect(checkCertificateForm({ ...valid, score: "101" }, context)).toEqual({ ok: false, errors: { score: { code: "invalidScore" } } })
    expect(checkCertificateForm({ ...valid, score: "49,9" }, context)).toEqual({ ok: false, errors: { score: { code: "belowCertified" } } })
  })

  it("refuses a decision date in the future or impossible, and accepts today", () => {
    expect(checkCertificateForm({ ...valid, decision_date: "2026-11-30" }, context)).toEqual({ ok: false, errors: { decision_date: { code: "inFuture" } } })
    expect(checkCertificateForm({ ...valid, decision_date: "2025-02-29" }, context)).toEqual({ ok: false, errors: { decision_date: { code: "invalidDate" } } })
    expect(checkCertificateForm({ ...valid, decision_date: "2026-11-29" }, context).ok).toBe(true)
  })

  it("refuses a 5★ score certified by a province and a 4★ score by the centre", () => {
    expect(checkCertificateForm({ ...valid, score: "92" }, context)).toEqual({ ok: false, errors: { issuing_level: { code: "levelMismatch" } } })
    expect(checkCertificateForm({ ...valid, issuing_level: "central" }, context)).toEqual({ ok: false, errors: { issuing_level: { code: "levelMismatch" } } })
  })

  it("limits text lengths and wants a web address for the evidence", () => {
    const result = checkCertificateForm({ ...valid, decision_number: "x".repeat(61), evidence_url: "javascript:alert(1)" }, context)
    expect(result.ok ? null : result.errors).toEqual({ decision_number: { code: "tooLong", max: 60 }, evidence_url: { code: "evidenceRequired" } })
  })
})

describe("backend messages beside their fields", () => {
  it("puts a group message by the group, not the product", () => {
    const { fieldMessages, formMessage } = attributeBackendMessage(
      "Nhóm sản phẩm không hợp lệ / Invalid product group; Something else",
      CERTIFICATE_MESSAGE_HINTS
    )
    expect(fieldMessages).toEqual({ product_group: "Nhóm sản phẩm không hợp lệ / Invalid product group" })
    expect(formMessage).toBe("Something else")
  })
})

describe("attributeCertificateMessage", () => {
  it("keeps a workflow message whole, beside the field it names", () => {
    const level =
      'Sản phẩm 5★ do Hội đồng Trung ương công nhận; cấp tỉnh chỉ công nhận 3★–4★ và đề nghị 5★. Chọn cấp "central" / A 5-star certificate is issued by the central council; a province certifies 3 and 4 stars and only nominates 5. Choose issuing_level "central".'
    expect(attributeCertificateMessage(level)).toEqual({ fieldMessages: { issuing_level: level }, formMessage: null })
    const duplicate = 'Quyết định số "12/QĐ-UBND" của UBND tỉnh Tuyên Quang đã được gửi cho sản phẩm này / Decision "12/QĐ-UBND" of UBND tỉnh Tuyên Quang was already submitted for this product.'
    expect(attributeCertificateMessage(duplicate).fieldMessages).toEqual({ decision_number: duplicate })
    const future = "Ngày quyết định 2030-01-01 ở tương lai / The decision date 2030-01-01 is in the future."
    expect(attributeCertificateMessage(future).fieldMessages).toEqual({ decision_date: future })
    const evidence = "evidence_url phải là ảnh chụp quyết định đã tải lên qua /producer/uploads / evidence_url must be the photo or scan of the decision uploaded through /producer/uploads."
    expect(attributeCertificateMessage(evidence).fieldMessages).toEqual({ evidence_url: evidence })
  })

  it("puts a message naming no field above the form", () => {
    expect(attributeCertificateMessage("Có lỗi / Something failed")).toEqual({ fieldMessages: {}, formMessage: "Có lỗi / Something failed" })
  })

  it("splits the schema's messages per field", () => {
    expect(attributeCertificateMessage("Invalid request: Điểm từ 0 đến 100 / The score must be between 0 and 100; Other").fieldMessages).toEqual({
      score: "Điểm từ 0 đến 100 / The score must be between 0 and 100",
    })
  })
})

describe("evidence files", () => {
  it("recognises PDFs by their first bytes and by URL", () => {
    expect(isPdf(new TextEncoder().encode("%PDF-1.7\n"))).toBe(true)
    expect(isPdf(new TextEncoder().encode("<html>"))).toBe(false)
    expect(isPdfUrl("http://x/static/qd-12.pdf")).toBe(true)
    expect(isPdfUrl("http://x/static/qd-12.PDF?v=1")).toBe(true)
    expect(isPdfUrl("http://x/static/qd-12.jpg")).toBe(false)
  })
})
