import { describe, expect, it } from "vitest"
import type { LotEvent } from "./types"
import { brokenAt, chainState, eventsInOrder, lastPlace, lotSubject, placeSuggestions, shortHash, variantOptions } from "./view"

const event = (sequence: number, place: string | null): LotEvent => ({
  sequence,
  step: "drying",
  event_type: "TransformationEvent",
  event_time: "2026-11-29T01:00:00.000Z",
  place_name: place,
  inputs: null,
  outputs: null,
  data: null,
  hash: `hash${sequence}`,
})

const variant = (id: string, title: string, sku: string | null = null) => ({
  id,
  title,
  sku,
  barcode: null,
  prices: [],
  inventory_quantity: null,
})

describe("lot views", () => {
  it("offers each variant as a choice, naming single-variant products by the product alone", () => {
    const options = variantOptions([
      { title: "Mật ong bạc hà", variants: [variant("v3", "Default")] },
      { title: "Chè Shan tuyết", variants: [variant("v1", "Hộp 100 g", "ST-100"), variant("v2", "Hộp 200 g")] },
    ])
    expect(options.map((option) => [option.id, option.label])).toEqual([
      ["v1", "Chè Shan tuyết · Hộp 100 g"],
      ["v2", "Chè Shan tuyết · Hộp 200 g"],
      ["v3", "Mật ong bạc hà"],
    ])
    expect(options[0]?.sku).toBe("ST-100")
  })

  it("says a chain is broken only when verification failed, and empty before the first step", () => {
    expect(chainState({ event_count: 0, chain: { valid: true } })).toBe("empty")
    expect(chainState({ event_count: 2, chain: { valid: true } })).toBe("valid")
    expect(chainState({ event_count: 2, chain: { valid: false, broken_at: 1, reason: "hash_mismatch" } })).toBe("broken")
    // A lot's page sends its events rather than a count.
    expect(chainState({ events: [event(0, null)], chain: { valid: true } })).toBe("valid")
    expect(chainState({ events: [], chain: { valid: true } })).toBe("empty")
  })

  it("orders the timeline by sequence and suggests places used before, newest first", () => {
    const events = [event(2, "Xưởng sấy"), event(0, "Đồi chè"), event(1, "Xưởng sấy")]
    expect(eventsInOrder(events).map((e) => e.sequence)).toEqual([0, 1, 2])
    const zone = { id: "rmz", name: "Đồi chè Nặm Đíp", area_ha: 3, certifications: [], commune: "Hồng Thái", province: "Tuyên Quang" }
    expect(placeSuggestions({ events, zone })).toEqual(["Xưởng sấy", "Đồi chè", "Đồi chè Nặm Đíp", "Hồng Thái, Tuyên Quang"])
    expect(lastPlace({ events })).toBe("Xưởng sấy")
    expect(lastPlace({ events: [] })).toBe("")
  })

  it("names what a lot is of", () => {
    expect(lotSubject({ product: { id: "p", title: "Chè Shan tuyết" }, variant: { id: "v", title: "Hộp 100 g", sku: null } })).toBe(
      "Chè Shan tuyết · Hộp 100 g"
    )
    expect(lotSubject({ product: { id: "p", title: "Mật ong" }, variant: { id: "v", title: "Default variant", sku: null } })).toBe("Mật ong")
    expect(shortHash("0123456789abcdef")).toBe("0123456789")
  })
})

describe("a broken chain", () => {
  it("says where it breaks only with a real position", () => {
    expect(brokenAt({ valid: false, broken_at: 3, reason: "hash_mismatch" })).toBe(3)
    expect(brokenAt({ valid: false, broken_at: 0 })).toBeNull()
    expect(brokenAt({ valid: true })).toBeNull()
  })
})
