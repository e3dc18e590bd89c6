import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { renderPosterPdf } from "@cln/labels"
import { publicOrigin } from "../../../../../workflows/traceability/utils/public-origin"
import { retrieveAdminDisplayPoint } from "../../present"

/** The storefront page a point's poster opens: short, so the QR stays coarse and scans from afar. */
export const displayPointUrl = (handle: string) => `${publicOrigin()}/vi/d/${handle}`

/** GET /admin/display-points/:id/poster: the A4 PDF poster to print and put up at the point. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const point = await retrieveAdminDisplayPoint(req.scope, req.params.id!)
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy điểm trưng bày / Display point ${req.params.id} was not found.`)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="poster-${point.handle}.pdf"`)
  await renderPosterPdf(
    {
      url: displayPointUrl(point.handle),
      title: point.name,
      catalogTitle: point.catalog?.title ?? null,
      callToAction: { vi: "Quét mã để xem sản phẩm làng nghề", en: "Scan to see craft-village products" },
      footer: "Chợ Làng Nghề · Sản phẩm làng nghề Tuyên Quang",
    },
    res
  )
}
