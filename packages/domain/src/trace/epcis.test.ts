/// <reference types="node" />
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import fc from "fast-check"
import Ajv, { type ValidateFunction } from "ajv"
import addFormats from "ajv-formats"
import { gtinCheckDigit } from "../gtin"
import { TRACE_CODE_ALPHABET } from "./codes"
import { EPCIS_CONTEXT, epcisEventId, toEpcisDocument, uneceUnit, type EpcisLotInput } from "./epcis"
import { chainEvent, type ChainedEvent, type TraceEventContent, type TraceQuantity } from "./hash-chain"
import { CLN_EPCIS_NAMESPACE, TRACE_STEP_KEYS, stepToEventShape, type TraceStepKey } from "./steps"

/**
 * The official EPCIS 2.0 JSON schema and examples, kept unedited in the repository's
 * standards/epcis (copied from the project's shared standards folder). A missing schema
 * fails the test instead of skipping it.
 */
function standardsDir(): string {
  const dir = path.resolve(__dirname, "../../../../standards/epcis")
  if (!existsSync(path.join(dir, "EPCIS-JSON-Schema.json"))) throw new Error(`EPCIS-JSON-Schema.json not found in ${dir}`)
  return dir
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(standardsDir(), file), "utf8")) as Record<string, unknown>

let validate: ValidateFunction
const errorsOf = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`))

beforeAll(() => {
  const schema = readJson("EPCIS-JSON-Schema.json")
  // The schema is draft-07, which is Ajv's default class (not ajv/dist/2019 or 2020), with its
  // default strict checks; every format the schema names is checked by ajv-formats (full mode).
  expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#")
  const ajv = new Ajv({ allErrors: true })
  addFormats(ajv)
  validate = ajv.compile(schema)
})

const ORIGIN = "https://cholangnghe.vn"

function chainFor(lotCode: string, steps: Array<{ step: TraceStepKey; inputs?: TraceQuantity[]; outputs?: TraceQuantity[]; data?: Record<string, unknown>; place?: string; read_point?: string }>, start = Date.UTC(2025, 2, 1, 0, 30)) {
  const chain: ChainedEvent[] = []
  steps.forEach((s, i) => {
    const last = chain.at(-1)
    const content: Omit<TraceEventContent, "sequence"> = {
      lot_code: lotCode,
      ...stepToEventShape(s.step),
      step: s.step,
      event_time: new Date(start + i * 6 * 3600_000).toISOString(),
      event_time_zone_offset: "+07:00",
      read_point: s.read_point ?? null,
      biz_location: null,
      place_name: s.place ?? null,
      inputs: s.inputs ?? [],
      outputs: s.outputs ?? [],
      data: s.data ?? {},
    }
    chain.push(chainEvent(last ? { hash: last.hash, sequence: last.content.sequence } : null, content))
  })
  return chain.map((e) => ({ ...e.content, hash: e.hash, prev_hash: e.prev_hash, recorded_at: new Date(Date.parse(e.content.event_time) + 60_000).toISOString() }))
}

const teaLot: EpcisLotInput = {
  origin: ORIGIN,
  lot: { code: "TEALQT2345AB", lot_number: "HT-2025/03", gtin: "8930000000019", quantity: 40, uom: "kg", produced_at: "2025-03-02", expires_at: "2026-03-02T00:00:00Z" },
  product_title: "Chè Shan tuyết Hồng Thái",
  producer_name: "HTX Sơn Trà (demo)",
  creation_date: "2025-03-05T00:00:00.000Z",
  events: [],
}
teaLot.events = chainFor(teaLot.lot.code, [
  { step: "harvesting", outputs: [{ label: "Búp chè tươi", quantity: 200, uom: "kg" }], place: "Vùng chè VietGAP Hồng Thái", data: { photo_url: "https://cholangnghe.vn/static/harvest.jpg" } },
  { step: "withering", inputs: [{ label: "Búp chè tươi", quantity: 200, uom: "kg" }], outputs: [{ label: "Chè héo", quantity: 150, uom: "kg" }] },
  { step: "rolling", inputs: [{ label: "Chè héo", quantity: 150, uom: "kg" }], outputs: [{ label: "Chè vò", quantity: 140, uom: "kg" }], data: { note: "Vò tay", temperature_c: 28 } },
  { step: "drying", inputs: [{ label: "Chè vò", quantity: 140, uom: "kg" }], outputs: [{ label: "Chè khô", quantity: 42, uom: "kg" }] },
  { step: "inspecting", data: { note: "Đạt" } },
  { step: "packing", outputs: [{ label: "Túi 200 g", quantity: 200, uom: "túi" }] },
  { step: "shipping", outputs: [{ label: "Túi 200 g", quantity: 200, uom: "túi" }], read_point: "urn:epc:id:sgln:8930000.00001.0" },
])

const linenLot: EpcisLotInput = {
  origin: `${ORIGIN}/`,
  lot: { code: "LNNNGTAM2345", lot_number: "Lô vải tháng 3", gtin: null, quantity: 12, uom: "tấm", produced_at: null, expires_at: null },
  product_title: "Khăn lanh Lùng Tám",
  producer_name: "HTX lanh Lùng Tám (demo)",
  events: chainFor("LNNNGTAM2345", [
    { step: "receiving", outputs: [{ label: "Sợi lanh", quantity: 8, uom: "kg" }], place: "Lùng Tám, Quản Bạ" },
    { step: "spinning", inputs: [{ label: "Sợi lanh", quantity: 8, uom: "kg" }], outputs: [{ label: "Chỉ lanh", quantity: 7.5, uom: "kg" }] },
    { step: "dyeing", inputs: [{ label: "Chỉ lanh", quantity: 7.5, uom: "kg" }, { label: "Chàm", quantity: 3, uom: "lít" }] },
    { step: "weaving", outputs: [{ label: "Tấm lanh", quantity: 30, uom: "m" }] },
    { step: "other", data: { note: "Vẽ sáp ong" } },
    { step: "packing" },
  ]),
}

const hatLot: EpcisLotInput = {
  origin: ORIGIN,
  lot: { code: "NNNNHAT23456", lot_number: "..", gtin: "96385074", quantity: 100, uom: "chiếc", produced_at: "2025-01-10T00:00:00Z", expires_at: null },
  product_title: "Nón lá Minh Quang",
  producer_name: "Tổ hợp tác nón Minh Quang (demo)",
  events: chainFor("NNNNHAT23456", [{ step: "shaping" }, { step: "shipping" }]),
}

describe("EPCIS validator setup", () => {
  it.each(["example-ObjectEvent.json", "example-AggregationEvent.json", "example-TransformationEvent.json"])("accepts GS1's %s", (file) => {
    expect(errorsOf(readJson(file))).toEqual([])
  })

  it("rejects what the schema forbids (so a pass means something)", () => {
    const event = readJson("example-ObjectEvent.json")
    expect(errorsOf({ ...event, eventTimeZoneOffset: undefined })).not.toEqual([])
    expect(errorsOf({ ...event, bizStep: "harvesting" })).not.toEqual([]) // not a CBV 2.0 business step
    expect(errorsOf({ ...event, action: "UPDATE" })).not.toEqual([])
    expect(errorsOf({ ...event, eventTime: "yesterday" })).not.toEqual([]) // formats are checked
    expect(errorsOf({ ...event, myField: 1 })).not.toEqual([]) // extensions need a namespace
    const doc = toEpcisDocument(teaLot)
    expect(errorsOf({ ...doc, schemaVersion: undefined })).not.toEqual([])
  })
})

describe("toEpcisDocument", () => {
  it.each([
    ["tea with a GTIN", teaLot],
    ["hemp linen without a GTIN", linenLot],
    ["bamboo hats with a lot number unfit for a Digital Link", hatLot],
  ])("exports a valid EPCIS 2.0 document: %s", (_name, lot) => {
    const doc = toEpcisDocument(lot)
    expect(errorsOf(doc)).toEqual([])
    expect(doc["@context"]).toEqual([EPCIS_CONTEXT, expect.objectContaining({ cln: CLN_EPCIS_NAMESPACE })])
    expect(doc.type).toBe("EPCISDocument")
    expect(doc.schemaVersion).toBe("2.0")
  })

  const eventsOf = (lot: EpcisLotInput) => (toEpcisDocument(lot).epcisBody as { eventList: Array<Record<string, unknown>> }).eventList

  it("maps each craft step to its EPCIS event", () => {
    const events = eventsOf(teaLot)
    const lotClass = "https://id.gs1.org/01/08930000000019/10/HT-2025%2F03"
    expect(events.map((e) => [e.type, e.action, e.bizStep, e.disposition])).toEqual([
      ["ObjectEvent", "ADD", "commissioning", "active"],
      ["TransformationEvent", undefined, `${CLN_EPCIS_NAMESPACE}bizstep/withering`, "in_progress"],
      ["TransformationEvent", undefined, `${CLN_EPCIS_NAMESPACE}bizstep/rolling`, "in_progress"],
      ["TransformationEvent", undefined, `${CLN_EPCIS_NAMESPACE}bizstep/drying`, "in_progress"],
      ["ObjectEvent", "OBSERVE", "inspecting", undefined],
      ["AggregationEvent", "ADD", "packing", "in_progress"],
      ["ObjectEvent", "OBSERVE", "shipping", "in_transit"],
    ])
    const [harvest, withering, , , inspecting, packing, shipping] = events
    expect(harvest!.quantityList).toEqual([{ epcClass: "https://cholangnghe.vn/t/TEALQT2345AB#B%C3%BAp%20ch%C3%A8%20t%C6%B0%C6%A1i", quantity: 200, uom: "KGM" }])
    expect(harvest!.ilmd).toEqual({ "cbvmda:lotNumber": "HT-2025/03", "cbvmda:itemExpirationDate": "2026-03-02", "cln:producedAt": "2025-03-02T00:00:00.000Z" })
    expect(withering!.inputQuantityList).toEqual([{ epcClass: "https://cholangnghe.vn/t/TEALQT2345AB#B%C3%BAp%20ch%C3%A8%20t%C6%B0%C6%A1i", quantity: 200, uom: "KGM" }])
    expect(withering!.outputQuantityList).toEqual([{ epcClass: "https://cholangnghe.vn/t/TEALQT2345AB#Ch%C3%A8%20h%C3%A9o", quantity: 150, uom: "KGM" }])
    expect(inspecting!.quantityList).toEqual([{ epcClass: lotClass, quantity: 40, uom: "KGM" }])
    expect(packing!.childQuantityList).toEqual([{ epcClass: lotClass, quantity: 200 }]) // bags are counted: no uom
    expect(packing!.parentID).toBe("https://cholangnghe.vn/t/TEALQT2345AB#pack-6")
    expect(shipping!.readPoint).toEqual({ id: "urn:epc:id:sgln:8930000.00001.0" })
    expect(harvest!["cln:photo"]).toBe("https://cholangnghe.vn/static/harvest.jpg")
    expect(harvest!["cln:placeName"]).toBe("Vùng chè VietGAP Hồng Thái")
    expect(events[2]!["cln:note"]).toBe("Vò tay")
    expect(events[2]!["cln:data"]).toEqual({ temperature_c: 28 })
  })

  it("keeps the chain in the export: hash, previous hash, step and sequence of every event", () => {
    const events = eventsOf(teaLot)
    events.forEach((e, i) => {
      const stored = teaLot.events[i]!
      expect(e["cln:hash"]).toBe(stored.hash)
      expect(e["cln:prevHash"]).toBe(stored.prev_hash ?? undefined)
      expect(e["cln:step"]).toBe(stored.step)
      expect(e["cln:sequence"]).toBe(i + 1)
      expect(e.eventID).toBe(epcisEventId(stored.hash))
      expect(e.eventTime).toBe(stored.event_time)
      expect(e.recordTime).toBe(stored.recorded_at)
    })
    expect(new Set(events.map((e) => e.eventID)).size).toBe(events.length)
  })

  it("uses the short link as the lot's class without a GTIN, and when the lot number cannot be in a Digital Link", () => {
    for (const e of eventsOf(linenLot).filter((e) => e.bizStep === "packing")) {
      expect(e.childQuantityList).toEqual([{ epcClass: "https://cholangnghe.vn/t/LNNNGTAM2345", quantity: 12 }])
    }
    const shipping = eventsOf(hatLot).find((e) => e.bizStep === "shipping")!
    expect(shipping.quantityList).toEqual([{ epcClass: "https://cholangnghe.vn/t/NNNNHAT23456", quantity: 100 }])
    const dyeing = eventsOf(linenLot).find((e) => e["cln:step"] === "dyeing")!
    // Inputs without outputs still make a valid transformation: the lot's goods come out.
    expect(dyeing.outputQuantityList).toEqual([{ epcClass: "https://cholangnghe.vn/t/LNNNGTAM2345", quantity: 12 }])
    expect(dyeing.inputQuantityList).toContainEqual({ epcClass: "https://cholangnghe.vn/t/LNNNGTAM2345#Ch%C3%A0m", quantity: 3, uom: "LTR" })
  })

  it("still exports valid events from odd stored rows", () => {
    const [first] = chainFor("LNNNGTAM2345", [{ step: "other" }])
    const odd = (overrides: Partial<TraceEventContent>) => ({ ...first!, ...overrides })
    const lot: EpcisLotInput = {
      ...linenLot,
      events: [
        odd({ biz_step: "harvesting" }), // not a CBV word: becomes our URI
        odd({ biz_step: "urn:epcglobal:cbv:bizstep:shipping", disposition: "urn:epcglobal:cbv:disp:in_transit" }), // EPCIS 1.x spelling
        odd({ event_type: "TransactionEvent", action: "ADD", data: { biz_transactions: ["https://cholangnghe.vn/orders/order_01", "not a uri"] } }),
        odd({ event_type: "AssociationEvent", action: "ADD" }),
        odd({ event_type: "Nonsense" as TraceEventContent["event_type"], event_time_zone_offset: "7", disposition: "made up" }),
        odd({ event_time_zone_offset: "Z", action: "UPDATE" as TraceEventContent["action"] }),
        odd({ read_point: "Nhà văn hoá thôn", biz_location: "https://cholangnghe.vn/zones/z1" }),
      ],
    }
    const doc = toEpcisDocument(lot)
    expect(errorsOf(doc)).toEqual([])
    const [harvest, legacy, transaction, association, nonsense, utc, places] = (doc.epcisBody as { eventList: Array<Record<string, unknown>> }).eventList
    expect(harvest!.bizStep).toBe(`${CLN_EPCIS_NAMESPACE}bizstep/harvesting`)
    expect([legacy!.bizStep, legacy!.disposition]).toEqual(["shipping", "in_transit"])
    expect(transaction!.bizTransactionList).toEqual([{ bizTransaction: "https://cholangnghe.vn/orders/order_01" }])
    expect(association!.parentID).toBe("https://cholangnghe.vn/t/LNNNGTAM2345#group-1")
    expect(nonsense).toMatchObject({ type: "ObjectEvent", action: "OBSERVE", eventTimeZoneOffset: "+07:00", "cln:storedEventType": "Nonsense" })
    expect(nonsense).not.toHaveProperty("disposition")
    expect(utc).toMatchObject({ eventTimeZoneOffset: "+00:00", action: "OBSERVE" })
    expect(places).toMatchObject({ bizLocation: { id: "https://cholangnghe.vn/zones/z1" }, "cln:readPoint": "Nhà văn hoá thôn" })
    expect(places).not.toHaveProperty("readPoint")
  })

  it("reads a lot quantity stored as a numeric string", () => {
    const lot = { ...linenLot, lot: { ...linenLot.lot, quantity: "12.500" as unknown as number } }
    const packing = eventsOf(lot).find((e) => e.bizStep === "packing")!
    expect(packing.childQuantityList).toEqual([{ epcClass: "https://cholangnghe.vn/t/LNNNGTAM2345", quantity: 12.5 }])
  })

  it("gives name-based UUID URNs as event IDs", () => {
    const id = epcisEventId("a".repeat(64))
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(epcisEventId("a".repeat(64))).toBe(id)
    expect(epcisEventId("b".repeat(64))).not.toBe(id)
  })

  it("writes UN/ECE units and leaves counts without a unit", () => {
    expect(uneceUnit("kg")).toBe("KGM")
    expect(uneceUnit("Lít")).toBe("LTR")
    expect(uneceUnit("KGM")).toBe("KGM")
    expect(uneceUnit("túi")).toBeUndefined()
  })

  const SET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`
  const codeArb = fc.array(fc.constantFrom(...TRACE_CODE_ALPHABET.split("")), { minLength: 12, maxLength: 12 }).map((c) => c.join(""))
  const gtinArb = fc.constantFrom(8, 12, 13, 14).chain((n) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n - 1, maxLength: n - 1 }).map((d) => `${d.join("")}${gtinCheckDigit(d.join(""))}`)
  )
  const quantityArb = fc.record({
    label: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("Lá chè tươi", "Sợi lanh", "Chàm", "")),
    quantity: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
    uom: fc.oneof(fc.constantFrom("kg", "g", "lít", "m", "m²", "cái", "túi", "bó", "KGM", "tấn"), fc.string({ maxLength: 4 })),
  })
  // Strings that look like URIs, to probe the line between a readPoint and a plain place name.
  const uriLikeArb = fc
    .tuple(fc.constantFrom("urn", "http", "https", "a"), fc.string({ unit: fc.constantFrom(...":/?#[]@!$&'()*+,;=%-._~aZ09 é".split("")), maxLength: 16 }))
    .map(([scheme, rest]) => `${scheme}:${rest}`)
  const stepArb = fc.record({
    step: fc.constantFrom(...TRACE_STEP_KEYS),
    inputs: fc.array(quantityArb, { maxLength: 3 }),
    outputs: fc.array(quantityArb, { maxLength: 3 }),
    place: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    read_point: fc.option(fc.oneof(fc.constant("urn:epc:id:sgln:8930000.00001.0"), fc.webUrl(), fc.string({ maxLength: 20 }), uriLikeArb), {
      nil: undefined,
    }),
    data: fc.oneof(
      fc.constant({}),
      fc.record({ note: fc.string({ maxLength: 50 }) }),
      fc.record({ photo_url: fc.webUrl(), extra: fc.jsonValue({ maxDepth: 2 }) })
    ),
  })
  const lotArb: fc.Arbitrary<EpcisLotInput> = fc
    .record({
      code: codeArb,
      lot_number: fc.oneof(fc.array(fc.constantFrom(...SET_82.split("")), { minLength: 1, maxLength: 20 }).map((c) => c.join("")), fc.string({ maxLength: 30 })),
      gtin: fc.option(gtinArb, { nil: null }),
      quantity: fc.integer({ min: 1, max: 10_000 }),
      uom: fc.constantFrom("kg", "cái", "m", "hộp"),
      produced_at: fc.option(fc.constant("2025-02-01"), { nil: null }),
      expires_at: fc.option(fc.constant("2026-02-01T00:00:00.000Z"), { nil: null }),
      steps: fc.array(stepArb, { minLength: 1, maxLength: 12 }),
      start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    })
    .map(({ steps, start, ...lot }) => ({
      origin: ORIGIN,
      lot,
      product_title: "Sản phẩm làng nghề",
      producer_name: "Hộ sản xuất (demo)",
      events: chainFor(lot.code, steps, start),
    }))

  it("exports valid documents for random lots and events", () => {
    fc.assert(
      fc.property(lotArb, (lot) => {
        const doc = toEpcisDocument(lot)
        expect(errorsOf(doc)).toEqual([])
        expect((doc.epcisBody as { eventList: unknown[] }).eventList).toHaveLength(lot.events.length)
      }),
      { numRuns: 300 }
    )
  })
})
