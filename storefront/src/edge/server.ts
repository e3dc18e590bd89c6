/**
 * The storefront's HTTP server: the trace edge answers label scans (resolver and trace
 * pages, see ./trace-edge), the catalogue edge serves kept catalogue pages to every
 * visitor, with the visitor's cart count spliced into the header (./catalogue-edge), and
 * Next.js answers everything else. `npm start` runs it over the production build,
 * `npm run dev` in development mode; both need `tsc -p tsconfig.edge.json`.
 * Every answer, whoever made it, carries the security headers of ./security-headers.
 */
import http from "node:http"
import type { TLSSocket } from "node:tls"
import next from "next"
import { createCatalogueEdge } from "./catalogue-edge"
import {
  arrivedOverHttps,
  enforceSecurityHeaders,
  forwardingHeaders,
  parseTrustProxy,
  securityHeaders,
  securityOptionsFromEnv,
} from "./security-headers"
import { createTraceEdge } from "./trace-edge"

const dev = process.argv.includes("--dev")
const port = Number(process.env.PORT || 8000)
// Unset: every address, IPv6 and IPv4 where the machine has both (as `next start` does).
const host = process.env.STOREFRONT_HOST || undefined

async function main() {
  const app = next({ dev, port, hostname: "localhost", dir: process.cwd() })
  const nextHandle = app.getRequestHandler()
  await app.prepare()
  const edge = createTraceEdge({
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    edgeKey: process.env.TRACE_EDGE_KEY || null,
    selfUrl: `http://127.0.0.1:${port}`,
    // Live reads out at once (see ./live-reads): more lets batches overlap across backend
    // servers; each waits less but is smaller. GET /trace/live takes at most 100 codes.
    liveBatch: { maxInFlight: Math.max(1, Number(process.env.TRACE_LIVE_IN_FLIGHT) || 2), maxBatch: 100 },
  })
  // Catalogue pages kept a few seconds, with each visitor's cart count spliced in (./page-cache);
  // PAGE_CACHE=off turns it off (to measure Next.js alone).
  const catalogue = process.env.PAGE_CACHE === "off" || dev ? null : createCatalogueEdge({ selfUrl: `http://127.0.0.1:${port}` })
  // Proxies in front of the storefront, as for the backend: only they may say a request came
  // over HTTPS (HSTS) or from whom (the address each scan is counted against).
  const trust = parseTrustProxy(process.env.TRUST_PROXY)
  const security = securityOptionsFromEnv(process.env, dev)
  // The headers depend on nothing but the settings and the scheme: made once, not per request.
  const headersOver = {
    http: securityHeaders({ ...security, https: false }),
    https: securityHeaders({ ...security, https: true }),
  }

  const server = http.createServer((req, res) => {
    const facts = { remoteAddress: req.socket.remoteAddress, encrypted: !!(req.socket as TLSSocket).encrypted, headers: req.headers }
    enforceSecurityHeaders(res, arrivedOverHttps(facts, trust) ? headersOver.https : headersOver.http)
    Object.assign(req.headers, forwardingHeaders(facts, trust))
    edge
      .handle(req, res)
      .then(async (handled) => {
        if (handled) return
        if (catalogue && (await catalogue.handle(req, res))) return
        return nextHandle(req, res)
      })
      .catch((error: unknown) => {
        console.error("storefront: request failed", req.method, req.url, error)
        if (!res.headersSent) {
          res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" })
          res.end("Dịch vụ tạm thời gián đoạn, vui lòng thử lại. / Service temporarily unavailable, please try again.")
        } else {
          res.destroy()
        }
      })
  })
  // Longer than a proxy's or load balancer's idle timeout, so they close idle connections first.
  server.keepAliveTimeout = 65_000
  server.listen(port, host, () => {
    console.log(`▲ storefront ready on http://localhost:${port} (${dev ? "development" : "production"}, trace edge ${process.env.TRACE_EDGE_KEY ? "batching scans" : "recording each scan at the backend"})`)
  })

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    server.close()
    // Scans the edge answered but has not sent yet go to the backend before the process ends.
    edge
      .flush()
      .catch((error: unknown) => console.error(`storefront: scans not sent on ${signal}`, error))
      .finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.once("SIGTERM", () => stop("SIGTERM"))
  process.once("SIGINT", () => stop("SIGINT"))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
