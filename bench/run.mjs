#!/usr/bin/env node
// `npm run bench [name…]`: runs the named benchmarks (all when none is named) one after
// another, each in its own process; each writes bench/results/<name>.json. Figures and
// their history are in docs/benchmarks.md.
import { spawnSync } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const BENCHES = {
  startup: "issue #2: first start and restart",
  storefront: "issue #2: storefront pages on the demo data",
  "producer-orders": "issue #3: producer order list with 50,000 orders",
  trace: "issue #4: GS1 resolver and trace page",
  labels: "issue #4: QR labels (SVG, PDF)",
  chain: "issue #4: hash-chain verification of a 1,000-event lot",
  catalog: "issue #6: store APIs with 10,000 products (listing, search) against Medusa's list route",
  pages: "issue #6: storefront pages with 10,000 products, anonymous and with a cart",
  lighthouse: "issue #6: Lighthouse mobile scores and page weight",
  program: "issue #7: program dashboard and yearly report (XLSX, PDF) with 500 villages, 100,000 orders, 1,000,000 scans",
  national: "issue #8: trace page, search and producer orders at national scale and 1/100; 2 servers vs 1; memory",
}

const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !(name in BENCHES))
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}\n${Object.entries(BENCHES).map(([n, d]) => `  ${n.padEnd(16)} ${d}`).join("\n")}`)
  process.exit(2)
}
let failed = 0
for (const name of asked.length ? asked : Object.keys(BENCHES)) {
  console.error(`\n=== ${name}: ${BENCHES[name]} ===`)
  const { status } = spawnSync(process.execPath, [path.join(HERE, `${name}.mjs`)], { stdio: "inherit" })
  if (status !== 0) {
    failed++
    console.error(`${name}: exited with ${status}`)
  }
}
process.exit(failed ? 1 : 0)
