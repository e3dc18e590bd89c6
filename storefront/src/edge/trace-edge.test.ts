import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { liveSlot } from "../lib/trace/live-html"
import { createTraceEdge, type TraceEdge } from "./trace-edge"

/**
 * The trace edge over real HTTP, between a stand-in backend (the /trace API) and a
 * stand-in Next.js (the page it keeps): what it keeps, what it reads fresh, what it sends.
 */
const CODE = "UNXT23456789"
const GTIN = "08938532010018"
const resolution = {
  level: "unit",
  code: CODE,
  gtin: GTIN,
  lot_number: "L1",
  serial: CODE,
  unknown_lot: null,
  unknown_serial: null,
  product_handle: "che",
  product_title: "Chè",
  has_certificates: false,
  levels: [
    { level: "product", code: "PRDD23456789", gtin: GTIN, lot_number: null, serial: null },
    { level: "lot", code: "LTTT23456789", gtin: GTIN, lot_number: "L1", serial: null },
    { level: "unit", code: CODE, gtin: GTIN, lot_number: "L1", serial: CODE },
  ],
}

const state = { scansStored: 0, head: "a".repeat(64), length: 3, liveDelayMs: 0, product: "Chè", renderedProduct: null as string | null }
const calls = { resolve: 0, live: 0, liveReads: 0, liveLocales: [] as Array<string | null>, pages: 0, batches: [] as Array<{ key: string | undefined; scans: unknown[] }> }

function live(locale: string | null) {
  const count = state.scansStored
  return {
    // As the backend digests what the page shows besides its live parts, in its language.
    page_stamp: `${state.product}:${state.head.slice(0, 4)}:${locale}`,
    code: CODE,
    kind: "unit",
    chain: { valid: true, length: state.length, head: state.head },
    scans: { count, first_at: count ? "2026-11-29T03:00:00.000Z" : null, first_place: null, places: [] },
    verdict: { kind: count === 0 ? "not_scanned" : count === 1 ? "first_scan" : "scanned_before", count, first_at: count ? "2026-11-29T03:00:00.000Z" : null, first_place: null, warnings: [] },
  }
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
}

const backend = http.createServer((req, res) => {
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(body))
  }
  const url = new URL(req.url!, "http://backend")
  if (url.pathname === "/trace/resolve") {
    calls.resolve++
    return json(url.searchParams.get("code") === "ZZZZ23456789" ? 404 : 200, { resolution })
  }
  if (url.pathname === "/trace/live") {
    const reads = url.searchParams.get("reads")!.split(",").map((read) => ({ code: read.split(":")[0], locale: read.split(":")[1] ?? null }))
    calls.live++
    calls.liveReads += reads.length
    calls.liveLocales.push(...reads.map((read) => read.locale))
    return void setTimeout(() => json(200, { lives: reads.map((read) => (read.code === CODE ? live(read.locale) : null)) }), state.liveDelayMs)
  }
  if (url.pathname === "/trace/scans" && req.method === "POST") {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      const scans = JSON.parse(body).scans as unknown[]
      calls.batches.push({ key: req.headers["x-trace-edge-key"] as string | undefined, scans })
      state.scansStored += scans.length
      json(200, { recorded: scans.length, unknown: 0 })
    })
    return
  }
  json(404, { message: "not found" })
})

let edge: TraceEdge
let base = ""
// Stands in for Next.js behind the edge: the trace page with its live parts as rendered then.
const front = http.createServer((req, res) => {
  edge.handle(req, res).then((handled) => {
    if (handled) return
    calls.pages++
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": "a=b" })
    const locale = req.url!.startsWith("/en/") ? "en" : "vi"
    res.end(`<html><body><article data-page-stamp="${state.renderedProduct ?? state.product}:${state.head.slice(0, 4)}:${locale}"><h1>${state.renderedProduct ?? state.product}</h1>${liveSlot("verdict", "<p>stale verdict</p>")}<ol>events of ${state.head.slice(0, 4)}</ol>${liveSlot("chain", "<p>stale chain</p>")}</article></body></html>`)
  })
})

beforeAll(async () => {
  const backendUrl = await listen(backend)
  base = await listen(front)
  edge = createTraceEdge({ backendUrl, edgeKey: "k", selfUrl: base, log: () => {} })
})
afterAll(() => {
  backend.close()
  front.close()
})
beforeEach(() => {
  Object.assign(calls, { resolve: 0, live: 0, liveReads: 0, liveLocales: [], pages: 0, batches: [] })
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { redirect: "manual", headers })

describe("trace edge", () => {
  it("redirects scans from a kept resolution and sends them to the backend in batches with its key", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => get(`/01/${GTIN}/10/L1/21/${CODE}`)))
    expect(answers.every((a) => a.status === 307 && a.headers.get("location")?.endsWith(`/vi/trace/${CODE}`))).toBe(true)
    expect(calls.resolve).toBe(1)
    expect((await get("/t/ZZZZ23456789")).status).toBe(404)
    await edge.flush()
    expect(calls.batches.flatMap((b) => b.scans)).toHaveLength(30)
    expect(calls.batches.every((b) => b.key === "k")).toBe(true)
    // HEAD and linkset requests are not scans.
    expect((await fetch(`${base}/t/${CODE}`, { method: "HEAD", redirect: "manual" })).status).toBe(307)
    expect((await get(`/t/${CODE}?linkType=linkset`)).status).toBe(200)
    await edge.flush()
    expect(calls.batches.flatMap((b) => b.scans)).toHaveLength(30)
  })

  it("keeps the page but writes fresh live parts into it, counting scans not yet sent", async () => {
    state.scansStored = 0
    const first = await (await get(`/vi/trace/${CODE}`)).text()
    expect(first).toContain('data-verdict="not_scanned"')
    expect(first).not.toContain("stale verdict")
    expect(first).toContain(`${state.length} sự kiện`)
    // A scan the edge has not sent yet already counts on the page.
    await get(`/t/${CODE}`)
    const second = await (await get(`/vi/trace/${CODE}`)).text()
    expect(second).toContain('data-verdict="first_scan"')
    expect(calls.pages).toBe(1)
    await edge.flush()
    const third = await (await get(`/vi/trace/${CODE}`)).text()
    expect(third).toContain('data-verdict="first_scan"')
    // A new event moves the chain's head: the page is rendered again.
    state.head = "b".repeat(64)
    state.length = 4
    expect(await (await get(`/vi/trace/${CODE}`)).text()).toContain("events of bbbb")
    expect(calls.pages).toBe(2)
  })

  it("keeps a page while its stamp stays the same, and renders it anew when an edit changes the stamp", async () => {
    const page = async (locale = "vi") => (await get(`/${locale}/trace/${CODE}`)).text()
    expect(await page()).toContain(`<h1>${state.product}</h1>`)
    const rendered = calls.pages
    for (let i = 0; i < 5; i++) await page()
    expect(calls.pages).toBe(rendered)
    // Each language's page has its own stamp.
    await page("en")
    expect(calls.liveLocales).toContain("en")
    expect(calls.liveLocales).toContain("vi")
    const both = calls.pages
    // The producer renames the product: no new event, but a new stamp.
    state.product = "Chè Shan tuyết"
    expect(await page()).toContain("<h1>Chè Shan tuyết</h1>")
    expect(calls.pages).toBe(both + 1)

    // A server that still holds the old product renders the page: it is sent, not kept
    // under the new stamp, and the next scan renders it again.
    state.product = "Chè Shan tuyết cổ thụ"
    state.renderedProduct = "Chè Shan tuyết"
    await page()
    await page()
    expect(calls.pages).toBe(both + 3)
    state.renderedProduct = null
    expect(await page()).toContain("<h1>Chè Shan tuyết cổ thụ</h1>")
    await page()
    expect(calls.pages).toBe(both + 4)
  })

  it("shares one backend read among concurrent requests for a code, and never passes on a kept cookie", async () => {
    state.liveDelayMs = 50
    const pages = await Promise.all(Array.from({ length: 20 }, () => get(`/en/trace/${CODE}`, { "accept-encoding": "gzip" })))
    state.liveDelayMs = 0
    expect(pages.every((p) => p.status === 200)).toBe(true)
    expect(calls.live).toBeLessThan(5)
    expect(pages[0]!.headers.get("set-cookie")).toBeNull()
    expect(await pages[0]!.text()).toContain("Chain verified")
  })

  it("leaves Next.js's own requests and unknown paths to Next.js", async () => {
    const before = calls.pages
    await get(`/vi/trace/${CODE}`, { rsc: "1" })
    await get("/vi/products")
    expect(calls.pages).toBe(before + 2)
  })
})
