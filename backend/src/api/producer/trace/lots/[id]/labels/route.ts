import { renderLabelPng, renderLabelSheetPdf, renderLabelSvg, type LabelContent } from "@cln/labels"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { lotLabel, lotLabels } from "../../../../../../workflows/traceability/utils/label-contents"
import { loadLotContext } from "../../../../../../workflows/traceability/utils/lot-context"
import { assertProducerOwnsLot } from "../../../../../../workflows/traceability/utils/ownership"
import type { ProducerRequest } from "../../../../guard"
import { MAX_DIRECT_LABELS, type ProducerLabelsQueryType } from "../../../validators"

/**
 * GET /producer/trace/lots/:id/labels: one label as SVG or PNG (the lot code, or the first
 * serial with `serials=true`), or an A4 PDF sheet of up to 1,000 labels. Bigger sheets go
 * through a background label job.
 */
export const GET = async (req: ProducerRequest & { validatedQuery: ProducerLabelsQueryType }, res: MedusaResponse) => {
  const lotId = req.params.id!
  await assertProducerOwnsLot(req.scope, req.producer.id, lotId)
  const q = req.validatedQuery
  const context = await loadLotContext(req.scope, lotId)
  if (q.serials && context.lot.serial_count === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Lô này chưa có số sê-ri; hãy phát hành trước / This lot has no serials yet; issue some first.")
  }
  if (!q.serials && q.format === "pdf" && q.count > MAX_DIRECT_LABELS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Hơn ${MAX_DIRECT_LABELS} nhãn: hãy tạo tác vụ in nền / Over ${MAX_DIRECT_LABELS} labels: start a background label job.`
    )
  }
  if (q.serials && q.format === "pdf" && context.lot.serial_count > MAX_DIRECT_LABELS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Lô có ${context.lot.serial_count} sê-ri: hãy tạo tác vụ in nền / The lot has ${context.lot.serial_count} serials: start a background label job.`
    )
  }
  const filename = `nhan-${context.lot.lot_number}-${q.size}`
  if (q.format === "pdf") {
    res.setHeader("Content-Type", "application/pdf")
    res.setHeader("Content-Disposition", `attachment; filename="${filename}.pdf"`)
    await renderLabelSheetPdf(lotLabels(req.scope, context, { include_serials: q.serials, count: q.count }), q.size, res)
    return
  }
  let label: LabelContent = lotLabel(context)
  if (q.serials) {
    for await (const first of lotLabels(req.scope, context, { include_serials: true, count: 1 })) {
      label = first
      break
    }
  }
  if (q.format === "png") {
    res.setHeader("Content-Type", "image/png")
    res.setHeader("Content-Disposition", `inline; filename="${filename}.png"`)
    res.send(await renderLabelPng(label, q.size))
    return
  }
  res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
  res.setHeader("Content-Disposition", `inline; filename="${filename}.svg"`)
  res.send(renderLabelSvg(label, q.size))
}
