#!/usr/bin/env node
// Issue #4 figure: verifying a lot's hash chain of 1,000 trace events (target < 50 ms).
// Uses the built domain package (packages/domain/dist: run `npm run build` there first), the
// same code the backend runs when it shows a trace page. Events look like real ones: craft
// steps with Vietnamese place names, inputs/outputs and notes, from rows as the database
// returns them (Date objects, numeric strings), so normalizing rows is part of the time.
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { performance } from "node:perf_hooks"
import { writeResult } from "./lib/load.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const require = createRequire(import.meta.url)
const domain = require(path.join(ROOT, "packages/domain/dist/index.js"))
const { chainEvent, stepToEventShape, TRACE_STEP_KEYS, traceEventContent, verifyChain } = domain

const EVENTS = Number(process.env.BENCH_EVENTS || 1_000)
const RUNS = Number(process.env.BENCH_RUNS || 50)
const WARMUP = 5
const TARGET_MS = 50

/** A realistic chain, returned as stored rows and re-read the way the backend reads them. */
function storedRows(count) {
  const rows = []
  let head = null
  const start = Date.UTC(2025, 2, 1, 0, 30)
  for (let i = 0; i < count; i++) {
    const step = TRACE_STEP_KEYS[i % TRACE_STEP_KEYS.length]
    const event = chainEvent(head, {
      lot_code: "TEALQT2345AB",
      ...stepToEventShape(step),
      step,
      event_time: new Date(start + i * 3_600_000).toISOString(),
      event_time_zone_offset: "+07:00",
      read_point: i % 3 === 0 ? "urn:epc:id:sgln:8930000.00001.0" : null,
      biz_location: null,
      place_name: "Hồng Thái, Na Hang, Tuyên Quang",
      inputs: [{ label: "Búp chè tươi Shan tuyết", quantity: 200 - (i % 50), uom: "kg" }],
      outputs: [{ label: "Chè héo", quantity: 150.5, uom: "kg" }],
      data: { note: `Công đoạn ${i + 1}: làm đúng quy trình VietGAP`, photo_url: `https://cholangnghe.vn/uploads/trace/${i}.webp` },
    })
    head = { hash: event.hash, sequence: event.content.sequence }
    // As PostgreSQL hands them back: timestamps as Date, numerics as strings, jsonb parsed.
    rows.push({
      ...event.content,
      id: `tevt_${i}`,
      sequence: String(event.content.sequence),
      event_time: new Date(event.content.event_time),
      prev_hash: event.prev_hash,
      hash: event.hash,
      recorded_at: new Date(),
    })
  }
  return rows
}

const rows = storedRows(EVENTS)
const expected = { head: rows.at(-1).hash, count: rows.length }

/** What a trace page request does: rows → contents → verification. */
function verifyStored() {
  const events = rows.map((row) => ({ content: traceEventContent(row), prev_hash: row.prev_hash, hash: row.hash }))
  return verifyChain(events, expected)
}

for (let i = 0; i < WARMUP; i++) verifyStored()
const verdict = verifyStored()
if (!verdict.valid || verdict.length !== EVENTS) throw new Error(`The bench chain should verify: ${JSON.stringify(verdict)}`)

// A tampered copy must fail, or the timing would measure a verifier that checks nothing.
const tampered = rows.map((row) => ({ content: traceEventContent(row), prev_hash: row.prev_hash, hash: row.hash }))
tampered[EVENTS - 2].content = { ...tampered[EVENTS - 2].content, place_name: "Somewhere else" }
const broken = verifyChain(tampered, expected)
if (broken.valid || broken.broken_at !== EVENTS - 1) throw new Error(`Tampering not detected: ${JSON.stringify(broken)}`)

const times = []
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now()
  verifyStored()
  times.push(performance.now() - t0)
}
times.sort((a, b) => a - b)
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2
const round = (ms) => +ms.toFixed(2)
const cpus = os.cpus()

writeResult("chain", {
  date: new Date().toISOString(),
  machine: `${cpus[0]?.model ?? "unknown"} × ${cpus.length}`,
  node: process.version,
  // Other work on the machine slows the figures down; the 1-minute load average says how much.
  load_average_1m: +os.loadavg()[0].toFixed(2),
  figures: {
    events: EVENTS,
    runs: RUNS,
    verify_median_ms: round(median),
    verify_max_ms: round(times.at(-1)),
    verify_min_ms: round(times[0]),
    per_event_us: round((median * 1000) / EVENTS),
    target_ms: TARGET_MS,
    median_under_target: median < TARGET_MS,
    max_under_target: times.at(-1) < TARGET_MS,
  },
})
