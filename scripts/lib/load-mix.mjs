// The mixed load of issue #8: label scans, browsing and search, and checkouts, drawn at
// random (seeded) in a fixed proportion by a fixed number of concurrent clients, against
// the storefront (pages, the GS1 resolver) and the backend's Store API behind the proxy.
// Used by scripts/__tests__/load.test.mjs (which asserts on it) and bench/load.mjs (which
// records the figures). Everything it needs from the database is read here, so that the
// checks after a run (scans stored, orders placed, stock) can compare with what it sent.
import { readdirSync, readFileSync } from "node:fs"
import http from "node:http"
import { queryRows } from "./database.mjs"
import { DEMO_ADMIN, DEMO_SHIPPING_ADDRESS, STORE_CARD_FIELDS } from "./stack.mjs"

/** The issue's split: 70 % trace scans, 25 % browsing and search, 5 % checkouts. */
export const DEFAULT_MIX = { scan: 0.7, browse: 0.25, checkout: 0.05 }

// What shoppers type: with and without diacritics, a typo, and nothing that matches.
const SEARCH_WORDS = ["chè shan tuyết", "che shan tuyet", "thổ cẩm", "tho cam", "miến dong", "nón lá", "mật ong", "trà", "rượu", "gốm", "mây tre", "dệt", "shan tuyat", "zzzzqqq"]

// ---------------------------------------------------------------------------------------
// HTTP: keep-alive connections, the whole body read, the time to the last byte.
// ---------------------------------------------------------------------------------------

// `timeout` lets the agent close an idle connection itself: with it set, Node also honours
// the server's Keep-Alive hint and closes a second before the server would.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 30_000 })

/** Retries of an idempotent request whose reused connection the server had just closed. */
export const staleConnectionRetries = { count: 0 }

/** One request; resolves (never rejects) with { status, headers, body, ms, error }. */
export function send(url, { method = "GET", headers = {}, body, timeoutMs = 60_000 } = {}, started = performance.now(), retried = false) {
  const u = new URL(url)
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        method,
        path: `${u.pathname}${u.search}`,
        headers: { ...headers, ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}) },
      },
      (res) => {
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("error", (e) => resolve({ status: 0, headers: {}, body: "", ms: performance.now() - started, error: e.message }))
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }))
      }
    )
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)))
    req.on("error", (e) => {
      // A keep-alive connection the server closed as we reused it: the request never reached
      // it, and a GET is safe to send again, as browsers do (and Node's docs advise).
      if (!retried && (method === "GET" || method === "HEAD") && req.reusedSocket && (e.code === "ECONNRESET" || e.code === "EPIPE")) {
        staleConnectionRetries.count++
        return resolve(send(url, { method, headers, body, timeoutMs }, started, true))
      }
      resolve({ status: 0, headers: {}, body: "", ms: performance.now() - started, error: `${e.code ?? ""} ${e.message}`.trim() })
    })
    req.end(payload)
  })
}

const json = (answer) => {
  try {
    return JSON.parse(answer.body)
  } catch {
    return {}
  }
}

/** A small seeded generator (mulberry32), so a run's sequence of choices can be repeated. */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (random, list) => list[Math.floor(random() * list.length)]

// ---------------------------------------------------------------------------------------
// Fixtures: what the clients ask for, read from the database and the Store API.
// ---------------------------------------------------------------------------------------

/**
 * Labels to scan, products to browse, and variants to buy. `scarce`: how many variants
 * get a small stock (`scarceStock` units available) so that checkouts compete for it; it
 * is set through the Admin API (the demo admin) as an operator would.
 */
export async function prepareLoadFixtures({ databaseUrl, proxyUrl, storefrontUrl, publishableKey, scarce = 2, scarceStock = 30, log = () => {} }) {
  const sql = (text, params) => queryRows(databaseUrl, text, params)
  const store = { "x-publishable-api-key": publishableKey }

  // Labels: unit serials as GS1 Digital Links (/01/{gtin}/10/{lot}/21/{serial}), lots as
  // /01/{gtin}/10/{lot}, and every code as a short link (/t/{code}).
  const units = await sql(
    `select tc.code, l.lot_number, v.barcode from trace_code tc join lot l on l.id = tc.lot_id
       join product_product_variant_traceability_lot vl on vl.lot_id = l.id and vl.deleted_at is null
       join product_variant v on v.id = vl.product_variant_id
      where tc.kind = 'unit' and tc.deleted_at is null and l.deleted_at is null and v.barcode is not null and v.deleted_at is null order by tc.code`
  )
  const lots = await sql(
    `select distinct tc.code, l.lot_number, v.barcode from trace_code tc join lot l on l.id = tc.lot_id
       join product_product_variant_traceability_lot vl on vl.lot_id = l.id and vl.deleted_at is null
       join product_variant v on v.id = vl.product_variant_id
      where tc.kind = 'lot' and tc.deleted_at is null and l.deleted_at is null and v.barcode is not null and v.deleted_at is null order by tc.code`
  )
  const codes = (await sql("select code from trace_code where deleted_at is null order by code")).map((r) => r.code)
  const gtin = (barcode) => barcode.padStart(14, "0")
  const scans = {
    units: units.map((u) => ({ path: `/01/${gtin(u.barcode)}/10/${encodeURIComponent(u.lot_number)}/21/${u.code}`, code: u.code })),
    lots: lots.map((l) => ({ path: `/01/${gtin(l.barcode)}/10/${encodeURIComponent(l.lot_number)}`, code: l.code })),
    short: codes.map((code) => ({ path: `/t/${code}`, code })),
  }
  // Only labels the resolver knows now: a database other tests have used holds codes of
  // products since deleted, which rightly answer 404 (an unknown label). HEAD asks the
  // resolver without counting a scan.
  for (const [kind, list] of Object.entries(scans)) {
    const checked = await Promise.all(list.map(async (target) => ({ target, status: (await send(`${storefrontUrl}${target.path}`, { method: "HEAD" })).status })))
    const dropped = checked.filter((c) => c.status !== 307)
    if (dropped.length) log(`labels left out (${kind}, not resolvable now): ${dropped.map((c) => `${c.target.path} → ${c.status}`).join(", ")}`)
    // A few, not most: otherwise the resolver itself is broken, and the run would hide it.
    if (dropped.length > list.length / 5) throw new Error(`${dropped.length} of ${list.length} ${kind} labels do not resolve (first: ${dropped[0].target.path} → ${dropped[0].status})`)
    scans[kind] = checked.filter((c) => c.status === 307).map((c) => c.target)
  }
  if (!scans.short.length) throw new Error("no trace codes the resolver knows in the database (demo data missing?)")

  const [region] = await sql("select id from region where currency_code = 'vnd' and deleted_at is null order by created_at limit 1")
  if (!region) throw new Error("no VND region in the database")

  // Products the storefront lists, with their variants' stock, from the Store API.
  const listed = await send(
    `${proxyUrl}/store/products?limit=200&region_id=${region.id}&fields=id,handle,title,*variants,+variants.inventory_quantity,+variants.manage_inventory,*variants.calculated_price`,
    { headers: store }
  )
  if (listed.status !== 200) throw new Error(`GET /store/products: ${listed.status} ${listed.body.slice(0, 300)}`)
  const products = json(listed).products
  const handles = products.map((p) => p.handle)
  const ids = products.map((p) => p.id)

  // Variants that can be bought: stock managed, a price in the region, an inventory item.
  const candidates = products.flatMap((p) =>
    (p.variants ?? [])
      .filter((v) => v.manage_inventory && v.calculated_price?.calculated_amount != null && (v.inventory_quantity ?? 0) > 0)
      .map((v) => ({ product_id: p.id, product_title: p.title, variant_id: v.id, variant_title: v.title, inventory_quantity: v.inventory_quantity }))
  )
  const items = await sql(
    `select pvii.variant_id, pvii.inventory_item_id from product_variant_inventory_item pvii
      where pvii.deleted_at is null and pvii.required_quantity = 1 and pvii.variant_id = any($1)`,
    [candidates.map((c) => c.variant_id)]
  )
  const itemOf = new Map()
  for (const row of items) itemOf.set(row.variant_id, [...(itemOf.get(row.variant_id) ?? []), row.inventory_item_id])
  // One inventory item each, so that a variant's stock is one item's levels.
  const buyable = candidates.filter((c) => itemOf.get(c.variant_id)?.length === 1).map((c) => ({ ...c, inventory_item_id: itemOf.get(c.variant_id)[0] }))
  // One variant per product, most stock first, so that the plentiful ones last the run.
  const seen = new Set()
  const perProduct = buyable.sort((a, b) => b.inventory_quantity - a.inventory_quantity).filter((c) => !seen.has(c.product_id) && seen.add(c.product_id))
  if (perProduct.length < scarce + 1) throw new Error(`only ${perProduct.length} products with stock to buy; need ${scarce + 1}`)

  // The scarce ones: the last of that list (least stock), set to `scarceStock` available.
  const scarceVariants = perProduct.slice(-scarce)
  const plentiful = perProduct.slice(0, Math.min(6, perProduct.length - scarce))
  const token = await adminToken(proxyUrl)
  for (const variant of scarceVariants) {
    const levels = await sql("select location_id, stocked_quantity, reserved_quantity from inventory_level where inventory_item_id = $1 and deleted_at is null order by created_at", [
      variant.inventory_item_id,
    ])
    if (!levels.length) throw new Error(`${variant.product_title}: no inventory level`)
    // All of it at the first location, none at the others: one place where buyers compete.
    for (const [i, level] of levels.entries()) {
      const stocked = i === 0 ? Number(level.reserved_quantity) + scarceStock : Number(level.reserved_quantity)
      const res = await send(`${proxyUrl}/admin/inventory-items/${variant.inventory_item_id}/location-levels/${level.location_id}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: { stocked_quantity: stocked },
      })
      if (res.status !== 200) throw new Error(`set stock of ${variant.product_title}: ${res.status} ${res.body.slice(0, 300)}`)
    }
    log(`scarce: ${variant.product_title} (${variant.variant_id}) set to ${scarceStock} available`)
  }
  const checkout = [...scarceVariants.map((v) => ({ ...v, scarce: true })), ...plentiful.map((v) => ({ ...v, scarce: false }))]
  return { region: region.id, scans, handles, productIds: ids, checkout, searchWords: SEARCH_WORDS }
}

async function adminToken(proxyUrl) {
  const res = await send(`${proxyUrl}/auth/user/emailpass`, { method: "POST", body: DEMO_ADMIN })
  const token = json(res).token
  if (res.status !== 200 || !token) throw new Error(`admin sign-in (${DEMO_ADMIN.email}): ${res.status} ${res.body.slice(0, 200)}`)
  return token
}

// ---------------------------------------------------------------------------------------
// What the database holds: read before and after a run.
// ---------------------------------------------------------------------------------------

/** Scans stored (all, and for the given codes) and the codes' scan_count aggregate. */
export async function countScans(databaseUrl, codes) {
  const [row] = await queryRows(
    databaseUrl,
    `select (select count(*)::int from scan) as total,
            (select count(*)::int from scan s join trace_code tc on tc.id = s.trace_code_id where tc.code = any($1)) as of_codes,
            (select coalesce(sum(scan_count), 0)::int from trace_code where code = any($1)) as aggregate`,
    [codes]
  )
  return row
}

/** Scans stored per code, for the given codes. */
export async function scansByCode(databaseUrl, codes) {
  const rows = await queryRows(
    databaseUrl,
    `select tc.code, count(s.id)::int as n from trace_code tc left join scan s on s.trace_code_id = tc.id where tc.code = any($1) group by tc.code`,
    [codes]
  )
  return Object.fromEntries(rows.map((r) => [r.code, r.n]))
}

/**
 * Waits until the scans stored for `codes` reach `expected` and then stay put for
 * `quietMs` (a second look for duplicates), or until `timeoutMs`: the storefront sends
 * scans in batches every 100 ms, the servers write them every 200 ms.
 */
export async function settleScans(databaseUrl, codes, { baseline, expected, timeoutMs = 120_000, quietMs = 3_000 }) {
  const started = Date.now()
  let last = await countScans(databaseUrl, codes)
  let stableSince = Date.now()
  for (;;) {
    const reached = last.of_codes - baseline.of_codes >= expected
    if (reached && Date.now() - stableSince >= quietMs) break
    if (Date.now() - started > timeoutMs) break
    await new Promise((r) => setTimeout(r, 250))
    const now = await countScans(databaseUrl, codes)
    if (now.of_codes !== last.of_codes || now.aggregate !== last.aggregate) stableSince = Date.now()
    last = now
  }
  return { ...last, waited_ms: Date.now() - started }
}

/** Orders and purchases placed by this run's buyers (their email carries `tag`), per variant. */
export async function countOrders(databaseUrl, tag) {
  const like = `load-${tag}-%`
  const [counts] = await queryRows(
    databaseUrl,
    `select (select count(*)::int from purchase where email like $1 and deleted_at is null) as purchases,
            (select count(*)::int from "order" where email like $1 and deleted_at is null) as orders,
            (select count(*)::int from cart where email like $1 and completed_at is not null and deleted_at is null) as carts_completed`,
    [like]
  )
  const lines = await queryRows(
    databaseUrl,
    `select li.variant_id, sum(oi.quantity)::int as quantity from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id
      where o.email like $1 and o.deleted_at is null group by li.variant_id`,
    [like]
  )
  return { ...counts, quantityByVariant: Object.fromEntries(lines.map((l) => [l.variant_id, l.quantity])) }
}

/** Each inventory item's levels: stocked, reserved, and the reservations behind them. */
export async function stockOf(databaseUrl, inventoryItemIds) {
  const rows = await queryRows(
    databaseUrl,
    `select il.inventory_item_id, il.location_id, il.stocked_quantity::int as stocked, il.reserved_quantity::int as reserved,
            (select coalesce(sum(ri.quantity), 0)::int from reservation_item ri
              where ri.inventory_item_id = il.inventory_item_id and ri.location_id = il.location_id and ri.deleted_at is null) as reservations
       from inventory_level il where il.inventory_item_id = any($1) and il.deleted_at is null order by il.inventory_item_id, il.location_id`,
    [inventoryItemIds]
  )
  const byItem = {}
  for (const r of rows) {
    const item = (byItem[r.inventory_item_id] ??= { stocked: 0, reserved: 0, reservations: 0, levels: [] })
    item.stocked += r.stocked
    item.reserved += r.reserved
    item.reservations += r.reservations
    item.levels.push(r)
  }
  return byItem
}

// ---------------------------------------------------------------------------------------
// Process memory
// ---------------------------------------------------------------------------------------

function statusField(pid, field) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${field}:`))
    return line ? Number(line.split(/\s+/)[1]) : undefined
  } catch {
    return undefined
  }
}

/** A process and its descendants (by the parent pid in /proc/<pid>/stat). */
function withDescendants(pid) {
  const parents = new Map()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      parents.set(Number(entry), ppid)
    } catch {}
  }
  const out = [pid]
  for (let i = 0; i < out.length; i++) for (const [child, parent] of parents) if (parent === out[i]) out.push(child)
  return out
}

/** RSS in MB (VmRSS of /proc/<pid>/status) of each named pid with its children, and the peak (VmHWM). */
export function memoryOf(processes) {
  const out = {}
  for (const { name, pid } of processes) {
    if (!pid) continue
    const pids = withDescendants(pid)
    const kb = pids.reduce((sum, p) => sum + (statusField(p, "VmRSS") ?? 0), 0)
    const hwm = pids.reduce((sum, p) => sum + (statusField(p, "VmHWM") ?? 0), 0)
    out[name] = { pid, pids: pids.length, rss_mb: Math.round(kb / 1024), peak_rss_mb: Math.round(hwm / 1024) }
  }
  return out
}

// ---------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------

function percentile(sorted, p) {
  if (!sorted.length) return null
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

function summarize(times) {
  const sorted = Float64Array.from(times).sort()
  const r = (v) => (v === null ? null : +v.toFixed(1))
  return { p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)), max: r(sorted.at(-1) ?? null) }
}

/**
 * Runs the mix for `seconds` with `connections` clients, each doing one operation after
 * another: a scan (the resolver's redirect, then the trace page it points to), a browse
 * (a storefront page or a Store API read) or a checkout (cart, line, address, shipping,
 * place-order with cash on delivery). Operations in flight when the time is up finish, so
 * every request is answered and counted. Returns the tallies the checks need.
 */
export async function runLoadMix({
  storefrontUrl,
  proxyUrl,
  publishableKey,
  fixtures,
  seconds = 300,
  connections = 20,
  seed = 8,
  mix = DEFAULT_MIX,
  tag = Date.now().toString(36),
  log = () => {},
  onTick,
}) {
  const store = { "x-publishable-api-key": publishableKey, "accept-encoding": "gzip" }
  const page = { accept: "text/html", "accept-language": "vi-VN,vi;q=0.9", "accept-encoding": "gzip", "user-agent": "cln-load/1 (Android; Mobile)" }
  const requests = new Map() // label → { kind, times: [], statuses: {} }
  const problems = [] // unexpected answers, the first few kept
  const ops = { scan: 0, browse: 0, checkout: 0 }
  const scans = { recorded: 0, byCode: {} }
  const checkout = { placed: 0, refused: 0, failed: 0, placedByVariant: {}, refusals: [], messages: {} }
  let buyers = 0

  const note = (kind, label, answer, expected) => {
    let entry = requests.get(label)
    if (!entry) requests.set(label, (entry = { kind, times: [], statuses: {} }))
    const status = answer.status || "error"
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1
    entry.times.push(answer.ms)
    const ok = expected ? expected.includes(answer.status) : answer.status >= 200 && answer.status < 300
    if (!ok && problems.length < 50) problems.push({ label, status, error: answer.error, body: answer.body?.slice(0, 300) })
    return ok
  }

  async function scan(random) {
    const r = random()
    const list = r < 0.6 && fixtures.scans.units.length ? fixtures.scans.units : r < 0.8 && fixtures.scans.lots.length ? fixtures.scans.lots : fixtures.scans.short
    const target = pick(random, list)
    const resolved = await send(`${storefrontUrl}${target.path}`, { headers: page })
    // Only a GET answered with the redirect records a scan (storefront/src/lib/trace/resolver-route.ts).
    if (!note("scan", "scan: resolver GET → 307", resolved, [307])) return
    scans.recorded++
    scans.byCode[target.code] = (scans.byCode[target.code] ?? 0) + 1
    const location = new URL(resolved.headers.location, storefrontUrl)
    const shown = await send(`${storefrontUrl}${location.pathname}${location.search}`, { headers: page })
    note("scan", "scan: trace page GET", shown)
  }

  async function browse(random) {
    const r = random()
    const word = pick(random, fixtures.searchWords)
    const handle = pick(random, fixtures.handles)
    if (r < 0.15) return note("browse", "browse: storefront /vi/products", await send(`${storefrontUrl}/vi/products`, { headers: page }))
    if (r < 0.35) return note("browse", "browse: storefront /vi/products/{handle}", await send(`${storefrontUrl}/vi/products/${handle}`, { headers: page }))
    if (r < 0.5) return note("browse", "browse: storefront /vi/search?q=", await send(`${storefrontUrl}/vi/search?q=${encodeURIComponent(word)}`, { headers: page }))
    if (r < 0.6) return note("browse", "browse: storefront /vi (home)", await send(`${storefrontUrl}/vi`, { headers: page }))
    if (r < 0.75) {
      const listing = new URLSearchParams({ limit: "12", offset: String(12 * Math.floor(random() * 2)), fields: STORE_CARD_FIELDS, region_id: fixtures.region, locale: "vi-VN" })
      return note("browse", "browse: API GET /store/products (card fields)", await send(`${proxyUrl}/store/products?${listing}`, { headers: store }))
    }
    if (r < 0.85) {
      const one = new URLSearchParams({ handle, fields: STORE_CARD_FIELDS, region_id: fixtures.region, locale: "vi-VN" })
      return note("browse", "browse: API GET /store/products?handle=", await send(`${proxyUrl}/store/products?${one}`, { headers: store }))
    }
    return note("browse", "browse: API GET /store/product-search?q=", await send(`${proxyUrl}/store/product-search?q=${encodeURIComponent(word)}`, { headers: store }))
  }

  /** A 4xx with a message about stock: a refusal the buyer can read; anything else is a failure. */
  function refusal(answer, variant, quantity, step) {
    const message = json(answer).message ?? ""
    const isRefusal = answer.status >= 400 && answer.status < 500 && /stock|inventory|hết hàng|không đủ/i.test(message)
    if (!isRefusal) return false
    checkout.refused++
    checkout.refusals.push({ variant_id: variant.variant_id, quantity, status: answer.status, step })
    const key = `${answer.status} ${message.slice(0, 160)}`
    checkout.messages[key] = (checkout.messages[key] ?? 0) + 1
    return true
  }

  async function buy(random) {
    // Most buyers want a scarce product: they compete for its last units.
    const scarce = fixtures.checkout.filter((v) => v.scarce)
    const plentiful = fixtures.checkout.filter((v) => !v.scarce)
    const variant = random() < 0.7 || !plentiful.length ? pick(random, scarce) : pick(random, plentiful)
    const quantity = 1 + Math.floor(random() * 3)
    const email = `load-${tag}-${++buyers}@example.vn`
    const fail = () => void checkout.failed++
    const created = await send(`${proxyUrl}/store/carts`, { method: "POST", headers: store, body: { region_id: fixtures.region, email, shipping_address: DEMO_SHIPPING_ADDRESS } })
    if (!note("checkout", "checkout: POST /store/carts", created)) return fail()
    const cartId = json(created).cart.id
    const line = await send(`${proxyUrl}/store/carts/${cartId}/line-items`, { method: "POST", headers: store, body: { variant_id: variant.variant_id, quantity } })
    if (line.status !== 200 && refusal(line, variant, quantity, "line-items")) return void note("checkout", "checkout: POST line-items (refused: out of stock)", line, [line.status])
    if (!note("checkout", "checkout: POST /store/carts/{id}/line-items", line)) return fail()
    const options = await send(`${proxyUrl}/store/shipping-options?cart_id=${cartId}`, { headers: store })
    if (!note("checkout", "checkout: GET /store/shipping-options", options)) return fail()
    const cheapest = (json(options).shipping_options ?? []).sort((a, b) => (a.amount ?? 0) - (b.amount ?? 0))[0]
    if (!cheapest) {
      if (problems.length < 50) problems.push({ label: "checkout: no shipping option", body: options.body.slice(0, 300) })
      return fail()
    }
    const method = await send(`${proxyUrl}/store/carts/${cartId}/shipping-methods`, { method: "POST", headers: store, body: { option_id: cheapest.id } })
    if (!note("checkout", "checkout: POST /store/carts/{id}/shipping-methods", method)) return fail()
    const placed = await send(`${proxyUrl}/store/carts/${cartId}/place-order`, { method: "POST", headers: store, body: { payment_provider: "pp_system_default" } })
    if (placed.status !== 200 && refusal(placed, variant, quantity, "place-order")) return void note("checkout", "checkout: POST place-order (refused: out of stock)", placed, [placed.status])
    if (!note("checkout", "checkout: POST /store/carts/{id}/place-order", placed)) return fail()
    checkout.placed++
    checkout.placedByVariant[variant.variant_id] = (checkout.placedByVariant[variant.variant_id] ?? 0) + quantity
  }

  const kinds = Object.entries(mix)
  const total = kinds.reduce((s, [, w]) => s + w, 0)
  const choose = (random) => {
    let r = random() * total
    for (const [kind, weight] of kinds) if ((r -= weight) < 0) return kind
    return kinds.at(-1)[0]
  }
  const runners = { scan, browse, checkout: buy }

  const started = performance.now()
  const deadline = started + seconds * 1000
  let done = 0
  const ticker = setInterval(() => {
    const elapsed = (performance.now() - started) / 1000
    log(`${elapsed.toFixed(0)} s: ${done} operations (scan ${ops.scan}, browse ${ops.browse}, checkout ${ops.checkout}), orders ${checkout.placed}, refused ${checkout.refused}, problems ${problems.length}`)
    onTick?.()
  }, 15_000)
  try {
    await Promise.all(
      Array.from({ length: connections }, async (_, i) => {
        const random = seededRandom(seed * 1000 + i)
        while (performance.now() < deadline) {
          const kind = choose(random)
          ops[kind]++
          await runners[kind](random)
          done++
        }
      })
    )
  } finally {
    clearInterval(ticker)
  }
  const elapsedS = (performance.now() - started) / 1000

  const byLabel = {}
  const byKind = {}
  for (const [label, { kind, times, statuses }] of requests) {
    byLabel[label] = { kind, requests: times.length, rps: +(times.length / elapsedS).toFixed(1), statuses, ...summarize(times) }
    const k = (byKind[kind] ??= { requests: 0, times: [], statuses: {} })
    k.requests += times.length
    k.times.push(...times)
    for (const [s, n] of Object.entries(statuses)) k.statuses[s] = (k.statuses[s] ?? 0) + n
  }
  for (const k of Object.values(byKind)) {
    Object.assign(k, summarize(k.times), { rps: +(k.requests / elapsedS).toFixed(1) })
    delete k.times
  }
  const allStatuses = {}
  let allRequests = 0
  for (const k of Object.values(byKind)) {
    allRequests += k.requests
    for (const [s, n] of Object.entries(k.statuses)) allStatuses[s] = (allStatuses[s] ?? 0) + n
  }
  const opsTotal = ops.scan + ops.browse + ops.checkout
  return {
    tag,
    seed,
    connections,
    seconds: +elapsedS.toFixed(1),
    operations: { ...ops, total: opsTotal, ops_per_s: +(opsTotal / elapsedS).toFixed(1) },
    split: Object.fromEntries(Object.entries(ops).map(([k, n]) => [k, +((100 * n) / Math.max(1, opsTotal)).toFixed(1)])),
    requests: { total: allRequests, rps: +(allRequests / elapsedS).toFixed(1), statuses: allStatuses },
    byKind,
    byLabel,
    scans,
    checkout,
    problems,
  }
}

/** The counts of statuses ≥ 500 and of requests that got no answer at all. */
export function serverErrors(result) {
  let fivexx = 0
  let noAnswer = 0
  for (const [status, n] of Object.entries(result.requests.statuses)) {
    if (status === "error") noAnswer += n
    else if (Number(status) >= 500) fivexx += n
  }
  return { fivexx, noAnswer }
}

/** What the database holds before a run, for `loadOutcome` to compare with. */
export async function loadBaseline(databaseUrl, fixtures) {
  const codes = allCodesOf(fixtures)
  return {
    scans: await countScans(databaseUrl, codes),
    perCode: await scansByCode(databaseUrl, codes),
    stock: await stockOf(databaseUrl, fixtures.checkout.map((v) => v.inventory_item_id)),
  }
}

export const allCodesOf = (fixtures) => [...new Set([...fixtures.scans.units, ...fixtures.scans.lots, ...fixtures.scans.short].map((t) => t.code))]

/**
 * After a run: scans stored against redirects answered (waiting for the batches), orders
 * stored against orders confirmed, and each bought variant's stock against what was
 * ordered and refused. Plain figures; the test asserts on them, the benchmark records them.
 */
export async function loadOutcome(databaseUrl, fixtures, baseline, result, { settleMs = 120_000 } = {}) {
  const codes = allCodesOf(fixtures)
  const settled = await settleScans(databaseUrl, codes, { baseline: baseline.scans, expected: result.scans.recorded, timeoutMs: settleMs })
  const perCode = await scansByCode(databaseUrl, codes)
  const scans = {
    redirects: result.scans.recorded,
    stored: settled.of_codes - baseline.scans.of_codes,
    stored_any_label: settled.total - baseline.scans.total,
    scan_count_moved: settled.aggregate - baseline.scans.aggregate,
    labels_mismatched: codes.filter((code) => (perCode[code] ?? 0) - (baseline.perCode[code] ?? 0) !== (result.scans.byCode[code] ?? 0)),
    settled_after_s: +(settled.waited_ms / 1000).toFixed(1),
  }
  const stored = await countOrders(databaseUrl, result.tag)
  const orders = { confirmed: result.checkout.placed, refused: result.checkout.refused, failed: result.checkout.failed, ...stored, quantity_confirmed: result.checkout.placedByVariant }
  const after = await stockOf(databaseUrl, fixtures.checkout.map((v) => v.inventory_item_id))
  const stock = fixtures.checkout.map((variant) => {
    const b = baseline.stock[variant.inventory_item_id]
    const a = after[variant.inventory_item_id]
    const refusals = result.checkout.refusals.filter((r) => r.variant_id === variant.variant_id)
    return {
      product: variant.product_title,
      variant: variant.variant_title,
      variant_id: variant.variant_id,
      inventory_item_id: variant.inventory_item_id,
      scarce: variant.scarce,
      before: { stocked: b.stocked, reserved: b.reserved, available: b.stocked - b.reserved },
      after: { stocked: a.stocked, reserved: a.reserved, reservations: a.reservations, available: a.stocked - a.reserved },
      levels: a.levels,
      ordered: result.checkout.placedByVariant[variant.variant_id] ?? 0,
      refused: refusals.length,
      refused_quantities: refusals.map((r) => r.quantity),
    }
  })
  return { scans, orders, stock }
}
