#!/usr/bin/env node
// Issue #4 figures for labels, using the built @cln/labels (run `npm run build -w @cln/labels` first):
// (1) single SVG labels per second over 5,000 distinct URLs (target ≥ 1,000/s);
// (2) a 10,000-label A4 PDF of 30×40 labels streamed to a file: wall time (target < 60 s),
//     peak RSS sampled every 50 ms (target < 500 MB) and file size. Each PDF is made in a child
//     process so one run's memory does not count against the next. `--keep` keeps the PDFs.
import { spawnSync } from "node:child_process"
import { createWriteStream, rmSync, statSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { renderLabelPng, renderLabelSheetPdf, renderLabelSvg, sheetLayout } from "@cln/labels"
import { writeResult } from "./lib/load.mjs"

const SVG_LABELS = 5_000
const PDF_LABELS = 10_000
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
const MB = 2 ** 20

/** A distinct unit label per index, as a lot's serials would print. */
function unitLabel(i) {
  let serial = ""
  for (let n = i * 7919 + 104_729, k = 0; k < 12; k++, n = Math.floor(n / 32) + k * 31) serial += ALPHABET[n % 32]
  return {
    url: `https://cholangnghe.vn/01/08938532010018/10/HT-2026-11/21/${serial}`,
    code: serial,
    productName: "Chè Shan tuyết cổ thụ Hồng Thái – hộp 200 g",
    producerName: "HTX Chè Hồng Thái, Na Hang",
    ocopStars: 4,
    markName: "Chè Shan tuyết Hà Giang",
    lotNumber: "HT-2026-11",
  }
}

/** CPU time this process spent since `since` (user + system): on a shared machine it shows the work done, whatever else runs. */
function cpuSeconds(since) {
  const { user, system } = process.cpuUsage(since)
  return (user + system) / 1e6
}

async function pdfRun(size, count, keep) {
  const file = path.join(os.tmpdir(), `cln-labels-bench-${size}-${count}-${process.pid}.pdf`)
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  function* labels() {
    for (let i = 0; i < count; i++) yield unitLabel(i)
  }
  const cpu = process.cpuUsage()
  const started = performance.now()
  const { pages } = await renderLabelSheetPdf(labels(), size, createWriteStream(file), { total: count })
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  const bytes = statSync(file).size
  if (!keep) rmSync(file)
  return {
    size,
    labels: count,
    pages,
    per_page: sheetLayout(size).perPage,
    seconds: +seconds.toFixed(2),
    cpu_seconds: +cpuSeconds(cpu).toFixed(2),
    labels_per_second: Math.round(count / seconds),
    peak_rss_mb: Math.round(peak / MB),
    file_mb: +(bytes / MB).toFixed(2),
    file_kb_per_label: +(bytes / 1024 / count).toFixed(2),
    file: keep ? file : undefined,
    meets_targets: seconds < 60 && peak < 500 * MB,
  }
}

async function svgRun() {
  const labels = Array.from({ length: SVG_LABELS }, (_, i) => unitLabel(i))
  // Warm up the JIT (qrcode's mask scoring is most of the work) and the font metrics.
  for (let i = 0; i < 1_000; i++) renderLabelSvg(unitLabel(SVG_LABELS + i), i % 2 ? "30x40" : "50x30")
  const result = {}
  for (const size of ["30x40", "50x30"]) {
    let bytes = 0
    const cpu = process.cpuUsage()
    const started = performance.now()
    for (const label of labels) bytes += renderLabelSvg(label, size).length
    const seconds = (performance.now() - started) / 1000
    result[size] = {
      labels: SVG_LABELS,
      seconds: +seconds.toFixed(3),
      labels_per_second: Math.round(SVG_LABELS / seconds),
      labels_per_cpu_second: Math.round(SVG_LABELS / cpuSeconds(cpu)),
      average_bytes: Math.round(bytes / SVG_LABELS),
    }
  }
  // PNG for comparison (sharp, 300 dpi), on a smaller sample.
  const pngCount = 200
  const started = performance.now()
  for (let i = 0; i < pngCount; i++) await renderLabelPng(labels[i], "30x40")
  const seconds = (performance.now() - started) / 1000
  result.png_30x40_300dpi = { labels: pngCount, seconds: +seconds.toFixed(3), labels_per_second: Math.round(pngCount / seconds) }
  return result
}

const args = process.argv.slice(2)
const keep = args.includes("--keep")
if (args[0] === "--pdf") {
  // Child process: one PDF run, result as JSON on the last line.
  console.log(JSON.stringify(await pdfRun(args[1], Number(args[2]), keep)))
} else {
  const self = fileURLToPath(import.meta.url)
  const loadBefore = os.loadavg()[0]
  console.log(`labels: ${SVG_LABELS} SVG labels per size…`)
  const svg = await svgRun()
  console.log(JSON.stringify(svg))
  const pdf = []
  for (const size of ["30x40", "50x30"]) {
    console.log(`labels: ${PDF_LABELS} labels of ${size} to one PDF…`)
    const child = spawnSync(process.execPath, [self, "--pdf", size, String(PDF_LABELS), ...(keep ? ["--keep"] : [])], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
    if (child.status !== 0) throw new Error(`PDF run for ${size} exited with ${child.status}`)
    const run = JSON.parse(child.stdout.trim().split("\n").at(-1))
    console.log(JSON.stringify(run))
    pdf.push(run)
  }
  const cpus = os.cpus()
  writeResult("labels", {
    date: new Date().toISOString(),
    machine: `${cpus[0]?.model ?? "unknown"} (${cpus.length} cores)`,
    node: process.version,
    // Other work on the machine slows every figure; the 1-minute load average says how busy it was.
    load_average: { before: +loadBefore.toFixed(2), after: +os.loadavg()[0].toFixed(2) },
    figures: {
      svg_labels_per_second: svg["30x40"].labels_per_second,
      svg_target_met: svg["30x40"].labels_per_second >= 1000 && svg["50x30"].labels_per_second >= 1000,
      pdf_10000_30x40_seconds: pdf[0].seconds,
      pdf_10000_30x40_peak_rss_mb: pdf[0].peak_rss_mb,
      pdf_10000_30x40_file_mb: pdf[0].file_mb,
      pdf_target_met: pdf[0].meets_targets,
      svg,
      pdf,
    },
  })
}
