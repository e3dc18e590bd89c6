import type { CalendarDate } from "../certificates/dates"
import { communeKey } from "../certificates/marks"

/**
 * The measurable targets of Tuyên Quang's 2021–2030 craft-village plan (under Decision
 * 801/QĐ-TTg) and how each is computed from the craft-village database. The trade
 * officers' dashboard and the yearly report both read these results, so a figure means
 * the same thing on screen and on paper.
 */

export type BilingualText = { vi: string; en: string }

export const CRAFT_VILLAGE_STATUSES = ["effective", "struggling", "at_risk", "dormant"] as const
export type CraftVillageStatus = (typeof CRAFT_VILLAGE_STATUSES)[number]

/** The storefront's wording for each status, so the report and the public pages agree. */
export const CRAFT_VILLAGE_STATUS_LABELS: Record<CraftVillageStatus, BilingualText> = {
  effective: { vi: "Hoạt động hiệu quả", en: "Operating effectively" },
  struggling: { vi: "Đang gặp khó khăn", en: "Struggling" },
  at_risk: { vi: "Có nguy cơ mai một", en: "At risk of dying out" },
  dormant: { vi: "Tạm ngừng hoạt động", en: "Dormant" },
}

/**
 * One recognised craft village as the KPIs need it. The two `has_…` flags are worked out
 * by the caller from certificates and rights of use (isCertificateCurrent, isRightCurrent)
 * because they live in other modules.
 */
export type ProgramVillage = {
  handle: string
  name: string
  commune: string
  crafts: readonly string[]
  status: CraftVillageStatus
  households: number
  workers: number
  workers_trained: number
  households_env_compliant: number
  tourism: boolean
  /** The recognition decision's day, or null when the database has no decision on file. */
  decision_date: CalendarDate | null
  /** At least one product with a verified OCOP certificate that has not run out. */
  has_current_ocop_product: boolean
  /** At least one product under a protected trademark, collective/certification mark or GI with a current right of use. */
  has_protected_mark_product: boolean
}

export const PROGRAM_KPI_IDS = [
  "villages_effective",
  "villages_with_ocop_product",
  "villages_with_protected_mark",
  "workers_trained",
  "households_env_compliant",
  "crafts_at_risk",
  "villages_recognised",
  "villages_with_tourism",
] as const
export type ProgramKpiId = (typeof PROGRAM_KPI_IDS)[number]

export type ProgramKpiUnit = "village" | "worker" | "household" | "craft"

/** "over 80%" is strict (trên 80%); "100%" and "80%" are reached at the figure itself. */
export type KpiComparison = "greater_than" | "at_least"

export type ProgramKpiTarget = {
  comparison: KpiComparison
  /** A whole percent, so the met/short test is exact integer arithmetic. */
  percent: number
  /** The target as the plan words it. */
  wording: BilingualText
}

export type ProgramKpiDefinition = {
  id: ProgramKpiId
  label: BilingualText
  unit: ProgramKpiUnit
  /** What the numerator counts, for gap messages ("1 more effective village needed"). */
  counted: { vi: string; en_one: string; en_other: string }
  /** Null for figures the plan only asks to track. */
  target: ProgramKpiTarget | null
  /** Where the figure comes from, so an officer can check it. */
  source: BilingualText
}

/**
 * The plan's targets in the order the plan lists them. The plan writes the first as
 * "over 80% (6 of 8)", but 6 of 8 is 75%: the percentage is the target, and 6 of 8
 * villages is short of it (7 of 8 meets it).
 */
export const PROGRAM_KPIS: readonly ProgramKpiDefinition[] = [
  {
    id: "villages_effective",
    label: { vi: "Làng nghề được công nhận hoạt động hiệu quả", en: "Recognised craft villages operating effectively" },
    unit: "village",
    counted: { vi: "làng hoạt động hiệu quả", en_one: "effective village", en_other: "effective villages" },
    target: { comparison: "greater_than", percent: 80, wording: { vi: "Trên 80% (6/8 làng)", en: "Over 80% (6 of 8 villages)" } },
    source: {
      vi: "Cơ sở dữ liệu làng nghề: tình trạng hoạt động của từng làng",
      en: "Craft-village database: each village's operating status",
    },
  },
  {
    id: "villages_with_ocop_product",
    label: { vi: "Làng nghề được công nhận có ít nhất một sản phẩm OCOP", en: "Recognised villages with at least one OCOP-rated product" },
    unit: "village",
    counted: { vi: "làng có sản phẩm OCOP", en_one: "village with an OCOP-rated product", en_other: "villages with an OCOP-rated product" },
    target: { comparison: "at_least", percent: 100, wording: { vi: "100%", en: "100%" } },
    source: {
      vi: "Giấy chứng nhận OCOP đã xác minh, còn hiệu lực, của sản phẩm do cơ sở trong làng sản xuất",
      en: "Verified, unexpired OCOP certificates of products made by the village's producers",
    },
  },
  {
    id: "villages_with_protected_mark",
    label: {
      vi: "Làng nghề có sản phẩm được bảo hộ nhãn hiệu (nhãn hiệu, nhãn hiệu tập thể, nhãn hiệu chứng nhận hoặc chỉ dẫn địa lý)",
      en: "Villages with a product under a protected brand (trademark, collective or certification mark, or geographical indication)",
    },
    unit: "village",
    counted: { vi: "làng có sản phẩm được bảo hộ", en_one: "village with a protected product", en_other: "villages with a protected product" },
    target: { comparison: "at_least", percent: 80, wording: { vi: "80%", en: "80%" } },
    source: {
      vi: "Quyền sử dụng nhãn hiệu hoặc chỉ dẫn địa lý còn hiệu lực của cơ sở trong làng",
      en: "Current rights of use of a mark or geographical indication held by the village's producers",
    },
  },
  {
    id: "workers_trained",
    label: {
      vi: "Lao động làng nghề được đào tạo (tay nghề, an toàn lao động, tin học cơ bản)",
      en: "Village workers trained (craft skills, work safety, basic IT)",
    },
    unit: "worker",
    counted: { vi: "lao động được đào tạo", en_one: "trained worker", en_other: "trained workers" },
    target: { comparison: "at_least", percent: 100, wording: { vi: "100%", en: "100%" } },
    source: {
      vi: "Cơ sở dữ liệu làng nghề: số lao động và số lao động được đào tạo của từng làng",
      en: "Craft-village database: each village's workers and workers trained",
    },
  },
  {
    id: "households_env_compliant",
    label: {
      vi: "Hộ, cơ sở sản xuất làng nghề đáp ứng quy định về bảo vệ môi trường",
      en: "Village households and workshops meeting environmental rules",
    },
    unit: "household",
    counted: { vi: "hộ đạt quy định môi trường", en_one: "compliant household", en_other: "compliant households" },
    target: { comparison: "at_least", percent: 100, wording: { vi: "100%", en: "100%" } },
    source: {
      vi: "Cơ sở dữ liệu làng nghề: số hộ và số hộ đạt quy định môi trường của từng làng",
      en: "Craft-village database: each village's households and households meeting environmental rules",
    },
  },
  {
    id: "crafts_at_risk",
    label: { vi: "Nghề truyền thống có nguy cơ mai một (theo dõi từng nghề)", en: "Traditional crafts at risk of dying out (tracked per craft)" },
    unit: "craft",
    counted: { vi: "nghề có nguy cơ mai một", en_one: "craft at risk", en_other: "crafts at risk" },
    target: null,
    source: {
      vi: "Nghề của các làng có nguy cơ mai một hoặc tạm ngừng hoạt động",
      en: "Crafts of villages at risk of dying out or dormant",
    },
  },
  {
    id: "villages_recognised",
    label: { vi: "Làng nghề được công nhận mới trong năm", en: "Craft villages newly recognised in the year" },
    unit: "village",
    counted: { vi: "làng được công nhận mới", en_one: "newly recognised village", en_other: "newly recognised villages" },
    target: null,
    source: { vi: "Ngày quyết định công nhận của từng làng", en: "Each village's recognition decision date" },
  },
  {
    id: "villages_with_tourism",
    label: { vi: "Làng nghề gắn với du lịch", en: "Craft villages linked to tourism" },
    unit: "village",
    counted: { vi: "làng gắn với du lịch", en_one: "village linked to tourism", en_other: "villages linked to tourism" },
    target: null,
    source: { vi: "Cơ sở dữ liệu làng nghề: làng có điểm, tuyến du lịch", en: "Craft-village database: villages with tourism" },
  },
]

export function programKpiDefinition(id: ProgramKpiId): ProgramKpiDefinition {
  return PROGRAM_KPIS.find((k) => k.id === id)!
}

export type ProgramKpiStatus = "met" | "short" | "tracked" | "no_data"

/**
 * numerator/denominator is the exact figure; `percent` is for display, to one decimal,
 * and null when there is nothing to divide by.
 */
export type KpiValue = { numerator: number; denominator: number; percent: number | null }

export type KpiGap = { count: number; message: BilingualText }

export type ProgramDataErrorCode =
  | "not_a_count"
  | "workers_trained_exceeds_workers"
  | "households_env_compliant_exceeds_households"

export type ProgramDataError = {
  village: string
  code: ProgramDataErrorCode
  field: "households" | "workers" | "workers_trained" | "households_env_compliant"
  message: BilingualText
}

export type AtRiskCraft = { craft: string; at_risk: string[]; dormant: string[]; villages: number }

export type ProgramKpiResult = {
  id: ProgramKpiId
  label: BilingualText
  unit: ProgramKpiUnit
  target: ProgramKpiTarget | null
  value: KpiValue
  status: ProgramKpiStatus
  /** How many more the target needs; null unless the status is "short". */
  gap: KpiGap | null
  /** Handles of villages holding this figure back (not effective, no OCOP product, untrained workers…). */
  lagging_villages: string[]
  /** Villages left out of this figure because their numbers contradict each other. */
  data_errors: ProgramDataError[]
  /** Only on crafts_at_risk: each craft with its villages at risk or dormant. */
  at_risk_crafts?: AtRiskCraft[]
}

export type ProgramKpiSummary = {
  village_count: number
  kpis: ProgramKpiResult[]
  data_errors: ProgramDataError[]
}

export type ProgramKpiOptions = {
  /** The calendar year (Vietnam) whose newly recognised villages are counted. */
  year: number
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0

const FIELD_LABELS: Record<ProgramDataError["field"], BilingualText> = {
  households: { vi: "số hộ", en: "households" },
  workers: { vi: "số lao động", en: "workers" },
  workers_trained: { vi: "số lao động được đào tạo", en: "workers trained" },
  households_env_compliant: { vi: "số hộ đạt quy định môi trường", en: "households meeting environmental rules" },
}

/**
 * What is wrong with a village's figures. A village reporting more trained workers than
 * workers is flagged rather than capped: capping would hide a typo that the officer must
 * fix at the source.
 */
export function checkVillageFigures(village: ProgramVillage): ProgramDataError[] {
  const errors: ProgramDataError[] = []
  const fields = ["households", "workers", "workers_trained", "households_env_compliant"] as const
  for (const field of fields) {
    if (!isCount(village[field])) {
      errors.push({
        village: village.handle,
        code: "not_a_count",
        field,
        message: {
          vi: `Làng ${village.name}: ${FIELD_LABELS[field].vi} phải là số nguyên không âm (đang là ${String(village[field])})`,
          en: `${village.name}: ${FIELD_LABELS[field].en} must be a whole number of 0 or more (is ${String(village[field])})`,
        },
      })
    }
  }
  if (isCount(village.workers) && isCount(village.workers_trained) && village.workers_trained > village.workers) {
    errors.push({
      village: village.handle,
      code: "workers_trained_exceeds_workers",
      field: "workers_trained",
      message: {
        vi: `Làng ${village.name}: ${village.workers_trained} lao động được đào tạo nhưng chỉ có ${village.workers} lao động`,
        en: `${village.name}: ${village.workers_trained} workers trained but only ${village.workers} workers`,
      },
    })
  }
  if (isCount(village.households) && isCount(village.households_env_compliant) && village.households_env_compliant > village.households) {
    errors.push({
      village: village.handle,
      code: "households_env_compliant_exceeds_households",
      field: "households_env_compliant",
      message: {
        vi: `Làng ${village.name}: ${village.households_env_compliant} hộ đạt quy định môi trường nhưng chỉ có ${village.households} hộ`,
        en: `${village.name}: ${village.households_env_compliant} households meet environmental rules but only ${village.households} households`,
      },
    })
  }
  return errors
}

/** True when numerator/denominator reaches the target; exact, in integers. */
export function meetsTarget(numerator: number, denominator: number, target: Pick<ProgramKpiTarget, "comparison" | "percent">): boolean {
  const reached = numerator * 100
  const needed = target.percent * denominator
  return target.comparison === "greater_than" ? reached > needed : reached >= needed
}

/** The smallest numerator that meets the target for a denominator. */
export function numeratorNeeded(denominator: number, target: Pick<ProgramKpiTarget, "comparison" | "percent">): number {
  const exact = target.percent * denominator
  return target.comparison === "greater_than" ? Math.floor(exact / 100) + 1 : Math.ceil(exact / 100)
}

/**
 * The percent shown to one decimal. Plain rounding could show 80.0% for 7,999 of 9,998 or
 * 100.0% for 9,996 of 10,000 while the status says "short"; the shown figure is then
 * rounded towards the side the exact fraction is on, so screen and status never disagree.
 */
export function kpiPercent(numerator: number, denominator: number, target?: Pick<ProgramKpiTarget, "comparison" | "percent"> | null): number | null {
  if (denominator <= 0) return null
  const tenths = (numerator * 1000) / denominator
  let shown = Math.round(tenths)
  if (target) {
    const met = meetsTarget(numerator, denominator, target)
    const shownMeets = target.comparison === "greater_than" ? shown > target.percent * 10 : shown >= target.percent * 10
    if (met && !shownMeets) shown = Math.ceil(tenths)
    if (!met && shownMeets) shown = Math.floor(tenths)
  }
  return shown / 10
}

const viNumber = new Intl.NumberFormat("vi-VN")
const enNumber = new Intl.NumberFormat("en-US")

function gapFor(def: ProgramKpiDefinition, count: number): KpiGap {
  const noun = count === 1 ? def.counted.en_one : def.counted.en_other
  return {
    count,
    message: { vi: `Cần thêm ${viNumber.format(count)} ${def.counted.vi}`, en: `${enNumber.format(count)} more ${noun} needed` },
  }
}

function ratioResult(
  def: ProgramKpiDefinition,
  numerator: number,
  denominator: number,
  lagging: string[],
  dataErrors: ProgramDataError[]
): ProgramKpiResult {
  const value: KpiValue = { numerator, denominator, percent: kpiPercent(numerator, denominator, def.target) }
  let status: ProgramKpiStatus
  let gap: KpiGap | null = null
  if (denominator === 0) status = "no_data"
  else if (!def.target) status = "tracked"
  else if (meetsTarget(numerator, denominator, def.target)) status = "met"
  else {
    status = "short"
    gap = gapFor(def, numeratorNeeded(denominator, def.target) - numerator)
  }
  return { id: def.id, label: def.label, unit: def.unit, target: def.target, value, status, gap, lagging_villages: lagging, data_errors: dataErrors }
}

/** A village's crafts, trimmed and each counted once. */
export function villageCrafts(village: Pick<ProgramVillage, "crafts">): string[] {
  return [...new Set(village.crafts.map((c) => c.trim()).filter(Boolean))]
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true })

/** Every KPI of the plan for a set of villages (the province, a commune, a craft). */
export function computeProgramKpis(villages: readonly ProgramVillage[], options: ProgramKpiOptions): ProgramKpiSummary {
  const errorsOfVillage = villages.map(checkVillageFigures)
  const errorsOf = (index: number, fields: readonly ProgramDataError["field"][]) =>
    (errorsOfVillage[index] ?? []).filter((e) => fields.includes(e.field))

  const total = villages.length
  const villageShare = (id: ProgramKpiId, counts: (v: ProgramVillage) => boolean, lagging = true) => {
    const counted = villages.filter(counts)
    return ratioResult(
      programKpiDefinition(id),
      counted.length,
      total,
      lagging ? villages.filter((v) => !counts(v)).map((v) => v.handle) : [],
      []
    )
  }

  // Figures summed over villages leave out a village whose numbers contradict each other.
  const figureShare = (id: ProgramKpiId, whole: "workers" | "households", part: "workers_trained" | "households_env_compliant") => {
    let numerator = 0
    let denominator = 0
    const lagging: string[] = []
    const dataErrors: ProgramDataError[] = []
    for (const [index, v] of villages.entries()) {
      const errors = errorsOf(index, [whole, part])
      if (errors.length) {
        dataErrors.push(...errors)
        continue
      }
      numerator += v[part]
      denominator += v[whole]
      if (v[part] < v[whole]) lagging.push(v.handle)
    }
    return ratioResult(programKpiDefinition(id), numerator, denominator, lagging, dataErrors)
  }

  const atRisk = atRiskCrafts(villages)
  const allCrafts = new Set(villages.flatMap(villageCrafts))
  const craftsResult = ratioResult(programKpiDefinition("crafts_at_risk"), atRisk.length, allCrafts.size, [], [])
  craftsResult.at_risk_crafts = atRisk

  const kpis: ProgramKpiResult[] = [
    villageShare("villages_effective", (v) => v.status === "effective"),
    villageShare("villages_with_ocop_product", (v) => v.has_current_ocop_product),
    villageShare("villages_with_protected_mark", (v) => v.has_protected_mark_product),
    figureShare("workers_trained", "workers", "workers_trained"),
    figureShare("households_env_compliant", "households", "households_env_compliant"),
    craftsResult,
    villageShare("villages_recognised", (v) => v.decision_date?.slice(0, 4) === String(options.year).padStart(4, "0"), false),
    villageShare("villages_with_tourism", (v) => v.tourism, false),
  ]
  return { village_count: total, kpis, data_errors: errorsOfVillage.flat() }
}

/**
 * Crafts with at least one village at risk or dormant, each with those villages. A craft
 * whose only village has stopped is the most at risk of all, so dormant villages count.
 */
export function atRiskCrafts(villages: readonly ProgramVillage[]): AtRiskCraft[] {
  const byCraft = new Map<string, AtRiskCraft>()
  for (const v of villages) {
    for (const craft of villageCrafts(v)) {
      const entry = byCraft.get(craft) ?? { craft, at_risk: [], dormant: [], villages: 0 }
      entry.villages += 1
      if (v.status === "at_risk") entry.at_risk.push(v.handle)
      if (v.status === "dormant") entry.dormant.push(v.handle)
      byCraft.set(craft, entry)
    }
  }
  return [...byCraft.values()].filter((c) => c.at_risk.length + c.dormant.length > 0).sort((a, b) => collator.compare(a.craft, b.craft))
}

export type ProgramKpiGrouping = "commune" | "craft"

export type ProgramKpiGroup = {
  /** The commune's name as first written, or the craft key; null for villages with no commune or craft on file. */
  key: string | null
} & ProgramKpiSummary

/**
 * The KPIs per commune or per craft. A village with several crafts counts under each of
 * them, so craft groups can add up to more villages than the province has. Communes are
 * matched ignoring case, diacritics and the "xã"/"phường" prefix.
 */
export function computeProgramKpisBy(
  grouping: ProgramKpiGrouping,
  villages: readonly ProgramVillage[],
  options: ProgramKpiOptions
): ProgramKpiGroup[] {
  const groups = new Map<string, { key: string | null; villages: ProgramVillage[] }>()
  const add = (id: string, key: string | null, v: ProgramVillage) => {
    const group = groups.get(id) ?? { key, villages: [] }
    group.villages.push(v)
    groups.set(id, group)
  }
  for (const v of villages) {
    if (grouping === "commune") {
      const id = communeKey(v.commune ?? "")
      add(id, id ? v.commune.trim() : null, v)
    } else {
      const crafts = villageCrafts(v)
      if (crafts.length === 0) add("", null, v)
      for (const craft of crafts) add(craft, craft, v)
    }
  }
  return [...groups.values()]
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : collator.compare(a.key, b.key)))
    .map((g) => ({ key: g.key, ...computeProgramKpis(g.villages, options) }))
}
