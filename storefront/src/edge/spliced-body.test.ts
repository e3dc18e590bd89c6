import { gunzipSync } from "node:zlib"
import fc from "fast-check"
import { describe, expect, it, vi } from "vitest"
import { SplicedBody } from "./spliced-body"

/** A trace page as the edge keeps it, roughly: Vietnamese text, markup, dates and hashes, cut at both live slots. */
function tracePagePieces(events: number): string[] {
  let seed = 20_240_512
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    return seed / 2 ** 31
  }
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
  const words =
    "chè shan tuyết cổ thụ hồng thái na hang tuyên quang búp non được hái bằng tay sáng sớm sao trong chảo gang ủ héo vò lên men nhẹ sấy khô đóng gói tại hợp tác xã nông dân dân tộc dao đỏ vùng cao sương mù độ cao mét nước suối đất đỏ bazan hữu cơ chứng nhận kiểm định lô hàng vận chuyển kho lạnh đà nẵng hà nội thành phố hồ chí minh người mua nhận hàng mã truy xuất nguồn gốc".split(
      " "
    )
  const places = ["Hồng Thái, Na Hang, Tuyên Quang", "Suối Giàng, Văn Chấn, Yên Bái", "Kho Long Biên, Hà Nội", "Bát Tràng, Gia Lâm, Hà Nội"]
  const steps = ["Thu hái", "Làm héo", "Sao chè", "Đóng gói", "Kiểm định", "Vận chuyển", "Nhập kho", "Bán lẻ"]
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join("")
  const sentence = () => Array.from({ length: 10 + Math.floor(random() * 14) }, () => pick(words)).join(" ")
  const event = () => {
    const day = 1 + Math.floor(random() * 28)
    const hour = Math.floor(random() * 24)
    return (
      `<li class="trace-event flex flex-col gap-y-1 border-b border-ui-border-base py-3"><time dateTime="2024-05-${day}T${hour}:${hex(2)}:00+07:00">${day}/05/2024 ${hour}:${Math.floor(random() * 60)}</time>` +
      `<h3 class="txt-medium-plus">${pick(steps)}</h3><p class="txt-small text-ui-fg-subtle">${sentence()}</p>` +
      `<dl class="grid grid-cols-2"><dt>Địa điểm</dt><dd>${pick(places)}</dd><dt>Mã băm</dt><dd><code>${hex(12)}…${hex(4)}</code></dd></dl></li>`
    )
  }
  return [
    `<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>` +
      `<link rel="stylesheet" href="/_next/static/css/${hex(16)}.css" data-precedence="next"/><title>Chè Shan tuyết cổ thụ — Truy xuất nguồn gốc</title>` +
      `<meta name="robots" content="noindex, follow"/></head><body class="bg-ui-bg-base text-ui-fg-base"><header class="content-container flex items-center justify-between py-4">` +
      `<a href="/vi" class="txt-xlarge-plus text-ui-fg-base">Chợ Làng Nghề</a><nav aria-label="Ngôn ngữ"><a href="/en/trace/X">English</a></nav></header>` +
      `<main class="content-container py-6"><h1 class="text-2xl-semi">Chè Shan tuyết cổ thụ Hồng Thái</h1><!--live:verdict-->`,
    `<!--/live:verdict--><section class="trace-product"><p>${sentence()}</p></section><ol class="trace-events">` + Array.from({ length: events }, event).join("") + `</ol><!--live:chain-->`,
    `<!--/live:chain--><footer class="content-container py-8 txt-small">© Chợ Làng Nghề · ${sentence()}</footer></main></body></html>`,
  ]
}

describe("SplicedBody", () => {
  it("gives the pieces with the parts between them, plain and as gzip any decoder reads", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 3000 }), { minLength: 1, maxLength: 4 }), fc.array(fc.string({ unit: "grapheme", maxLength: 500 }), { maxLength: 3 }), (pieces, parts) => {
        const body = new SplicedBody(pieces)
        const expected = pieces.reduce((out, piece, i) => out + piece + (i < pieces.length - 1 ? parts[i] ?? "" : ""), "")
        expect(body.bytes(parts).toString("utf8")).toBe(expected)
        const gzip = body.gzip(parts)
        expect(gzip).not.toBeNull()
        expect(gunzipSync(gzip!).toString("utf8")).toBe(expected)
      }),
      { numRuns: 200 }
    )
  })

  it("compresses a kept page once: fresh parts are all that change between requests", () => {
    const page = ["<html><body>" + "Chè Shan tuyết Hồng Thái ".repeat(800), "</main>" + "<p>hành trình</p>".repeat(400) + "</body></html>"]
    const body = new SplicedBody(page)
    const first = body.gzip(["<p>quét lần đầu</p>"])!
    const second = body.gzip(["<p>đã quét 2 lần</p>"])!
    expect(gunzipSync(second).toString("utf8")).toContain("đã quét 2 lần")
    expect(first.length).toBeLessThan(Buffer.byteLength(page.join("")) / 5)
  })

  it("holds a page in a fraction of its plain size", () => {
    const pieces = tracePagePieces(80)
    const plainLength = Buffer.byteLength(pieces.join(""))
    expect(plainLength).toBeGreaterThan(35_000)
    const body = new SplicedBody(pieces)
    const gzip = body.gzip(["<p>Chính hãng</p>", "<p>Chuỗi hợp lệ</p>"])!
    expect(gunzipSync(gzip).toString("utf8")).toBe(pieces[0] + "<p>Chính hãng</p>" + pieces[1] + "<p>Chuỗi hợp lệ</p>" + pieces[2])
    expect(body.size).toBeLessThan(plainLength / 4)
    // What it holds is the compressed pieces, nearly all of what it sends.
    expect(body.size).toBeGreaterThan(gzip.length - 100)
  })

  it("sends no gzip where Node.js has no zlib.crc32 (before 20.15), but still the plain bytes", async () => {
    vi.resetModules()
    vi.doMock("node:zlib", async (importOriginal) => {
      const zlib = await importOriginal<typeof import("node:zlib")>()
      const withoutCrc32 = { ...zlib, crc32: undefined }
      return { ...withoutCrc32, default: withoutCrc32 }
    })
    try {
      const { SplicedBody: BodyWithoutCrc32 } = await import("./spliced-body")
      const body = new BodyWithoutCrc32(["<p>Chè ", " Hồng Thái</p>"])
      expect(body.gzip(["Shan tuyết"])).toBeNull()
      expect(body.bytes(["Shan tuyết"]).toString("utf8")).toBe("<p>Chè Shan tuyết Hồng Thái</p>")
    } finally {
      vi.doUnmock("node:zlib")
      vi.resetModules()
    }
  })
})
