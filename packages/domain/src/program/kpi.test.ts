import { describe, expect, it } from "vitest"
import fc from "fast-check"
import {
  atRiskCrafts,
  checkVillageFigures,
  computeProgramKpis,
  computeProgramKpisBy,
  CRAFT_VILLAGE_STATUSES,
  kpiPercent,
  meetsTarget,
  numeratorNeeded,
  PROGRAM_KPI_IDS,
  PROGRAM_KPIS,
  type ProgramKpiId,
  type ProgramKpiSummary,
  type ProgramVillage,
} from "./kpi"

function village(handle: string, overrides: Partial<ProgramVillage> = {}): ProgramVillage {
  return {
    handle,
    name: `Làng ${handle}`,
    commune: "xã Hồng Thái",
    crafts: ["tea"],
    status: "effective",
    households: 10,
    workers: 20,
    workers_trained: 20,
    households_env_compliant: 10,
    tourism: false,
    decision_date: "2019-05-10",
    has_current_ocop_product: true,
    has_protected_mark_product: true,
    ...overrides,
  }
}

const kpi = (summary: ProgramKpiSummary, id: ProgramKpiId) => summary.kpis.find((k) => k.id === id)!

describe("PROGRAM_KPIS", () => {
  it("lists the plan's targets once each, in both languages, with whole-percent targets", () => {
    expect(PROGRAM_KPIS.map((k) => k.id)).toEqual([...PROGRAM_KPI_IDS])
    for (const k of PROGRAM_KPIS) {
      expect(k.label.vi && k.label.en && k.source.vi && k.source.en).toBeTruthy()
      if (k.target) expect(Number.isInteger(k.target.percent)).toBe(true)
    }
    const targets = Object.fromEntries(PROGRAM_KPIS.map((k) => [k.id, k.target && [k.target.comparison, k.target.percent]]))
    expect(targets).toEqual({
      villages_effective: ["greater_than", 80],
      villages_with_ocop_product: ["at_least", 100],
      villages_with_protected_mark: ["at_least", 80],
      workers_trained: ["at_least", 100],
      households_env_compliant: ["at_least", 100],
      crafts_at_risk: null,
      villages_recognised: null,
      villages_with_tourism: null,
    })
  })
})

describe("computeProgramKpis", () => {
  const eight = (effective: number) =>
    Array.from({ length: 8 }, (_, i) => village(`v${i + 1}`, { status: i < effective ? "effective" : "struggling" }))

  it("reads 6 of 8 effective villages as 75%, short of over 80%, needing 1 more (the issue's example)", () => {
    const result = kpi(computeProgramKpis(eight(6), { year: 2026 }), "villages_effective")
    expect(result.value).toEqual({ numerator: 6, denominator: 8, percent: 75 })
    expect(result.status).toBe("short")
    expect(result.gap).toEqual({
      count: 1,
      message: { vi: "Cần thêm 1 làng hoạt động hiệu quả", en: "1 more effective village needed" },
    })
    expect(result.lagging_villages).toEqual(["v7", "v8"])
  })

  it("meets the target at 7 of 8 (87.5%)", () => {
    const result = kpi(computeProgramKpis(eight(7), { year: 2026 }), "villages_effective")
    expect(result.value.percent).toBe(87.5)
    expect(result.status).toBe("met")
    expect(result.gap).toBeNull()
  })

  it("treats exactly 80% as short of 'over 80%' but as meeting an 80% target", () => {
    const villages = Array.from({ length: 10 }, (_, i) =>
      village(`v${i}`, { status: i < 8 ? "effective" : "dormant", has_protected_mark_product: i < 8 })
    )
    const summary = computeProgramKpis(villages, { year: 2026 })
    expect(kpi(summary, "villages_effective").status).toBe("short")
    expect(kpi(summary, "villages_effective").gap?.count).toBe(1)
    expect(kpi(summary, "villages_with_protected_mark").status).toBe("met")
  })

  it("says 'no data' for every figure when there are no villages, never dividing by zero", () => {
    const summary = computeProgramKpis([], { year: 2026 })
    expect(summary.village_count).toBe(0)
    for (const result of summary.kpis) {
      expect(result.status).toBe("no_data")
      expect(result.value).toEqual({ numerator: 0, denominator: 0, percent: null })
      expect(result.gap).toBeNull()
    }
  })

  it("counts villages with no workers without dividing by zero", () => {
    const none = computeProgramKpis([village("a", { workers: 0, workers_trained: 0 })], { year: 2026 })
    expect(kpi(none, "workers_trained").status).toBe("no_data")
    expect(kpi(none, "workers_trained").value.percent).toBeNull()

    const mixed = computeProgramKpis(
      [village("a", { workers: 0, workers_trained: 0 }), village("b", { workers: 40, workers_trained: 30 })],
      { year: 2026 }
    )
    expect(kpi(mixed, "workers_trained").value).toEqual({ numerator: 30, denominator: 40, percent: 75 })
    expect(kpi(mixed, "workers_trained").gap?.message.en).toBe("10 more trained workers needed")
    expect(kpi(mixed, "workers_trained").lagging_villages).toEqual(["b"])
  })

  it("flags more trained workers than workers and leaves that village out instead of capping it", () => {
    const summary = computeProgramKpis(
      [village("ok", { workers: 100, workers_trained: 90 }), village("typo", { workers: 50, workers_trained: 500 })],
      { year: 2026 }
    )
    const trained = kpi(summary, "workers_trained")
    expect(trained.value).toEqual({ numerator: 90, denominator: 100, percent: 90 })
    expect(trained.data_errors).toHaveLength(1)
    expect(trained.data_errors[0]).toMatchObject({ village: "typo", code: "workers_trained_exceeds_workers", field: "workers_trained" })
    expect(trained.data_errors[0]?.message.vi).toContain("500")
    expect(summary.data_errors.map((e) => e.code)).toEqual(["workers_trained_exceeds_workers"])
    // The other figures still count the village.
    expect(kpi(summary, "households_env_compliant").value.denominator).toBe(20)
    expect(kpi(summary, "villages_effective").value.denominator).toBe(2)
  })

  it("flags compliant households above households, and figures that are not counts", () => {
    expect(checkVillageFigures(village("a", { households: 5, households_env_compliant: 6 })).map((e) => e.code)).toEqual([
      "households_env_compliant_exceeds_households",
    ])
    expect(checkVillageFigures(village("b", { workers: -1 })).map((e) => [e.code, e.field])).toEqual([["not_a_count", "workers"]])
    expect(checkVillageFigures(village("c", { households: 2.5 })).map((e) => [e.code, e.field])).toEqual([["not_a_count", "households"]])
    expect(checkVillageFigures(village("d"))).toEqual([])
  })

  it("never shows 100% for 9,996 trained of 10,000: it is short by 4", () => {
    const summary = computeProgramKpis([village("a", { workers: 10_000, workers_trained: 9_996 })], { year: 2026 })
    const trained = kpi(summary, "workers_trained")
    expect(trained.value.percent).toBe(99.9)
    expect(trained.status).toBe("short")
    expect(trained.gap).toEqual({ count: 4, message: { vi: "Cần thêm 4 lao động được đào tạo", en: "4 more trained workers needed" } })
  })

  it("writes large gaps the way each language groups digits", () => {
    const summary = computeProgramKpis([village("a", { workers: 5_000, workers_trained: 3_800 })], { year: 2026 })
    expect(kpi(summary, "workers_trained").gap?.message).toEqual({
      vi: "Cần thêm 1.200 lao động được đào tạo",
      en: "1,200 more trained workers needed",
    })
  })

  it("counts OCOP and protected-mark villages from the flags the caller worked out", () => {
    const summary = computeProgramKpis(
      [village("a"), village("b", { has_current_ocop_product: false }), village("c", { has_protected_mark_product: false })],
      { year: 2026 }
    )
    expect(kpi(summary, "villages_with_ocop_product")).toMatchObject({
      value: { numerator: 2, denominator: 3, percent: 66.7 },
      status: "short",
      gap: { count: 1 },
      lagging_villages: ["b"],
    })
    // 2 of 3 is 66.7%, short of 80%: 3 of 3 is the next step.
    expect(kpi(summary, "villages_with_protected_mark").gap?.count).toBe(1)
  })

  it("tracks tourism, villages recognised in the chosen year and crafts at risk", () => {
    const summary = computeProgramKpis(
      [
        village("a", { tourism: true, decision_date: "2026-03-01", crafts: ["tea", "food"] }),
        village("b", { decision_date: "2025-12-31", status: "at_risk", crafts: ["brocade"] }),
        village("c", { decision_date: null, status: "dormant", crafts: ["brocade", "hemp_linen"] }),
        village("d", { tourism: true, crafts: ["tea"] }),
      ],
      { year: 2026 }
    )
    expect(kpi(summary, "villages_with_tourism")).toMatchObject({ value: { numerator: 2, denominator: 4, percent: 50 }, status: "tracked", gap: null })
    expect(kpi(summary, "villages_recognised").value).toEqual({ numerator: 1, denominator: 4, percent: 25 })
    const crafts = kpi(summary, "crafts_at_risk")
    expect(crafts.status).toBe("tracked")
    expect(crafts.value).toEqual({ numerator: 2, denominator: 4, percent: 50 })
    expect(crafts.at_risk_crafts).toEqual([
      { craft: "brocade", at_risk: ["b"], dormant: ["c"], villages: 2 },
      { craft: "hemp_linen", at_risk: [], dormant: ["c"], villages: 1 },
    ])
  })

  it("gives met, short and no_data only to targeted figures and tracked only to the others", () => {
    const statuses = fc.constantFrom(...CRAFT_VILLAGE_STATUSES)
    const villageArb = fc
      .record({
        workers: fc.nat(50),
        households: fc.nat(30),
        status: statuses,
        ocop: fc.boolean(),
        mark: fc.boolean(),
        tourism: fc.boolean(),
      })
      .chain((r) =>
        fc.record({ trained: fc.nat(r.workers), env: fc.nat(r.households) }).map((x) => ({ ...r, ...x }))
      )
    fc.assert(
      fc.property(fc.array(villageArb, { maxLength: 20 }), (rows) => {
        const villages = rows.map((r, i) =>
          village(`v${i}`, {
            workers: r.workers,
            workers_trained: r.trained,
            households: r.households,
            households_env_compliant: r.env,
            status: r.status,
            has_current_ocop_product: r.ocop,
            has_protected_mark_product: r.mark,
            tourism: r.tourism,
          })
        )
        const summary = computeProgramKpis(villages, { year: 2026 })
        expect(summary.data_errors).toEqual([])
        for (const result of summary.kpis) {
          const { numerator, denominator } = result.value
          expect(numerator).toBeLessThanOrEqual(denominator)
          if (denominator === 0) expect(result.status).toBe("no_data")
          else if (!result.target) expect(result.status).toBe("tracked")
          else expect(result.status).toBe(meetsTarget(numerator, denominator, result.target) ? "met" : "short")
          expect(result.gap !== null).toBe(result.status === "short")
        }
        expect(kpi(summary, "villages_effective").value.numerator).toBe(rows.filter((r) => r.status === "effective").length)
        expect(kpi(summary, "workers_trained").value.denominator).toBe(rows.reduce((s, r) => s + r.workers, 0))
      })
    )
  })
})

describe("target arithmetic", () => {
  const target = fc.record({ comparison: fc.constantFrom("greater_than" as const, "at_least" as const), percent: fc.integer({ min: 1, max: 99 }) })
  const fullTarget = fc.oneof(target, fc.constant({ comparison: "at_least" as const, percent: 100 }))

  it("finds the smallest numerator that meets a target", () => {
    fc.assert(
      fc.property(fullTarget, fc.integer({ min: 1, max: 100_000 }), (t, d) => {
        const n = numeratorNeeded(d, t)
        expect(n).toBeLessThanOrEqual(d)
        expect(meetsTarget(n, d, t)).toBe(true)
        expect(meetsTarget(n - 1, d, t)).toBe(false)
      })
    )
  })

  it("never shows a percent that contradicts the status, and stays within half a tenth or one tenth of the exact figure", () => {
    fc.assert(
      fc.property(
        fullTarget,
        fc.integer({ min: 1, max: 100_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        (t, [n, d]) => {
          const shown = kpiPercent(n, d, t)!
          const shownMeets = t.comparison === "greater_than" ? shown > t.percent : shown >= t.percent
          expect(shownMeets).toBe(meetsTarget(n, d, t))
          expect(Math.abs(shown - (n * 100) / d)).toBeLessThan(0.1)
          expect(shown).toBeGreaterThanOrEqual(0)
          expect(shown).toBeLessThanOrEqual(100)
        }
      )
    )
  })

  it("rounds to one decimal", () => {
    expect(kpiPercent(1, 3)).toBe(33.3)
    expect(kpiPercent(2, 3)).toBe(66.7)
    expect(kpiPercent(7, 8)).toBe(87.5)
    expect(kpiPercent(0, 0)).toBeNull()
  })
})

describe("computeProgramKpisBy", () => {
  const villages = [
    village("a", { commune: "xã Hồng Thái", crafts: ["tea", "food"], status: "effective" }),
    village("b", { commune: "Hồng Thái", crafts: ["tea"], status: "struggling" }),
    village("c", { commune: "Xã Thượng Lâm", crafts: ["brocade"], status: "effective" }),
    village("d", { commune: "", crafts: [], status: "effective" }),
  ]

  it("groups by commune, matching names with and without 'xã', and keeps villages with no commune", () => {
    const groups = computeProgramKpisBy("commune", villages, { year: 2026 })
    expect(groups.map((g) => [g.key, g.village_count])).toEqual([
      ["xã Hồng Thái", 2],
      ["Xã Thượng Lâm", 1],
      [null, 1],
    ])
    expect(kpi(groups[0]!, "villages_effective").value).toEqual({ numerator: 1, denominator: 2, percent: 50 })
  })

  it("counts a village under each of its crafts", () => {
    const groups = computeProgramKpisBy("craft", villages, { year: 2026 })
    expect(groups.map((g) => [g.key, g.village_count])).toEqual([
      ["brocade", 1],
      ["food", 1],
      ["tea", 2],
      [null, 1],
    ])
  })

  it("puts every village in exactly one commune group", () => {
    const communes = fc.constantFrom("xã Hồng Thái", "Hồng Thái", "Xa Hong Thai", "phường Mỹ Lâm", "Thượng Lâm", "")
    fc.assert(
      fc.property(fc.array(communes, { maxLength: 15 }), (names) => {
        const vs = names.map((commune, i) => village(`v${i}`, { commune }))
        const groups = computeProgramKpisBy("commune", vs, { year: 2026 })
        expect(groups.reduce((s, g) => s + g.village_count, 0)).toBe(vs.length)
        expect(groups.length).toBe(new Set(names.map((n) => (n.includes("Hong") || n.includes("Hồng") ? "hong thai" : n))).size)
      })
    )
  })
})

describe("atRiskCrafts", () => {
  it("lists nothing when every village is effective or struggling", () => {
    expect(atRiskCrafts([village("a"), village("b", { status: "struggling" })])).toEqual([])
  })
})
