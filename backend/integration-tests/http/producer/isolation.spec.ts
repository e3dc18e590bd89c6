import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, bearer, officerHeaders, registerIdentity } from "../../helpers/auth"
import { approvedProducer, imageForm, PNG_1PX, productBody, setUpMarketplace } from "./fixtures"

/**
 * The isolation matrix. Every /producer route that takes an id has a row here; a row
 * becomes a test that producer B, using producer A's id, gets the same 404 as for an id
 * that does not exist and leaves A's rows exactly as they were. The first test fails when
 * a route with an id exists under src/api/producer without a row.
 */
type Owned = { product: string; variant: string; order: string; lot: string; labelJob: string; certificate: string; mark: string }
type IdRoute = {
  method: "get" | "post" | "delete"
  /** The route as its folder names it, with :params. */
  template: string
  path: (ids: Owned) => string
  /** The id the route names, which its 404 message may repeat. */
  id: (ids: Owned) => string
  body?: (ids: Owned) => Record<string, unknown>
  /**
   * What A, the owner, gets for the same request: proof that the 404 is about ownership.
   * null where A's request needs more than these fixtures hold (says why).
   */
  owner: { status: number; message?: RegExp } | { skip: string }
}

const ID_ROUTES: IdRoute[] = [
  {
    method: "get",
    template: "/producer/products/:id",
    path: (a) => `/producer/products/${a.product}`,
    id: (a) => a.product,
    owner: { status: 200 },
  },
  {
    method: "post",
    template: "/producer/products/:id",
    path: (a) => `/producer/products/${a.product}`,
    id: (a) => a.product,
    body: (a) => ({ title_vi: "Sản phẩm bị sửa", variants: [{ id: a.variant, price_vnd: 1000, stock: 0 }] }),
    owner: { status: 200 },
  },
  {
    method: "post",
    template: "/producer/products/:id/status",
    path: (a) => `/producer/products/${a.product}/status`,
    id: (a) => a.product,
    body: () => ({ status: "published" }),
    owner: { status: 200 },
  },
  {
    method: "delete",
    template: "/producer/products/:id",
    path: (a) => `/producer/products/${a.product}`,
    id: (a) => a.product,
    owner: { status: 200 },
  },
  {
    method: "get",
    template: "/producer/orders/:id",
    path: (a) => `/producer/orders/${a.order}`,
    id: (a) => a.order,
    owner: { status: 200 },
  },
  {
    method: "post",
    template: "/producer/orders/:id/ship",
    path: (a) => `/producer/orders/${a.order}/ship`,
    id: (a) => a.order,
    body: () => ({ carrier: "ghn", tracking_number: "GHN123456789" }),
    owner: { skip: "shipping needs a checkout order with a shipping method; the orders tests ship real orders" },
  },
  {
    method: "post",
    template: "/producer/orders/:id/deliver",
    path: (a) => `/producer/orders/${a.order}/deliver`,
    id: (a) => a.order,
    body: () => ({}),
    // A's order is not shipped yet: refused for that reason, not as "not found".
    owner: { status: 400, message: /Ship this order/ },
  },
  { method: "get", template: "/producer/trace/lots/:id", path: (a) => `/producer/trace/lots/${a.lot}`, id: (a) => a.lot, owner: { status: 200 } },
  {
    method: "post",
    template: "/producer/trace/lots/:id/events",
    path: (a) => `/producer/trace/lots/${a.lot}/events`,
    id: (a) => a.lot,
    body: () => ({ step: "packing", note: "Ghi đè" }),
    owner: { status: 201 },
  },
  { method: "get", template: "/producer/trace/lots/:id/serials", path: (a) => `/producer/trace/lots/${a.lot}/serials`, id: (a) => a.lot, owner: { status: 200 } },
  {
    method: "post",
    template: "/producer/trace/lots/:id/serials",
    path: (a) => `/producer/trace/lots/${a.lot}/serials`,
    id: (a) => a.lot,
    body: () => ({ count: 2 }),
    owner: { status: 201 },
  },
  { method: "get", template: "/producer/trace/lots/:id/labels", path: (a) => `/producer/trace/lots/${a.lot}/labels?format=svg`, id: (a) => a.lot, owner: { status: 200 } },
  { method: "get", template: "/producer/trace/lots/:id/epcis", path: (a) => `/producer/trace/lots/${a.lot}/epcis`, id: (a) => a.lot, owner: { status: 200 } },
  {
    method: "get",
    template: "/producer/trace/label-jobs/:id",
    path: (a) => `/producer/trace/label-jobs/${a.labelJob}`,
    id: (a) => a.labelJob,
    owner: { status: 200 },
  },
  {
    method: "get",
    template: "/producer/certificates/:id",
    path: (a) => `/producer/certificates/${a.certificate}`,
    id: (a) => a.certificate,
    owner: { status: 200 },
  },
  {
    method: "post",
    template: "/producer/products/:id/marks",
    path: (a) => `/producer/products/${a.product}/marks`,
    id: (a) => a.product,
    body: (a) => ({ mark_id: a.mark }),
    owner: { status: 200 },
  },
  {
    method: "delete",
    template: "/producer/products/:id/marks/:mark_id",
    path: (a) => `/producer/products/${a.product}/marks/${a.mark}`,
    id: (a) => a.product,
    owner: { status: 200 },
  },
]

function day(offset: number) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
}

/** Routes that list the signed-in producer's rows: B's answers must not mention any id of A's. */
const LIST_ROUTES = [
  "/producer/products",
  "/producer/products?status=draft",
  "/producer/products?q=Shan",
  "/producer/products?q=Chè&status=published",
  "/producer/orders",
  "/producer/dashboard",
  `/producer/settlements?from=${day(-1)}&to=${day(1)}`,
  "/producer/trace/lots",
  "/producer/trace/zones",
  "/producer/trace/scans",
  "/producer/certificates",
  "/producer/mark-rights",
]

const MISSING: Owned = {
  product: "prod_01JNOTAPRODUCT0000000000000",
  variant: "variant_01JNOTAVARIANT000000000000",
  order: "order_01JNOTANORDER00000000000000",
  lot: "lot_01JNOTALOT000000000000000000",
  labelJob: "lbljob_01JNOTALABELJOB00000000000",
  certificate: "ocop_01JNOTACERTIFICATE0000000000",
  mark: "gmark_01JNOTAMARK0000000000000000",
}

/** Every (method, path) under src/api/producer whose path has a [param]. */
function idRoutesOnDisk(): string[] {
  const root = join(process.cwd(), "src", "api", "producer")
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const folder = relative(root, dir).split(sep).filter(Boolean)
        if (!folder.some((part) => part.startsWith("["))) continue
        const template = `/producer/${folder.map((p) => p.replace(/^\[(.+)\]$/, ":$1")).join("/")}`
        const source = readFileSync(full, "utf8")
        for (const [, method] of source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) {
          found.push(`${method} ${template}`)
        }
      }
    }
  }
  walk(root)
  return found.sort()
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: Awaited<ReturnType<typeof approvedProducer>>
    let b: Awaited<ReturnType<typeof approvedProducer>>
    let aIds: Owned
    let aProductIds: string[]
    let bProductId: string
    let aZoneId: string

    beforeEach(async () => {
      const container = getContainer()
      await setUpMarketplace(container)
      const officer = await officerHeaders(container)
      a = await approvedProducer(api, officer, "htx-che-hong-thai", "a@example.vn")
      b = await approvedProducer(api, officer, "ho-mat-ong-meo-vac", "b@example.vn")
      const draft = (await api.post("/producer/products", productBody(), a.auth)).data.product
      const published = (
        await api.post(
          "/producer/products",
          productBody({ title_vi: "Hồng trà Shan tuyết", status: "published", variants: [{ title_vi: "Hộp 100 g", sku: "HONG-100", price_vnd: 150000, stock: 8 }] }),
          a.auth
        )
      ).data.product
      // An order of A's (as checkout links each order to its producer).
      const { data: [region] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "region",
        fields: ["id"],
        filters: { currency_code: "vnd" },
      })
      const { result: order } = await createOrderWorkflow(container).run({
        input: {
          region_id: region!.id,
          email: "buyer@example.vn",
          currency_code: "vnd",
          items: [{ title: "Chè Shan tuyết Hồng Thái", quantity: 2, unit_price: 120000 }],
          shipping_address: { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Tân Trào", city: "Tuyên Quang", country_code: "vn" },
        },
      })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        producer: { producer_id: a.id },
        [Modules.ORDER]: { order_id: order.id },
      })
      // A's lot with one event, two serials and a finished label job, and a raw-material zone.
      const zone = (await api.post("/producer/trace/zones", { name: "Đồi chè A", certifications: ["VietGAP"] }, a.auth)).data.zone
      const lot = (await api.post("/producer/trace/lots", { variant_id: draft.variants[0].id, quantity: 10, zone_id: zone.id }, a.auth)).data.lot
      await api.post(`/producer/trace/lots/${lot.id}/events`, { step: "harvesting", note: "Hái sáng" }, a.auth)
      await api.post(`/producer/trace/lots/${lot.id}/serials`, { count: 2 }, a.auth)
      const job = (await api.post("/producer/trace/label-jobs", { lot_id: lot.id, include_serials: true, size: "30x40" }, a.auth)).data.job
      for (let i = 0; i < 100; i++) {
        if ((await api.get(`/producer/trace/label-jobs/${job.id}`, a.auth)).data.job.status === "done") break
        await new Promise((r) => setTimeout(r, 100))
      }
      // An OCOP certificate of A's, and a collective mark A holds a right to use.
      const evidence = (await api.post("/producer/uploads", imageForm([{ name: "qd.png", type: "image/png", bytes: PNG_1PX }]), a.auth)).data.files[0].url
      const certificate = (
        await api.post(
          "/producer/certificates",
          {
            product_id: draft.id,
            product_group: "drinks",
            score: 72,
            decision_number: "512/QĐ-UBND",
            decision_date: day(-30),
            issuing_level: "province",
            issuing_body: "UBND tỉnh Tuyên Quang",
            evidence_url: evidence,
          },
          a.auth
        )
      ).data.certificate
      const mark = (
        await api.post(
          "/admin/geo-marks",
          { handle: "che-hong-thai", kind: "collective_mark", name: "Chè Hồng Thái", product_name: "Chè", managing_body: "Hội chè Hồng Thái" },
          officer
        )
      ).data.geo_mark
      await api.post(`/admin/geo-marks/${mark.id}/rights`, { producer_id: a.id, granted_at: day(-10) }, officer)
      aZoneId = zone.id
      aIds = { product: draft.id, variant: draft.variants[0].id, order: order.id, lot: lot.id, labelJob: job.id, certificate: certificate.id, mark: mark.id }
      aProductIds = [draft.id, published.id]
      bProductId = (
        await api.post(
          "/producer/products",
          productBody({ title_vi: "Mật ong bạc hà", craft: "honey", images: ["http://localhost:9000/static/mat.png"], variants: [{ title_vi: "Chai 500 ml", sku: "MAT-500", price_vnd: 300000, stock: 4 }] }),
          b.auth
        )
      ).data.product.id
    })

    /** Every row of A's products and order and what hangs off them, as stored. */
    const snapshotOfA = async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = (table: string, column: string, values: string[]) => pg(table).whereIn(column, values).orderBy("id")
      const productIds = aProductIds
      const products = await rows("product", "id", productIds)
      const variants = await rows("product_variant", "product_id", productIds)
      const variantIds = variants.map((v: { id: string }) => v.id)
      const optionLinks = await rows("product_product_option", "product_id", productIds)
      const priceLinks = await rows("product_variant_price_set", "variant_id", variantIds)
      const inventoryLinks = await rows("product_variant_inventory_item", "variant_id", variantIds)
      const itemIds = inventoryLinks.map((l: { inventory_item_id: string }) => l.inventory_item_id)
      const orderIds = [aIds.order]
      const orderItems = await rows("order_item", "order_id", orderIds)
      return {
        products,
        variants,
        optionLinks,
        options: await rows("product_option", "id", optionLinks.map((l: { product_option_id: string }) => l.product_option_id)),
        images: await rows("image", "product_id", productIds),
        categories: await pg("product_category_product").whereIn("product_id", productIds).orderBy(["product_id", "product_category_id"]),
        channels: await rows("product_sales_channel", "product_id", productIds),
        owner: await rows("producer_producer_product_product", "product_id", productIds),
        priceLinks,
        prices: await rows("price", "price_set_id", priceLinks.map((l: { price_set_id: string }) => l.price_set_id)),
        inventoryLinks,
        items: await rows("inventory_item", "id", itemIds),
        levels: await rows("inventory_level", "inventory_item_id", itemIds),
        translations: await rows("translation", "reference_id", [...productIds, ...variantIds]),
        orders: await rows("order", "id", orderIds),
        orderItems,
        lineItems: await rows("order_line_item", "id", orderItems.map((i: { item_id: string }) => i.item_id)),
        orderSummaries: await rows("order_summary", "order_id", orderIds),
        orderChanges: await rows("order_change", "order_id", orderIds),
        orderFulfillments: await rows("order_fulfillment", "order_id", orderIds),
        orderOwner: await rows("producer_producer_order_order", "order_id", orderIds),
        lots: await rows("lot", "id", [aIds.lot]),
        traceEvents: await rows("trace_event", "lot_id", [aIds.lot]),
        traceCodes: await rows("trace_code", "lot_id", [aIds.lot]),
        labelJobs: await rows("label_job", "lot_id", [aIds.lot]),
        zones: await rows("raw_material_zone", "id", [aZoneId]),
        certificates: await rows("ocop_certificate", "id", [aIds.certificate]),
        claims: await pg("product_product_geo_indication_geo_mark").whereIn("product_id", productIds).orderBy("id"),
      }
    }

    const send = (route: IdRoute, ids: Owned, auth: object) => {
      const url = route.path(ids)
      if (route.method === "get") return attempt(api.get(url, auth))
      if (route.method === "delete") return attempt(api.delete(url, auth))
      return attempt(api.post(url, route.body?.(ids) ?? {}, auth))
    }

    it("has a row for every /producer route that takes an id", () => {
      const inTable = [...new Set(ID_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.template}`))].sort()
      const onDisk = idRoutesOnDisk()
      const missing = onDisk.filter((r) => !inTable.includes(r))
      expect(missing, `add rows to ID_ROUTES for: ${missing.join(", ")}`).toEqual([])
      expect(inTable.filter((r) => !onDisk.includes(r)), "rows for routes that no longer exist").toEqual([])
    })

    describe.each(ID_ROUTES)("$method $template", (route) => {
      it("answers B with the 404 of a missing id for A's id, changes nothing, and still works for A", async () => {
        const before = await snapshotOfA()
        expect(before.products).toHaveLength(2)
        expect(before.orders).toHaveLength(1)

        const foreign = await send(route, aIds, b.auth)
        const missing = await send(route, MISSING, b.auth)
        expect(foreign.status, JSON.stringify(foreign.data)).toBe(404)
        expect(missing.status, JSON.stringify(missing.data)).toBe(404)
        const shape = (res: any, ids: Owned) => ({
          type: res.data.type,
          message: String(res.data.message).replaceAll(route.id(ids), "<id>"),
        })
        expect(shape(foreign, aIds)).toEqual(shape(missing, MISSING))
        expect(String(foreign.data.message)).not.toMatch(/belong|owner|another producer|forbidden/i)

        expect(await snapshotOfA()).toEqual(before)

        // The same request from A, the owner, gets past ownership.
        if ("skip" in route.owner) {
          console.log(`owner control skipped for ${route.method.toUpperCase()} ${route.template}: ${route.owner.skip}`)
          return
        }
        const own = await send(route, aIds, a.auth)
        expect(own.status, JSON.stringify(own.data)).toBe(route.owner.status)
        if (route.owner.message) expect(String(own.data.message)).toMatch(route.owner.message)
      })
    })

    it("rejects A's variant ids inside B's own product update, changing nothing of A's", async () => {
      const before = await snapshotOfA()
      const res = await attempt(
        api.post(`/producer/products/${bProductId}`, { variants: [{ id: aIds.variant, price_vnd: 1000, stock: 0 }] }, b.auth)
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/not a variant of this product/)
      const missing = await attempt(
        api.post(`/producer/products/${bProductId}`, { variants: [{ id: MISSING.variant, price_vnd: 1000, stock: 0 }] }, b.auth)
      )
      expect(String(missing.data.message).replaceAll(MISSING.variant, "<id>")).toBe(String(res.data.message).replaceAll(aIds.variant, "<id>"))
      expect(await snapshotOfA()).toEqual(before)
    })

    it("never lists A's products or orders to B", async () => {
      const aVariantIds = (await snapshotOfA()).variants.map((v: { id: string }) => v.id)
      const lotCode = (await snapshotOfA()).lots[0].code
      const idsOfA = [...aProductIds, ...aVariantIds, aIds.order, aIds.lot, lotCode, aZoneId, aIds.certificate]
      for (const url of LIST_ROUTES) {
        const res = await attempt(api.get(url, b.auth))
        expect(res.status, url).toBe(200)
        const body = JSON.stringify(res.data)
        expect(idsOfA.filter((id) => body.includes(id)), url).toEqual([])
      }
      expect((await api.get("/producer/products", b.auth)).data.products.map((p: any) => p.id)).toEqual([bProductId])
      expect((await api.get("/producer/orders", b.auth)).data.count).toBe(0)
      // A's own lists do hold them, so the filters above are not simply empty.
      const forA = (await api.get("/producer/products", a.auth)).data.products.map((p: any) => p.id)
      expect(forA.sort()).toEqual([...aProductIds].sort())
      expect((await api.get("/producer/orders", a.auth)).data.orders.map((o: any) => o.id)).toEqual([aIds.order])
    })

    it("refuses B a lot on A's variant, a label job on A's lot and A's zone in B's lot, changing nothing of A's", async () => {
      const before = await snapshotOfA()
      const onA = await attempt(api.post("/producer/trace/lots", { variant_id: aIds.variant, quantity: 5 }, b.auth))
      const onMissing = await attempt(api.post("/producer/trace/lots", { variant_id: MISSING.variant, quantity: 5 }, b.auth))
      expect(onA.status).toBe(404)
      expect(String(onA.data.message).replaceAll(aIds.variant, "<id>")).toBe(String(onMissing.data.message).replaceAll(MISSING.variant, "<id>"))
      const job = await attempt(api.post("/producer/trace/label-jobs", { lot_id: aIds.lot, count: 5 }, b.auth))
      expect(job.status).toBe(404)
      const bVariant = (await api.get(`/producer/products/${bProductId}`, b.auth)).data.product.variants[0].id
      const withAZone = await attempt(api.post("/producer/trace/lots", { variant_id: bVariant, quantity: 5, zone_id: aZoneId }, b.auth))
      expect(withAZone.status).toBe(400)
      expect(withAZone.data.message).toMatch(/not one of yours/)
      expect(await snapshotOfA()).toEqual(before)
    })

    it("refuses a producer token on /admin routes", async () => {
      const requests = [
        () => api.get("/admin/products", a.auth),
        () => api.get(`/admin/products/${aIds.product}`, a.auth),
        () => api.post(`/admin/products/${aIds.product}`, { title: "x" }, a.auth),
        () => api.get("/admin/producers", a.auth),
        () => api.get("/admin/orders", a.auth),
      ]
      for (const request of requests) expect((await attempt(request())).status).toBe(401)
    })

    it("refuses customer tokens and requests without a token on every /producer route", async () => {
      const customer = bearer(await registerIdentity(api, "customer", "buyer@example.vn"))
      const before = await snapshotOfA()
      for (const auth of [customer, {}]) {
        for (const route of ID_ROUTES) {
          const res = await send(route, aIds, auth)
          expect(res.status, `${route.method} ${route.template}`).toBe(401)
        }
        for (const url of LIST_ROUTES) expect((await attempt(api.get(url, auth))).status, url).toBe(401)
        expect((await attempt(api.post("/producer/products", productBody({ variants: [{ title_vi: "X", price_vnd: 1, stock: 1 }] }), auth))).status).toBe(401)
        const form = imageForm([{ name: "a.png", type: "image/png", bytes: PNG_1PX }])
        expect((await attempt(api.post("/producer/uploads", form, auth))).status).toBe(401)
        expect((await attempt(api.get("/producer/me", auth))).status).toBe(401)
      }
      expect(await snapshotOfA()).toEqual(before)
    })
  },
})
