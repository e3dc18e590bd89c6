#!/usr/bin/env node
// Issue #6 figure B (Lighthouse): Lighthouse 12.2.3, mobile preset (its default form
// factor, simulated throttling), Debian's Chromium headless, against the production
// builds on the benchmark shop (10,000 products). Each page runs LH_RUNS times (3 unless
// set); the median of each score is the figure. Also the product page's weight: HTML +
// all scripts as the browser downloads them (transfer sizes from Lighthouse's network
// records). With STOREFRONT_URL set, measures that running storefront instead.
import { execFileSync } from "node:child_process"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { freePort, queryRows } from "../scripts/lib/database.mjs"
import { stopAll } from "../scripts/lib/processes.mjs"
import { launch } from "../scripts/lib/stack.mjs"
import { machine, writeResult } from "./lib/load.mjs"
import { openBenchShop } from "./lib/shop.mjs"

const runs = Number(process.env.LH_RUNS || 3)
const chromePath = process.env.CHROME_PATH || execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"]).toString().trim()
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

let shop = null
try {
  let storefrontUrl = process.env.STOREFRONT_URL
  let databaseUrl = process.env.BENCH_DATABASE_URL
  if (!storefrontUrl) {
    shop = await openBenchShop()
    databaseUrl = shop.db.databaseUrl
    ;({ storefrontUrl } = await launch({
      databaseUrl,
      publishableKey: shop.publishableKey,
      // Port 9000: the demo images were stored with the file provider's default URL, localhost:9000.
      backendPort: await freePort(9000),
      storefrontPort: await freePort(8420),
      quiet: true,
    }))
  }
  const [product] = await queryRows(databaseUrl, "select handle from product where deleted_at is null and handle not like 'bench-%' order by handle limit 1")
  const [code] = await queryRows(databaseUrl, "select code from trace_code where kind = 'unit' and deleted_at is null order by code limit 1")
  const pages = [
    { name: "home", path: "/vi" },
    { name: "search", path: `/vi/search?q=${encodeURIComponent("chè shan tuyết")}` },
    { name: "listing", path: "/vi/products" },
    { name: "product", path: `/vi/products/${product.handle}` },
    { name: "trace", path: `/vi/trace/${code.code}` },
  ]
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
  const results = []
  try {
    for (const page of pages) {
      const url = `${storefrontUrl}${page.path}`
      // One load first so that no run pays for a cold cache or first compilation.
      await fetch(url).then((r) => r.text())
      const samples = []
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] })
        const requests = lhr.audits["network-requests"]?.details?.items ?? []
        const bytes = (type) => requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
        const failing = (category) =>
          lhr.categories[category].auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
            .map((ref) => `${ref.id} (${lhr.audits[ref.id].score})`)
        samples.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          best_practices: Math.round(lhr.categories["best-practices"].score * 100),
          seo: Math.round(lhr.categories.seo.score * 100),
          fcp_ms: Math.round(lhr.audits["first-contentful-paint"].numericValue),
          lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
          tbt_ms: Math.round(lhr.audits["total-blocking-time"].numericValue),
          cls: +lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
          si_ms: Math.round(lhr.audits["speed-index"].numericValue),
          html_bytes: bytes("Document"),
          script_bytes: bytes("Script"),
          script_files: requests.filter((r) => r.resourceType === "Script").length,
          total_bytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
          failing_performance: failing("performance"),
          failing_accessibility: failing("accessibility"),
        })
      }
      const keys = ["performance", "accessibility", "best_practices", "seo", "fcp_ms", "lcp_ms", "tbt_ms", "cls", "si_ms", "html_bytes", "script_bytes", "total_bytes"]
      const summary = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]))
      summary.html_plus_js_kb = +((summary.html_bytes + summary.script_bytes) / 1024).toFixed(1)
      results.push({ page: page.name, url: page.path, runs, median: summary, samples })
      console.error(
        `${page.name} ${page.path}: performance ${samples.map((s) => s.performance).join("/")} (median ${summary.performance}), accessibility ${samples.map((s) => s.accessibility).join("/")} (median ${summary.accessibility}), LCP ${summary.lcp_ms} ms, TBT ${summary.tbt_ms} ms, CLS ${summary.cls}, HTML+JS ${summary.html_plus_js_kb} KB (${samples[0].script_files} scripts)`
      )
      const fails = new Set(samples.flatMap((s) => [...s.failing_performance, ...s.failing_accessibility]))
      if (fails.size) console.error(`  not full marks: ${[...fails].join(", ")}`)
    }
  } finally {
    await chrome.kill()
  }
  writeResult("lighthouse", { machine: await machine(), lighthouse: "12.2.3", chrome: execFileSync(chromePath, ["--version"]).toString().trim(), results })
} finally {
  await stopAll()
  await shop?.db.stop()
}
