import { scanVerdict, type ChainVerdict, type ScanSummary } from "@cln/domain"
import { describe, expect, it } from "vitest"
import en from "../../../messages/trace/en.json"
import vi from "../../../messages/trace/vi.json"
import { chainHtml, liveSlot, replaceLiveSlots, verdictHtml, withoutScripts } from "./live-html"

const verdictOf = (scans: Partial<ScanSummary>, kind: "unit" | "lot" = "unit", chainValid = true) =>
  scanVerdict({ known: true, chainValid, codeKind: kind, scans: { count: 0, first_at: null, first_place: null, places: [], ...scans } })

describe("live parts of the trace page", () => {
  it("says first scan, then scanned N times with the date in Vietnam's time", () => {
    const first = verdictHtml(verdictOf({ count: 1, first_at: "2026-11-29T03:00:00Z" }), [], true, "vi")
    expect(first).toContain('data-verdict="first_scan"')
    expect(first).toContain(vi.trace.verdict.firstScan)
    const again = verdictHtml(verdictOf({ count: 2, first_at: "2026-11-29T03:00:00Z" }), [], true, "en")
    expect(again).toContain("This code has been scanned 2 times, first on 29 Nov 2026, 10:00.")
    expect(again).toContain(`<h2 id="verdict-title"><span class="visually-hidden">${en.trace.verdict.label}: </span>${en.trace.verdict.genuine}</h2>`)
  })

  it("warns of a copied serial and escapes place names", () => {
    const scans = { count: 7, first_at: "2026-11-29T03:00:00Z", first_place: { country: "VN", city: "<b>Hà Giang</b>" }, places: [{ country: "FR", city: "Paris" }] }
    const html = verdictHtml(verdictOf(scans as Partial<ScanSummary>), scans.places as never, true, "vi")
    expect(html).toContain("trace-warn")
    expect(html).toContain(vi.trace.verdict.copied)
    expect(html).not.toContain("<b>")
    expect(html).toContain("&#60;b&#62;Hà Giang")
  })

  it("shows a broken chain above everything the scans say", () => {
    const chain: ChainVerdict = { valid: false, length: 5, broken_at: 2, reason: "hash_mismatch" }
    const verdict = verdictHtml(verdictOf({ count: 1 }, "lot", false), [], false, "vi")
    expect(verdict).toContain('data-verdict="chain_broken"')
    expect(verdict).toContain(vi.trace.verdict.brokenTitle)
    const status = chainHtml(chain, "vi")
    expect(status).toContain('role="alert"')
    expect(status).toContain(vi.trace.chain.reason.hash_mismatch.replace("{position}", "2"))
    expect(chainHtml({ valid: true, length: 3, head: "ab".repeat(32) }, "en")).toContain("<code>abababababab</code>")
  })

  it("replaces exactly the marked parts of a kept page and leaves the rest alone", () => {
    const page = `<main>${liveSlot("verdict", "<p>old verdict</p>")}<p>timeline</p>${liveSlot("chain", "<p>old chain</p>")}</main><script>"\\u003c!--live:verdict--\\u003e"</script>`
    const out = replaceLiveSlots(page, { verdict: "<p>new verdict</p>", chain: "<p>new chain</p>" })
    expect(out).toBe(`<main>${liveSlot("verdict", "<p>new verdict</p>")}<p>timeline</p>${liveSlot("chain", "<p>new chain</p>")}</main><script>"\\u003c!--live:verdict--\\u003e"</script>`)
    expect(replaceLiveSlots("<main>no markers</main>", { verdict: "x" })).toBe("<main>no markers</main>")
  })

  it("sends a kept page without Next.js's scripts and script preloads, and keeps everything else", () => {
    const page =
      '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/c.js"/><link rel="modulepreload" href="/m.js"/><script src="/c.js" async=""></script></head>' +
      '<body><h1>Chè</h1><form action="/vi/search"><input name="q"/></form><script>self.__next_f.push([1,"\\u003c/script\\u003e \\u003ch1\\u003eChè"])</script></body></html>'
    expect(withoutScripts(page)).toBe('<html><head><link rel="stylesheet" href="/a.css"/></head><body><h1>Chè</h1><form action="/vi/search"><input name="q"/></form></body></html>')
  })
})
