// Requests at a constant arrival rate, for figures stated "at N requests/s".
import http from "node:http"
import { percentile } from "./load.mjs"

/**
 * Sends requests at a constant arrival rate ("open loop", as wrk2 or k6's
 * constant-arrival-rate executor do): request i is due at start + i/rate, whatever happened
 * to the earlier ones, and its latency counts from when it was due, so a late answer that
 * holds the generator back counts against the system measured, never for it.
 *
 * autocannon's `overallRate` is not that: each connection sends its share of a second's
 * requests back to back as the second begins, then waits for the next, and all connections
 * start together. "500 requests/s over 100 connections" is then a burst of 500 requests,
 * 100 at a time, at the top of every second, and its latencies are those of 100 concurrent
 * requests (bench/national.mjs keeps that figure too, for comparison with earlier runs).
 *
 * `paths` are taken in turn (request i asks for paths[i mod n]): with 2,000 codes at 500/s,
 * each is asked for again every 4 seconds, never by two requests at once.
 */
export async function openLoop({ url, paths, rate, duration, warmup = 3, timeout = 10, headers = {}, maxSockets = 512 }) {
  const target = new URL(url)
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const list = paths ?? [target.pathname + target.search]
  const send = (path) =>
    new Promise((resolve) => {
      const request = http.request({ host: target.hostname, port: target.port, path, method: "GET", agent, headers: { "accept-encoding": "gzip", ...headers } }, (response) => {
        response.resume()
        response.on("end", () => resolve(response.statusCode ?? 0))
        response.on("error", () => resolve("error"))
      })
      request.setTimeout(timeout * 1000, () => request.destroy(new Error("timeout")))
      request.on("error", (error) => resolve(error.message === "timeout" ? "timeout" : "error"))
      request.end()
    })

  // Requests asked for so far: the measured phase goes on through the paths where warm-up stopped.
  let asked = 0
  async function phase(seconds, record) {
    const total = Math.round(rate * seconds)
    const times = []
    const slowest = []
    const windows = []
    const statuses = {}
    const pending = []
    let lateMs = 0
    const start = performance.now() + 20
    let sent = 0
    await new Promise((resolve) => {
      const tick = () => {
        const now = performance.now()
        while (sent < total && start + (sent * 1000) / rate <= now) {
          const due = start + (sent * 1000) / rate
          lateMs = Math.max(lateMs, now - due)
          const path = list[(asked + sent) % list.length]
          pending.push(
            send(path).then((status) => {
              if (!record) return
              const latency = performance.now() - due
              times.push(latency)
              if (latency > 150) slowest.push({ at_s: +((due - start) / 1000).toFixed(2), ms: +latency.toFixed(1), path })
              ;(windows[Math.floor((due - start) / 5000)] ??= []).push(latency)
              statuses[status] = (statuses[status] ?? 0) + 1
            })
          )
          sent++
        }
        if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()))
        else resolve()
      }
      tick()
    })
    await Promise.all(pending)
    asked += total
    return { times, statuses, lateMs, windows, slowest }
  }

  if (warmup) await phase(warmup, false)
  const started = performance.now()
  const { times, statuses, lateMs, windows, slowest } = await phase(duration, true)
  const elapsed = (performance.now() - started) / 1000
  agent.destroy()
  times.sort((a, b) => a - b)
  const ok = Object.entries(statuses).reduce((n, [status, count]) => n + (/^2\d\d$/.test(status) ? count : 0), 0)
  return {
    url: paths ? `${url} (${paths.length} paths)` : url,
    generator: "open loop",
    rate,
    duration,
    requests: times.length,
    // Arrivals were at `rate`; this is how fast answers came back, the slowest included.
    rps: +(times.length / elapsed).toFixed(1),
    p50: +percentile(times, 50).toFixed(1),
    p95: +percentile(times, 95).toFixed(1),
    p99: +percentile(times, 99).toFixed(1),
    max: +(times.at(-1) ?? NaN).toFixed(1),
    non2xx: times.length - ok,
    errors: (statuses.error ?? 0) + (statuses.timeout ?? 0),
    // How far behind its schedule the generator itself ran at worst (its own event loop).
    generator_late_ms: +lateMs.toFixed(1),
    statuses,
    // p99 of the requests due in each 5 seconds of the run, in order: where the slow ones were.
    p99_by_5s: windows.map((w) => +percentile(w.sort((a, b) => a - b), 99).toFixed(1)),
    // Requests slower than 150 ms: when in the run (seconds after its start), and which.
    slow: { count: slowest.length, first: slowest.slice(0, 20) },
  }
}
