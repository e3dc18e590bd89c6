import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test"
import pg from "pg"

/**
 * The GS1 Conformant Resolver (/01/… Digital Links and /t/… short codes) over HTTP, as a
 * phone, a browser, an app or another resolver sees it. Redirects are never followed
 * (maxRedirects: 0) so that every status and header is checked as sent.
 */

const BACKEND = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const PRODUCER = {
  email: process.env.DEMO_PRODUCER_EMAIL ?? "sontra.hongthai@example.vn",
  password: process.env.DEMO_PRODUCER_PASSWORD ?? "cholangnghe-producer",
}
// Demo data (backend/src/scripts/demo/trace-data.ts): a tea lot with a GTIN and unit serials,
// and a linen scarf lot of a product without a GTIN.
const GTIN_LOT = "HT2610-01"
const NO_GTIN_LOT = "LT2608-C"
const SHOP_HANDLE = "che-shan-tuyet-hong-thai-bup-xanh"
const UNKNOWN_GTIN = "08930000000019" // Vietnam's prefix, valid check digit, no such product
const NO_REDIRECT = { maxRedirects: 0 } as const
const LINKSET_TYPE = "application/linkset+json"
const GS1 = "https://gs1.org/voc/"

type Serial = { code: string; url: string; scan_count: number }
type Fixture = { gtin: string; lotNumber: string; lotCode: string; serials: Serial[]; noGtinLotCode: string }

let fixture: Fixture

async function producerGet<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(`${BACKEND}${path}`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200)
  return (await response.json()) as T
}

/** Codes from the demo seed, through the producer API (the demo producer's lot) and the database (another producer's). */
test.beforeAll(async ({ request }) => {
  const auth = await request.post(`${BACKEND}/auth/producer/emailpass`, { data: PRODUCER })
  expect(auth.status(), "demo producer sign-in").toBe(200)
  const { token } = (await auth.json()) as { token: string }
  const { lots } = await producerGet<{ lots: Array<{ id: string; code: string; lot_number: string }> }>(request, token, "/producer/trace/lots?limit=100")
  const lot = lots.find((l) => l.lot_number === GTIN_LOT)
  expect(lot, `demo lot ${GTIN_LOT}`).toBeTruthy()
  const { serials } = await producerGet<{ serials: Serial[] }>(request, token, `/producer/trace/lots/${lot!.id}/serials?limit=100`)
  const first = new URL(serials[0]!.url).pathname.split("/")
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ code: string }>("select code from lot where lot_number = $1 and deleted_at is null limit 1", [NO_GTIN_LOT])
    expect(rows[0], `demo lot ${NO_GTIN_LOT}`).toBeTruthy()
    // Serials from the end of the list: the trace page test takes them from the start.
    fixture = {
      gtin: first[2]!,
      lotNumber: GTIN_LOT,
      lotCode: lot!.code,
      serials: serials.filter((s) => s.scan_count === 0).reverse(),
      noGtinLotCode: rows[0]!.code,
    }
  } finally {
    await client.end()
  }
  expect(fixture.gtin).toMatch(/^0893\d{10}$/)
  expect(fixture.serials.length, "unscanned serials left in the demo lot").toBeGreaterThanOrEqual(3)
})

const lotPath = () => `/01/${fixture.gtin}/10/${fixture.lotNumber}`
const serialPath = (index: number) => `${lotPath()}/21/${fixture.serials[index]!.code}`

function expectCors(response: APIResponse) {
  const headers = response.headers()
  expect(headers["access-control-allow-origin"]).toBe("*")
  for (const method of ["GET", "HEAD", "OPTIONS"]) expect(headers["access-control-allow-methods"]).toContain(method)
  expect(headers["access-control-allow-headers"]).toBeTruthy()
  expect(headers["access-control-expose-headers"]).toContain("Link")
}

function expectLinkHeader(response: APIResponse, baseURL: string, path: string) {
  expect(response.headers()["link"]).toBe(`<${baseURL}${path}?linkType=linkset>; rel="linkset"; type="${LINKSET_TYPE}"`)
}

test.describe("syntax errors answer 400 with a readable page", () => {
  const cases: Array<[string, () => string]> = [
    ["wrong check digit", () => `/01/${fixture.gtin.slice(0, 13)}${(Number(fixture.gtin[13]) + 1) % 10}`],
    ["wrong GTIN length", () => `/01/${fixture.gtin.slice(0, 11)}`],
    ["letters in the GTIN", () => "/01/0893853201001X"],
    ["serial before lot (qualifier order 22, 10, 21)", () => `/01/${fixture.gtin}/21/S1/10/${fixture.lotNumber}`],
    ["a qualifier twice", () => `${lotPath()}/10/AGAIN`],
    ["an AI that does not qualify a GTIN", () => `/01/${fixture.gtin}/17/261231`],
    ["a qualifier without its value", () => `/01/${fixture.gtin}/10`],
    ["a lot longer than 20 characters", () => `/01/${fixture.gtin}/10/${"L".repeat(21)}`],
    ["characters outside GS1 set 82", () => `/01/${fixture.gtin}/10/L%C3%B4`],
    ["malformed percent-encoding", () => `/01/${fixture.gtin}/10/%ZZ`],
    ["bytes that are not UTF-8", () => `/01/${fixture.gtin}/10/%E0%A4%A`],
    ["a short code with look-alike characters", () => "/t/O0O0O0O0O0O0"],
    ["a short code too short", () => "/t/ABC"],
  ]
  for (const [name, path] of cases) {
    test(name, async ({ request }) => {
      const response = await request.get(path(), { ...NO_REDIRECT, headers: { "accept-language": "vi-VN" } })
      expect(response.status()).toBe(400)
      expect(response.headers()["content-type"]).toContain("text/html")
      expectCors(response)
      const html = await response.text()
      expect(html).toContain('<html lang="vi">')
      expect(html).toContain("Đường dẫn truy xuất không hợp lệ")
      expect(html).toContain("This trace link is not valid")
    })
  }
})

test("an unknown GTIN and an unknown short code answer 404 with a counterfeit warning", async ({ request, baseURL }) => {
  for (const path of [`/01/${UNKNOWN_GTIN}`, `/01/${UNKNOWN_GTIN}/10/L1/21/S1`, "/t/ZZZZZZZZZZZZ"]) {
    const response = await request.get(path, { ...NO_REDIRECT, headers: { "accept-language": "en-US,en;q=0.9" } })
    expect(response.status(), path).toBe(404)
    expectCors(response)
    const html = await response.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain("it may be counterfeit")
    expect(html).toContain("đây có thể là hàng giả")
  }
  const response = await request.get(`/01/${UNKNOWN_GTIN}`, NO_REDIRECT)
  expectLinkHeader(response, baseURL!, `/01/${UNKNOWN_GTIN}`)
})

test("a plain request redirects (307) to the trace page in the visitor's language", async ({ request, baseURL }) => {
  const vi = await request.get(lotPath(), { ...NO_REDIRECT, headers: { "accept-language": "vi-VN,vi;q=0.9" } })
  expect(vi.status()).toBe(307)
  expect(vi.headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.lotCode}`)
  expectCors(vi)
  expectLinkHeader(vi, baseURL!, lotPath())

  const en = await request.get(lotPath(), { ...NO_REDIRECT, headers: { "accept-language": "en-GB,en;q=0.8" } })
  expect(en.headers()["location"]).toBe(`${baseURL}/en/trace/${fixture.lotCode}`)

  // The language chosen on the site wins over the browser's; no preference at all is Vietnamese.
  const chosen = await request.get(lotPath(), { ...NO_REDIRECT, headers: { "accept-language": "vi-VN", cookie: "NEXT_LOCALE=en" } })
  expect(chosen.headers()["location"]).toBe(`${baseURL}/en/trace/${fixture.lotCode}`)
  const none = await request.get(lotPath(), { ...NO_REDIRECT, headers: { "accept-language": "ja-JP" } })
  expect(none.headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.lotCode}`)
})

test("a GTIN-13 resolves like its GTIN-14 and the Link header names the uncompressed URI", async ({ request, baseURL }) => {
  const gtin13 = fixture.gtin.slice(1)
  const response = await request.get(`/01/${gtin13}/10/${fixture.lotNumber}`, NO_REDIRECT)
  expect(response.status()).toBe(307)
  expect(response.headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.lotCode}`)
  expectLinkHeader(response, baseURL!, lotPath())
})

test("query parameters are passed on to the target, except linkType", async ({ request, baseURL }) => {
  const response = await request.get(`${lotPath()}?utm_source=label&note=ch%C3%A8&x=1&x=2`, NO_REDIRECT)
  expect(response.status()).toBe(307)
  expect(response.headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.lotCode}?utm_source=label&note=ch%C3%A8&x=1&x=2`)

  const typed = await request.get(`${lotPath()}?linkType=gs1:pip&utm_source=label`, NO_REDIRECT)
  expect(typed.headers()["location"]).toBe(`${baseURL}/vi/products/${SHOP_HANDLE}?utm_source=label`)
})

test("an unknown lot walks up to the product, and the trace page says the lot is unknown", async ({ request, baseURL }) => {
  const response = await request.get(`/01/${fixture.gtin}/10/NO-SUCH-LOT?ref=qr`, NO_REDIRECT)
  expect(response.status()).toBe(307)
  const location = new URL(response.headers()["location"]!)
  expect(`${location.origin}`).toBe(baseURL)
  expect(location.pathname).toMatch(/^\/vi\/trace\/[2-9A-HJ-NP-Z]{10,20}$/)
  expect(location.pathname).not.toBe(`/vi/trace/${fixture.lotCode}`)
  expect(location.searchParams.get("unknown_lot")).toBe("NO-SUCH-LOT")
  expect(location.searchParams.get("ref")).toBe("qr")

  const page = await request.get(location.toString())
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain("Nhãn ghi số lô “NO-SUCH-LOT”, nhưng lô này không có trong hệ thống")
})

test("an unknown serial walks up to its lot, and the trace page says the serial is unknown", async ({ request, baseURL }) => {
  const response = await request.get(`${lotPath()}/21/NOSUCHSERIAL1`, NO_REDIRECT)
  expect(response.status()).toBe(307)
  expect(response.headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.lotCode}?unknown_serial=NOSUCHSERIAL1`)
  const page = await request.get(response.headers()["location"]!)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain("Nhãn ghi số sê-ri “NOSUCHSERIAL1”, nhưng số sê-ri này không có trong hệ thống")
})

test("a link that tries to set the walk-up notice itself does not get it through", async ({ request, baseURL }) => {
  const response = await request.get(`${lotPath()}?unknown_lot=FAKE`, NO_REDIRECT)
  expect(response.headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.lotCode}`)
})

test("linkType picks a link: gs1:pip is the shop page, gs1:traceability the trace page", async ({ request, baseURL }) => {
  const trace = await request.get(`${lotPath()}?linkType=gs1:traceability`, { ...NO_REDIRECT, headers: { "accept-language": "en" } })
  expect(trace.status()).toBe(307)
  expect(trace.headers()["location"]).toBe(`${baseURL}/en/trace/${fixture.lotCode}`)

  // The full GS1 vocabulary URI means the same link type.
  const full = await request.get(`${lotPath()}?linkType=${encodeURIComponent(`${GS1}pip`)}`, NO_REDIRECT)
  expect(full.headers()["location"]).toBe(`${baseURL}/vi/products/${SHOP_HANDLE}`)

  // From a unit serial, the shop page is found on the product level.
  const pip = await request.get(`${serialPath(0)}?linkType=gs1:pip`, NO_REDIRECT)
  expect(pip.status()).toBe(307)
  expect(pip.headers()["location"]).toBe(`${baseURL}/vi/products/${SHOP_HANDLE}`)
  expect((await request.get(pip.headers()["location"]!)).status()).toBe(200)
})

test("a link type the item lacks answers 404: certificates until the product has some", async ({ request }) => {
  const linkset = (await (await request.get(`${lotPath()}?linkType=linkset`)).json()) as { linkset: Array<Record<string, unknown>> }
  const hasCertificates = linkset.linkset.some((level) => `${GS1}certificationInfo` in level)
  const response = await request.get(`${lotPath()}?linkType=gs1:certificationInfo`, NO_REDIRECT)
  expectCors(response)
  if (hasCertificates) {
    expect(response.status()).toBe(307)
    expect(response.headers()["location"]).toContain("#certificates")
  } else {
    expect(response.status()).toBe(404)
    const html = await response.text()
    expect(html).toContain("gs1:certificationInfo")
    expect(html).toContain("Không có thông tin loại này")
  }
  expect((await request.get(`${lotPath()}?linkType=gs1:recipeInfo`, NO_REDIRECT)).status()).toBe(404)
  expect((await request.get(`${lotPath()}?linkType=not-a-link-type`, NO_REDIRECT)).status()).toBe(400)
})

type Target = { href: string; title: string; type: string; hreflang?: string[] }

function expectLinkset(body: { linkset: Array<Record<string, unknown>> }, anchors: string[]) {
  expect(body.linkset.map((level) => level.anchor)).toEqual(anchors)
  for (const level of body.linkset) {
    const rels = Object.keys(level).filter((key) => key !== "anchor" && key !== "itemDescription")
    expect(rels).toContain(`${GS1}defaultLink`)
    expect(rels).toContain(`${GS1}traceability`)
    for (const rel of rels) {
      expect(rel.startsWith(GS1), rel).toBe(true)
      for (const target of level[rel] as Target[]) {
        expect(target.href, rel).toMatch(/^https?:\/\//)
        expect(target.type, rel).toBeTruthy()
        expect(target.title, rel).toBeTruthy()
      }
    }
    expect((level[`${GS1}defaultLink`] as Target[]).length).toBe(1)
  }
}

test("the linkset: ?linkType=linkset, its deprecated spelling and the Accept header give RFC 9264 JSON", async ({ request, baseURL }) => {
  const serial = fixture.serials[1]!.code
  const anchors = [`${baseURL}${serialPath(1)}`, `${baseURL}${lotPath()}`, `${baseURL}/01/${fixture.gtin}`]
  const gtin13Path = `/01/${fixture.gtin.slice(1)}/10/${fixture.lotNumber}/21/${serial}`
  for (const [path, headers] of [
    [`${gtin13Path}?linkType=linkset`, {}],
    [`${serialPath(1)}?linkType=all`, {}],
    [serialPath(1), { accept: LINKSET_TYPE }],
  ] as const) {
    const response = await request.get(path, { ...NO_REDIRECT, headers })
    expect(response.status(), path).toBe(200)
    expect(response.headers()["content-type"]).toContain(LINKSET_TYPE)
    expectCors(response)
    expectLinkHeader(response, baseURL!, serialPath(1))
    const body = (await response.json()) as { linkset: Array<Record<string, unknown>> }
    // Anchored on the uncompressed URI (GTIN-14) of each level, up to the GTIN.
    expectLinkset(body, anchors)
    const [unit, lot, product] = body.linkset
    expect((unit![`${GS1}defaultLink`] as Target[])[0]!.href).toBe(`${baseURL}/vi/trace/${serial}`)
    expect((lot![`${GS1}traceability`] as Target[]).map((t) => t.hreflang?.[0])).toEqual(["vi", "en"])
    expect((product![`${GS1}pip`] as Target[])[0]!.href).toBe(`${baseURL}/vi/products/${SHOP_HANDLE}`)
  }
})

test("a product without a GTIN answers on its short code, with short-link anchors", async ({ request, baseURL }) => {
  const path = `/t/${fixture.noGtinLotCode}`
  const redirect = await request.get(path, NO_REDIRECT)
  expect(redirect.status()).toBe(307)
  expect(redirect.headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.noGtinLotCode}`)
  expectLinkHeader(redirect, baseURL!, path)
  // A code typed by hand, in lowercase with dashes, is the same code.
  const typed = fixture.noGtinLotCode.toLowerCase().replace(/(.{4})(?!$)/g, "$1-")
  expect((await request.get(`/t/${typed}`, NO_REDIRECT)).headers()["location"]).toBe(`${baseURL}/vi/trace/${fixture.noGtinLotCode}`)

  const response = await request.get(path, { headers: { accept: LINKSET_TYPE } })
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { linkset: Array<Record<string, unknown>> }
  expect(body.linkset).toHaveLength(2)
  expect(body.linkset[0]!.anchor).toBe(`${baseURL}${path}`)
  expect(String(body.linkset[1]!.anchor)).toMatch(new RegExp(`^${baseURL}/t/[2-9A-HJ-NP-Z]{10,20}$`))
  expectLinkset(body, body.linkset.map((level) => String(level.anchor)))
})

test("HEAD mirrors GET without a body, OPTIONS answers the CORS preflight, and neither counts as a scan", async ({ request, baseURL }) => {
  const serial = fixture.serials[2]!.code
  const path = serialPath(2)
  const head = await request.head(path, NO_REDIRECT)
  expect(head.status()).toBe(307)
  expect(head.headers()["location"]).toBe(`${baseURL}/vi/trace/${serial}`)
  expectCors(head)
  expectLinkHeader(head, baseURL!, path)
  expect((await head.body()).length).toBe(0)

  const options = await request.fetch(path, { method: "OPTIONS", headers: { origin: "https://app.example", "access-control-request-method": "GET" } })
  expect(options.status()).toBe(204)
  expectCors(options)
  expectLinkHeader(options, baseURL!, path)

  const headMissing = await request.head(`/01/${UNKNOWN_GTIN}`, NO_REDIRECT)
  expect(headMissing.status()).toBe(404)
  expectCors(headMissing)
  const headBad = await request.head("/01/123", NO_REDIRECT)
  expect(headBad.status()).toBe(400)
  expectCors(headBad)

  // Machines reading the linkset are not people scanning the label either.
  await request.get(`${path}?linkType=linkset`)
  const page = await request.get(`/vi/trace/${serial}`)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain("Mã này chưa được quét lần nào.")
})

test("/.well-known/gs1resolver describes the resolver", async ({ request, baseURL }) => {
  const response = await request.get("/.well-known/gs1resolver")
  expect(response.status()).toBe(200)
  expect(response.headers()["content-type"]).toContain("application/json")
  expect(response.headers()["access-control-allow-origin"]).toBe("*")
  const body = (await response.json()) as { resolverRoot: string; supportedPrimaryKeys: string[]; supportedLinkType: Array<{ namespace: string }> }
  expect(body.resolverRoot).toBe(baseURL)
  expect(body.supportedPrimaryKeys).toContain("01")
  expect(body.supportedLinkType.map((l) => l.namespace)).toContain(GS1)
})

/** A small seeded PRNG (mulberry32), so a failing fuzz case can be reproduced from its seed. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function checkDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1)
  return (10 - (sum % 10)) % 10
}

/** ≥ 1,000 random and malformed resolver paths: every answer must be a 400 or a 404, never a 5xx. */
function fuzzPaths(seed: number, count: number): string[] {
  const rnd = random(seed)
  const int = (n: number) => Math.floor(rnd() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join("")
  // Prefix 899: a valid-looking GTIN that no seeded product has (the demo uses 893).
  const unknownGtin = () => {
    const body = `899${digits(10)}`
    return `${body}${checkDigit(body)}`
  }
  const anyByte = () => `%${int(256).toString(16).padStart(2, "0").toUpperCase()}`
  const junk = (n: number) =>
    Array.from({ length: n }, () => pick([anyByte(), anyByte(), String.fromCharCode(33 + int(94)), pick(["%", "%Z", "%G1", "%%", "é", "中", "\u0000"])]))
      .join("")
      .replace(/[?#/\\]/g, "")
  const value = () => pick(["L1", digits(1 + int(20)), junk(1 + int(30)), "x".repeat(21 + int(1200)), "", "%20", "..", ".", "A%2FB"])
  const generators: Array<() => string> = [
    () => `/01/${junk(1 + int(40))}`,
    () => `/01/${digits(int(30))}`,
    () => `/01/${unknownGtin().slice(0, 13)}${(Number(unknownGtin()[13]) + 1 + int(9)) % 10}`,
    () => `/01/${unknownGtin()}/${pick(["10", "21", "22", "17", "99", "01", ""])}/${value()}`,
    () => `/01/${unknownGtin()}/21/${value()}/10/${value()}`,
    () => `/01/${unknownGtin()}/10/${value()}/22/${value()}`,
    () => `/01/${unknownGtin()}/10/${value()}/10/${value()}`,
    () => `/01/${unknownGtin()}/${Array.from({ length: 1 + int(8) }, () => pick(["10", "21", "22", value()])).join("/")}`,
    () => `/01/${unknownGtin()}/10/${junk(1 + int(12))}/21/${junk(1 + int(12))}`,
    () => `/01/${unknownGtin()}${pick(["/", "//", "/10/", "/10//21/"])}`,
    () => `/01/${"9".repeat(1 + int(5000))}`,
    () => `/t/${junk(1 + int(40))}`,
    () => `/t/${Array.from({ length: 1 + int(30) }, () => pick([..."0O1Iabcxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ-_ "])).join("")}`,
    () => `/t/${"A".repeat(21 + int(3000))}`,
    () => `/t/${pick(["ZZZZZZZZZZZZ", "23456789ABCD", "22222222222222222222"])}${pick(["", "/", "/x", "/x/y"])}`,
    () => `/t/${value()}/${value()}`,
    () => `/t${pick(["", "/", "//"])}`,
    () => `/01${pick(["", "/", "//"])}`,
  ]
  const paths: string[] = []
  while (paths.length < count) {
    const path = pick(generators)()
    // The HTTP client resolves dot segments ("/t/x/.." is "/t") before sending: keep only
    // paths that still reach the resolver.
    if (/^\/(01|t)(\/|$)/.test(new URL(path, "http://fuzz.test").pathname)) paths.push(path)
  }
  return paths
}

/**
 * The final status of a path. Next.js first answers a path with duplicate or trailing
 * slashes (or a backslash) with a 308 to its clean form; that form must then be a 400 or 404.
 */
async function finalResponse(request: APIRequestContext, path: string): Promise<{ status: number; cors: string | undefined; via308: boolean }> {
  let current = path
  for (let hop = 0; hop < 4; hop++) {
    const response = await request.get(current, NO_REDIRECT)
    const location = response.headers()["location"]
    if (response.status() !== 308 || !location || !/^\/(01|t)(\/|$)/.test(new URL(location, "http://fuzz.test").pathname)) {
      return { status: response.status(), cors: response.headers()["access-control-allow-origin"], via308: hop > 0 }
    }
    current = location
  }
  return { status: 308, cors: undefined, via308: true }
}

test("fuzz: 1,200 random and malformed paths under /01/ and /t/ answer 400 or 404, never 5xx", async ({ request }) => {
  test.setTimeout(300_000)
  const seed = Number(process.env.RESOLVER_FUZZ_SEED ?? 20_261_129)
  const paths = fuzzPaths(seed, 1_200)
  const failures: string[] = []
  const seen: Record<string, number> = {}
  for (let i = 0; i < paths.length; i += 12) {
    await Promise.all(
      paths.slice(i, i + 12).map(async (path) => {
        const { status, cors, via308 } = await finalResponse(request, path)
        const key = via308 ? `308→${status}` : String(status)
        seen[key] = (seen[key] ?? 0) + 1
        if (status !== 400 && status !== 404) failures.push(`${status} ${path.slice(0, 200)}`)
        else if (cors !== "*") failures.push(`${status} without CORS ${path.slice(0, 200)}`)
      })
    )
  }
  console.log(`resolver fuzz (seed ${seed}): ${paths.length} paths, statuses ${JSON.stringify(seen)}`)
  expect(failures, `seed ${seed}`).toEqual([])
})
