import { describe, expect, it } from "vitest"
import { PRODUCT_PAGE_PATH, scriptlessPage } from "./scriptless"

const page = (body: string, head = "") =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>${head}<link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body>${body}</body></html>`

describe("scriptlessPage", () => {
  it("drops Next.js's scripts, its inline payload and script preloads, and keeps JSON-LD, styles and markup", () => {
    const html = page(
      `<main><h1>Chè Shan tuyết</h1><form data-enhance="add-to-cart"></form></main>` +
        `<script type="application/ld+json">{"@type":"Product","name":"Chè"}</script>` +
        `<script src="/_next/static/chunks/main.js" async=""></script>` +
        `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
        `<script>self.__next_f.push([1,"<script>x<\\/script>"])</script>`,
      `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/><link rel="modulepreload" href="/m.js"/>`
    )
    const out = scriptlessPage(html)!
    expect(out).not.toMatch(/_next\/static\/chunks\/(main|webpack)\.js|__next_f|\/m\.js/)
    expect(out).toContain(`<script type="application/ld+json">{"@type":"Product","name":"Chè"}</script>`)
    expect(out).toContain(`<link rel="stylesheet" href="/_next/static/chunks/a.css"/>`)
    expect(out).toContain(`<h1>Chè Shan tuyết</h1>`)
    // One script left besides JSON-LD: the buy form's, just before </body>.
    const scripts = out.match(/<script\b[^>]*>/g)!.filter((tag) => !tag.includes("ld+json"))
    expect(scripts).toEqual(["<script>"])
    expect(out).toMatch(/enhance|add-to-cart/)
    expect(out.indexOf("</body>")).toBeGreaterThan(out.lastIndexOf("</script>"))
  })

  it("gives up on a page streamed in parts, whose hidden segments only scripts move into place", () => {
    expect(scriptlessPage(page(`<template id="B:0"></template><p>…</p><div hidden id="S:0"><p>giá</p></div>`))).toBeNull()
  })

  it("gives up on a page without a body end", () => {
    expect(scriptlessPage("<html><body><p>cut short")).toBeNull()
  })

  it("the enhancing script is valid JavaScript that does nothing on a page without the buy form", () => {
    const out = scriptlessPage(page("<p>x</p>"))!
    const source = out.match(/<script>([\s\S]*?)<\/script>/)![1]!
    const document = { querySelector: () => null, documentElement: { lang: "vi" } }
    expect(() => new Function("document", "fetch", "FormData", source)(document, () => {}, class {})).not.toThrow()
  })
})

describe("PRODUCT_PAGE_PATH", () => {
  it.each([
    ["/vi/products/che-shan-tuyet", true],
    ["/en/products/vo-goi-tho-cam?variant=1", true],
    ["/vi/products/che-shan-tuyet/", true],
    ["/vi/products", false],
    ["/vi/products?page=2", false],
    ["/vi/products/a/b", false],
    ["/vi/villages/hong-thai", false],
  ])("%s → %s", (path, expected) => {
    expect(PRODUCT_PAGE_PATH.test(path)).toBe(expected)
  })
})
