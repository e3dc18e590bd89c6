import { describe, expect, it } from "vitest"
import {
  areaMap,
  calendarDay,
  certificateStatusTone,
  formatCertificateDate,
  formatScore,
  markName,
  markKindLabel,
  markProductIds,
  productGroupLabel,
  ocopStars,
  productsByProducer,
  rightStatusTone,
} from "./view"

describe("formatCertificateDate", () => {
  it("writes day/month/year in Vietnamese", () => {
    expect(formatCertificateDate("2025-07-07", "vi")).toBe("07/07/2025")
    expect(formatCertificateDate("2024-02-29", "vi")).toBe("29/02/2024")
  })

  it("spells the month in English", () => {
    expect(formatCertificateDate("2025-07-06", "en")).toBe("Jul 6, 2025")
  })

  it("reads a timestamp as the day in Vietnam", () => {
    // 17:00 UTC on the 6th is midnight on the 7th in Vietnam.
    expect(formatCertificateDate("2025-07-06T17:00:00.000Z", "vi")).toBe("07/07/2025")
    expect(formatCertificateDate("2025-07-06T16:59:59.000Z", "vi")).toBe("06/07/2025")
    expect(formatCertificateDate("2028-07-07T00:00:00+07:00", "en")).toBe("Jul 7, 2028")
  })

  it("gives null for missing or impossible dates", () => {
    expect(formatCertificateDate(null, "vi")).toBeNull()
    expect(formatCertificateDate("", "vi")).toBeNull()
    expect(formatCertificateDate("2025-02-30", "vi")).toBeNull()
    expect(formatCertificateDate("not a date", "en")).toBeNull()
  })
})

describe("calendarDay", () => {
  it("keeps plain dates and rejects rolled-over ones", () => {
    expect(calendarDay("2023-02-24")).toBe("2023-02-24")
    expect(calendarDay("2023-02-29")).toBeNull()
  })
})

describe("ocopStars", () => {
  it("accepts whole stars from 1 to 5", () => {
    expect(ocopStars(3)).toBe(3)
    expect(ocopStars(5)).toBe(5)
    expect(ocopStars("4")).toBe(4)
  })

  it("draws nothing for anything else", () => {
    for (const value of [0, 6, 4.5, -1, "", "x", null, undefined, Number.NaN]) expect(ocopStars(value), String(value)).toBeNull()
  })
})

describe("formatScore", () => {
  it("uses the language's decimal mark", () => {
    expect(formatScore(94.9, "vi")).toBe("94,9")
    expect(formatScore("94.9", "en")).toBe("94.9")
    expect(formatScore(75, "vi")).toBe("75")
    expect(formatScore(null, "vi")).toBeNull()
  })
})

describe("markName", () => {
  it("uses the English name on English pages when there is one", () => {
    const mark = { name: "Cam sành Hàm Yên", name_en: "Hàm Yên king mandarin" }
    expect(markName(mark, "vi")).toBe("Cam sành Hàm Yên")
    expect(markName(mark, "en")).toBe("Hàm Yên king mandarin")
    expect(markName({ name: "Bưởi Soi Hà", name_en: " " }, "en")).toBe("Bưởi Soi Hà")
  })
})

describe("status tones", () => {
  it("colours certificate and right statuses", () => {
    expect(certificateStatusTone("verified")).toBe("success")
    expect(certificateStatusTone("submitted")).toBe("info")
    expect(certificateStatusTone("rejected")).toBe("danger")
    expect(certificateStatusTone("something-new")).toBe("neutral")
    expect(rightStatusTone("current")).toBe("success")
    expect(rightStatusTone("revoked")).toBe("danger")
    expect(rightStatusTone("expired")).toBe("neutral")
  })
})

describe("products of a mark's producers", () => {
  const producers = [
    { id: "p1", products: [{ id: "a", handle: "a", title: "A" }, { id: "b", handle: "b", title: "B" }] },
    { id: "p2", products: [{ id: "c", handle: "c", title: "C" }, { id: "a", handle: "a", title: "A" }] },
    { id: "p3", products: null },
  ]

  it("lists each product once, at most max", () => {
    expect(markProductIds(producers, 10)).toEqual(["a", "b", "c"])
    expect(markProductIds(producers, 2)).toEqual(["a", "b"])
  })

  it("gives each producer its cards, leaving out products no longer listed", () => {
    const grouped = productsByProducer(producers, [{ id: "c" }, { id: "a" }])
    expect(grouped.map((entry) => [entry.producer.id, entry.products.map((p) => p.id)])).toEqual([
      ["p1", ["a"]],
      ["p2", ["c", "a"]],
      ["p3", []],
    ])
  })
})

describe("areaMap", () => {
  const square = (lon: number, lat: number, size: number) => [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ]

  it("draws nothing without coordinates", () => {
    expect(areaMap(null)).toBeNull()
    expect(areaMap({ type: "FeatureCollection", features: [] })).toBeNull()
    expect(areaMap({ type: "Polygon", coordinates: [[["x", 1]]] })).toBeNull()
    expect(areaMap("Polygon")).toBeNull()
  })

  it("fits the area in the box, north up, with each commune a named closed shape", () => {
    const map = areaMap(
      {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { name: "Xã Hồng Thái" }, geometry: { type: "Polygon", coordinates: [square(105.3, 22.3, 0.1)] } },
          { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [[square(105.4, 22.4, 0.1)]] } },
        ],
      },
      { maxWidth: 400, maxHeight: 400, padding: 10 }
    )!
    expect(map).not.toBeNull()
    expect(map.width).toBeLessThanOrEqual(400)
    expect(map.height).toBeLessThanOrEqual(400)
    // Longitude is shrunk by cos(22.4°) ≈ 0.92, so the 0.2° × 0.2° box is taller than wide.
    expect(map.height).toBe(400)
    expect(map.width).toBeLessThan(map.height)
    expect(map.shapes).toHaveLength(2)
    expect(map.shapes[0]!.name).toBe("Xã Hồng Thái")
    expect(map.shapes[0]!.filled).toBe(true)
    expect(map.shapes[1]!.name).toBeNull()
    expect(map.approximate).toBe(false)
    expect(map.shapes[0]!.d).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+ Z$/)

    const numbers = map.shapes.flatMap((shape) => [...shape.d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const))
    // Within the padding, give or take the half pixel of the rounded box size.
    for (const [x, y] of numbers) {
      expect(x).toBeGreaterThanOrEqual(10 - 0.6)
      expect(x).toBeLessThanOrEqual(map.width - 10 + 0.6)
      expect(y).toBeGreaterThanOrEqual(10 - 0.6)
      expect(y).toBeLessThanOrEqual(map.height - 10 + 0.6)
    }
    // North is up: the first commune (further south) is drawn lower (larger y) than the second.
    const firstY = Number(/M[\d.]+ ([\d.]+)/.exec(map.shapes[0]!.d)![1])
    const secondY = Number(/M[\d.]+ ([\d.]+)/.exec(map.shapes[1]!.d)![1])
    expect(firstY).toBeGreaterThan(secondY)
  })

  it("notices outlines marked approximate", () => {
    const map = areaMap({
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: { name: "Vùng (xấp xỉ)", approximate: true }, geometry: { type: "Polygon", coordinates: [square(105, 22, 0.2)] } }],
    })!
    expect(map.approximate).toBe(true)
  })

  it("draws a lone point in the middle of a small box", () => {
    const map = areaMap({ type: "Point", coordinates: [105.2, 22.1] }, { maxWidth: 200, maxHeight: 200, padding: 0 })!
    expect(map.shapes).toHaveLength(0)
    expect(map.points).toEqual([{ x: 100, y: 100, name: null }])
  })

  it("draws lines unfilled", () => {
    const map = areaMap({ type: "LineString", coordinates: [[105, 22], [105.1, 22.1]] })!
    expect(map.shapes[0]!.filled).toBe(false)
    expect(map.shapes[0]!.d.endsWith("Z")).toBe(false)
  })
})

describe("labels from the domain", () => {
  it("names product groups and mark kinds in the page's language", () => {
    expect(productGroupLabel("handicrafts", "vi")).toBe("Thủ công mỹ nghệ")
    expect(productGroupLabel("drinks", "en")).toBe("Drinks")
    expect(productGroupLabel("unknown", "vi")).toBe("unknown")
    expect(productGroupLabel(null, "vi")).toBeNull()
    expect(markKindLabel("geographic_indication", "vi")).toBe("Chỉ dẫn địa lý")
    expect(markKindLabel("collective_mark", "en")).toBe("Collective mark")
  })
})
