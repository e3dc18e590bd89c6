import type { BilingualText } from "@cln/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { programDashboard } from "../../../utils/program/program-data"

export type ProgramDigestInput = {
  /** The plan's year to report on. */
  year: number
  /** The tick of the schedule this digest is for (ISO time), recorded with it. */
  scheduled_for: string
}

export type ProgramDigest = {
  year: number
  as_of: string
  scheduled_for: string
  title: string
  description: string
  targets_met: number
  targets_short: number
  villages_at_risk: number
}

const both = (text: BilingualText) => `${text.vi} / ${text.en}`

/**
 * The week's program figures for the trade officers' admin feed: how many of the plan's
 * targets are met, each one short with its gap, and the villages at risk or dormant. The
 * figures are the dashboard's own (utils/program/program-data), read when the step runs.
 */
export const collectProgramDigestStep = createStep("collect-program-digest", async (input: ProgramDigestInput, { container }) => {
  const dashboard = await programDashboard(container, input.year)
  const targeted = dashboard.kpis.filter((k) => k.status === "met" || k.status === "short")
  const short = targeted.filter((k) => k.status === "short")
  const met = targeted.length - short.length
  const atRisk = dashboard.at_risk.villages
  const lines = [
    ...short.map((k) => `• ${both(k.label)}: ${k.value.percent ?? 0}%${k.gap ? ` (${both(k.gap.message)})` : ""}`),
    ...(atRisk.length
      ? [`• Làng nguy cơ mai một hoặc ngừng hoạt động / Villages at risk or dormant: ${atRisk.map((v) => v.name).join(", ")}`]
      : []),
  ]
  const digest: ProgramDigest = {
    year: dashboard.year,
    as_of: dashboard.as_of,
    scheduled_for: input.scheduled_for,
    title: `Chương trình làng nghề ${dashboard.year}: đạt ${met}/${targeted.length} chỉ tiêu / Craft-village program ${dashboard.year}: ${met} of ${targeted.length} targets met`,
    description: lines.length ? lines.join("\n") : "Mọi chỉ tiêu đều đạt / Every target is met",
    targets_met: met,
    targets_short: short.length,
    villages_at_risk: atRisk.length,
  }
  return new StepResponse(digest)
})
