#!/usr/bin/env node
// Issue #3 figures: GET /producer/orders p95 with 1,000 orders of that producer among
// 50,000 in the database; village and producer pages p95 at 10 concurrent requests.
// Orders are first placed through the real checkout (POST /store/carts/:id/place-order),
// then multiplied with SQL copies of those real orders (a bench fixture: running 50,000
// checkouts would take hours), each copy linked to its producer like the original.
import pg from "pg"
import { freePort, queryRows } from "../scripts/lib/database.mjs"
import { stopAll } from "../scripts/lib/processes.mjs"
import { DEMO_PRODUCER, buildStale, launch, openDatabase, prepareDatabase } from "../scripts/lib/stack.mjs"
import { load, machine, writeResult } from "./lib/load.mjs"

const TOTAL = Number(process.env.BENCH_ORDERS || 50_000)
const MINE = Number(process.env.BENCH_MY_ORDERS || 1_000)
const duration = Number(process.env.BENCH_SECONDS || 20)
const COPIED_TABLES = ["order", "order_summary", "order_item", "order_line_item", "order_shipping"]

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${JSON.stringify(body)}`)
  return body
}

/** One real checkout: a cart with one product of `producerHandles[i]` each. */
async function placeOrder(backendUrl, key, regionId, variantIds) {
  const headers = { "x-publishable-api-key": key }
  const { cart } = await json(`${backendUrl}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: regionId }) })
  for (const variant_id of variantIds) {
    await json(`${backendUrl}/store/carts/${cart.id}/line-items`, { method: "POST", headers, body: JSON.stringify({ variant_id, quantity: 1 }) })
  }
  await json(`${backendUrl}/store/carts/${cart.id}`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      email: "bench@example.vn",
      // Official 2025 codes (checkout refuses a Vietnamese address without them): Tuyên Quang, phường Minh Xuân.
      shipping_address: { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Tân Trào", city: "Phường Minh Xuân", province: "Tỉnh Tuyên Quang", country_code: "vn", phone: "0987654321", metadata: { province_code: "08", commune_code: "02215" } },
    }),
  })
  const { shipping_options } = await json(`${backendUrl}/store/shipping-options?cart_id=${cart.id}`, { headers })
  await json(`${backendUrl}/store/carts/${cart.id}/shipping-methods`, { method: "POST", headers, body: JSON.stringify({ option_id: shipping_options[0].id }) })
  return json(`${backendUrl}/store/carts/${cart.id}/place-order`, { method: "POST", headers, body: "{}" })
}

/** Copies order `templateId` `copies` times (new ids, same content) and links each copy to `producerId`. */
async function copyOrders(client, templateId, producerId, copies) {
  const columns = {}
  for (const table of COPIED_TABLES) {
    const { rows } = await client.query("select column_name from information_schema.columns where table_name = $1 and table_schema = 'public' order by ordinal_position", [table])
    columns[table] = rows.map((r) => r.column_name).filter((c) => c !== "display_id")
  }
  const list = (table, alias, replace) => columns[table].map((c) => (replace[c] ? `${replace[c]} as "${c}"` : `${alias}."${c}"`)).join(", ")
  const names = (table) => columns[table].map((c) => `"${c}"`).join(", ")
  const suffix = `'_b' || n`
  await client.query("begin")
  await client.query(
    `insert into "order" (${names("order")}) select ${list("order", "o", { id: `o.id || ${suffix}`, created_at: `o.created_at - (n || ' minutes')::interval` })} from "order" o, generate_series(1, $2) n where o.id = $1`,
    [templateId, copies]
  )
  await client.query(
    `insert into order_summary (${names("order_summary")}) select ${list("order_summary", "s", { id: `s.id || ${suffix}`, order_id: `s.order_id || ${suffix}` })} from order_summary s, generate_series(1, $2) n where s.order_id = $1`,
    [templateId, copies]
  )
  await client.query(
    `insert into order_line_item (${names("order_line_item")}) select ${list("order_line_item", "li", { id: `li.id || ${suffix}` })} from order_line_item li join order_item oi on oi.item_id = li.id, generate_series(1, $2) n where oi.order_id = $1`,
    [templateId, copies]
  )
  await client.query(
    `insert into order_item (${names("order_item")}) select ${list("order_item", "oi", { id: `oi.id || ${suffix}`, order_id: `oi.order_id || ${suffix}`, item_id: `oi.item_id || ${suffix}` })} from order_item oi, generate_series(1, $2) n where oi.order_id = $1`,
    [templateId, copies]
  )
  await client.query(
    `insert into order_shipping (${names("order_shipping")}) select ${list("order_shipping", "os", { id: `os.id || ${suffix}`, order_id: `os.order_id || ${suffix}` })} from order_shipping os, generate_series(1, $2) n where os.order_id = $1`,
    [templateId, copies]
  )
  await client.query(
    `insert into producer_producer_order_order (id, producer_id, order_id) select 'bench_' || md5(random()::text || n), $2, $1 || ${suffix} from generate_series(1, $3) n`,
    [templateId, producerId, copies]
  )
  await client.query("commit")
}

const db = await openDatabase({ dbName: "cln_bench_orders", dirName: "bench-postgres" })
try {
  const publishableKey = await prepareDatabase(db.databaseUrl)
  await buildStale()
  const { backendUrl, storefrontUrl } = await launch({
    databaseUrl: db.databaseUrl,
    publishableKey,
    backendPort: await freePort(9500),
    storefrontPort: await freePort(8500),
    quiet: true,
  })
  const [region] = await queryRows(db.databaseUrl, "select id from region where currency_code = 'vnd' limit 1")
  const producers = await queryRows(
    db.databaseUrl,
    `select p.id, p.handle, min(v.id) as variant_id from producer p
       join producer_producer_product_product l on l.producer_id = p.id
       join product_variant v on v.product_id = l.product_id and v.deleted_at is null
       join product_variant_inventory_item pvi on pvi.variant_id = v.id
       join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.stocked_quantity > 5
     where p.status = 'approved' group by p.id, p.handle order by p.handle`
  )
  const mine = producers.find((p) => p.handle === "htx-son-tra-hong-thai")
  const others = producers.filter((p) => p !== mine)
  const [{ count: existing }] = await queryRows(db.databaseUrl, "select count(*)::int as count from producer_producer_order_order")
  if (existing < TOTAL) {
    console.error(`placing real orders, then copying them to ${TOTAL} orders (${MINE} for ${mine.handle})…`)
    const { purchase } = await placeOrder(backendUrl, publishableKey, region.id, [mine.variant_id, others[0].variant_id])
    const mineTemplate = purchase.orders.find((o) => o.producer.handle === mine.handle).id
    const otherTemplates = [{ order: purchase.orders.find((o) => o.producer.handle !== mine.handle).id, producer: others[0].id }]
    for (const other of others.slice(1, 6)) {
      const { purchase: p } = await placeOrder(backendUrl, publishableKey, region.id, [other.variant_id])
      otherTemplates.push({ order: p.orders[0].id, producer: other.id })
    }
    const client = new pg.Client({ connectionString: db.databaseUrl })
    client.on("error", (e) => console.error(`bench database connection: ${e.message}`))
    await client.connect()
    await copyOrders(client, mineTemplate, mine.id, MINE - 1)
    const rest = TOTAL - MINE - otherTemplates.length
    for (const [i, t] of otherTemplates.entries()) {
      await copyOrders(client, t.order, t.producer, Math.floor(rest / otherTemplates.length) + (i === 0 ? rest % otherTemplates.length : 0))
    }
    await client.query("analyze")
    await client.end()
  }
  const [{ count: total }] = await queryRows(db.databaseUrl, `select count(*)::int as count from "order"`)
  const [{ count: ofMine }] = await queryRows(db.databaseUrl, "select count(*)::int as count from producer_producer_order_order where producer_id = $1", [mine.id])
  console.error(`database: ${total} orders, ${ofMine} of ${mine.handle}`)

  const { token } = await json(`${backendUrl}/auth/producer/emailpass`, { method: "POST", body: JSON.stringify(DEMO_PRODUCER) })
  const auth = { authorization: `Bearer ${token}` }
  const check = await json(`${backendUrl}/producer/orders?limit=20`, { headers: auth })
  if (check.count !== ofMine || check.orders.length !== 20) throw new Error(`unexpected list: count ${check.count}, ${check.orders.length} rows`)

  const [village] = await queryRows(db.databaseUrl, "select v.handle from craft_village v join craft_village_craft_village_producer_producer l on l.craft_village_id = v.id join producer p on p.id = l.producer_id where p.handle = $1", [mine.handle])
  const targets = [
    { name: "GET /producer/orders?limit=20 (first page), 1 connection", url: `${backendUrl}/producer/orders?limit=20`, headers: auth, target: "p95 < 150 ms", connections: 1 },
    { name: "GET /producer/orders?limit=20 (first page)", url: `${backendUrl}/producer/orders?limit=20`, headers: auth, target: "p95 < 150 ms" },
    { name: "GET /producer/orders?limit=20&offset=980 (last page)", url: `${backendUrl}/producer/orders?limit=20&offset=980`, headers: auth, target: "p95 < 150 ms" },
    { name: `storefront /vi/villages/${village?.handle}`, url: `${storefrontUrl}/vi/villages/${village?.handle}`, target: "p95 < 300 ms" },
    { name: `storefront /vi/producers/${mine.handle}`, url: `${storefrontUrl}/vi/producers/${mine.handle}`, target: "p95 < 300 ms" },
  ]
  const results = []
  for (const t of targets) {
    const r = await load({ url: t.url, connections: t.connections ?? 10, duration, headers: t.headers })
    results.push({ name: t.name, target: t.target, ...r })
    console.error(`${t.name}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}`)
  }
  writeResult("producer-orders", { machine: await machine(), orders_in_database: total, orders_of_producer: ofMine, results })
} catch (e) {
  console.error(`bench failed: ${e.stack ?? e}`)
  process.exitCode = 1
} finally {
  await stopAll()
  await db.stop()
}
